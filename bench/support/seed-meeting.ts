/**
 * Runs in the page: writes a board, its register and one meeting straight into the app's IndexedDB,
 * as the app itself would have stored them. Plain IndexedDB, since the page exposes no Dexie.
 */
export interface SeedSpec {
  items: number;
  words: number;
  members: number;
}

export async function seedMeetingInPage(
  spec: SeedSpec,
): Promise<{ meetingId: string; boardId: string; itemId: string }> {
  const stamp = new Date().toISOString();
  const boardId = 'bench-board';
  const meetingId = 'bench-meeting';
  const vocabulary =
    'board discussed the proposal and agreed that members would review the terms of reference before the next meeting with support from the secretariat on governance risk finance quality safety'.split(
      ' ',
    );
  const wordsPerItem = Math.floor(spec.words / spec.items);
  const paragraph = (seed: number) =>
    Array.from(
      { length: wordsPerItem },
      (_, index) => vocabulary[(seed * 7 + index * 3) % vocabulary.length],
    ).join(' ');
  const members = Array.from({ length: spec.members }, (_, index) => ({
    id: `member-${index}`,
    boardId,
    title: '',
    fullName: `Member ${index}`,
    postNominals: '',
    organisation: 'NHS Trust',
    role: index === 0 ? 'Chair' : 'Member',
    seat: '',
    email: '',
    termStart: '2021-01-01',
    termEnd: '',
    createdAt: stamp,
    updatedAt: stamp,
  }));
  const items = Array.from({ length: spec.items }, (_, index) => ({
    id: `item-${index}`,
    meetingId,
    position: index + 1,
    title: `Item ${index + 1} of the benchmark meeting`,
    presenter: '',
    reference: '',
    allowanceMinutes: 10,
    private: false,
    kind: 'standard',
    notes: paragraph(index),
    outcome: 'pending',
    secondsSpent: 0,
    createdAt: stamp,
    updatedAt: stamp,
  }));
  const current = items[Math.floor(spec.items / 2)];
  if (!current) throw new Error('No items to seed');
  const meeting = {
    id: meetingId,
    boardId,
    title: 'Meeting Summary',
    date: '2021-06-21',
    startTime: '',
    endTime: '',
    location: 'MS Teams',
    visibility: 'public',
    status: 'in-progress',
    chairMemberId: '',
    nextMeetingDate: '',
    nextMeetingId: '',
    startedAt: stamp,
    currentItemId: current.id,
    createdAt: stamp,
    updatedAt: stamp,
  };
  const board = {
    id: boardId,
    name: 'Benchmark Board',
    description: '',
    quorum: { kind: 'fraction', numerator: 1, denominator: 2 },
    createdAt: stamp,
    updatedAt: stamp,
  };

  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('minute-book');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['boards', 'members', 'meetings', 'minutes'], 'readwrite');
    tx.objectStore('boards').put(board);
    for (const member of members) tx.objectStore('members').put(member);
    tx.objectStore('meetings').put(meeting);
    tx.objectStore('minutes').put({
      meetingId,
      boardId,
      items,
      attendance: [],
      declarations: [],
      decisions: [],
      actions: [],
      updatedAt: stamp,
    });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  localStorage.setItem('minute-book:selected-board', boardId);
  localStorage.setItem(
    'minute-book:navigation',
    JSON.stringify({ boardTab: 'meetings', meetingId, meetingTab: 'minutes' }),
  );
  return { meetingId, boardId, itemId: current.id };
}
