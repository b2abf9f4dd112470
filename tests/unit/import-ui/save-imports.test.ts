import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newBoard, saveNewBoard } from '@renderer/db/boards-repository';
import type { MinuteBookDatabase } from '@renderer/db/database';
import { loadMeetingContents } from '@renderer/db/meetings-repository';
import { newMember } from '@renderer/db/members-repository';
import { saveImportedMeetings } from '@renderer/db/save-imports';
import { exampleMeeting, meeting } from '../../support/example-meeting';
import { freshDatabase } from '../db/migration-harness';

describe('saving imported meetings', () => {
  let db: MinuteBookDatabase;
  let counter = 0;
  const newId = () => `id-${++counter}`;
  beforeEach(() => {
    db = freshDatabase();
  });
  afterEach(() => db.close());

  it('stores each meeting whole, marked with its file, people matched to the register', async () => {
    const board = newBoard('NHS Python Community Board');
    await saveNewBoard(db, board);
    const chair = { ...newMember(board.id, '2021-01-01'), fullName: 'Alex Cheung' };
    await db.members.add(chair);
    const progress: number[] = [];
    const result = await saveImportedMeetings(
      db,
      [
        {
          meeting: exampleMeeting(),
          board: { kind: 'existing', boardId: board.id },
          fileName: 'minutes-2021-06-21.docx',
        },
      ],
      { newId, stamp: '2026-01-01T00:00:00.000Z', onProgress: (saved) => progress.push(saved) },
    );
    expect(result).toMatchObject({
      saved: 1,
      boardsCreated: [],
      boardIds: [board.id],
      stopped: false,
    });
    expect(progress).toEqual([1]);
    const [stored] = await db.meetings.toArray();
    expect(stored?.source).toEqual({
      kind: 'imported',
      fileName: 'minutes-2021-06-21.docx',
      importedAt: '2026-01-01T00:00:00.000Z',
    });
    const contents = await loadMeetingContents(db, stored?.id ?? '');
    expect(contents.items.map((item) => item.title)).toEqual(
      exampleMeeting().items.map((item) => item.title),
    );
    expect(stored?.chairMemberId).toBe(chair.id);
    expect(contents.attendance).toHaveLength(exampleMeeting().attendance.length);
  });

  it('creates one new board for meetings of a board not yet in Minute Book, in batches', async () => {
    const meetings = Array.from({ length: 5 }, (_, index) => ({
      meeting: meeting({ board: 'Finance', date: `2024-0${index + 1}-10` }),
      board: { kind: 'new' as const, name: 'Finance' },
      fileName: `finance-${index}.md`,
    }));
    const progress: number[] = [];
    const result = await saveImportedMeetings(db, meetings, {
      newId,
      stamp: '2026-01-01T00:00:00.000Z',
      batchSize: 2,
      onProgress: (saved) => progress.push(saved),
    });
    expect(progress).toEqual([2, 4, 5]);
    expect(result.boardsCreated.map((board) => board.name)).toEqual(['Finance']);
    expect(await db.boards.count()).toBe(1);
    expect(
      await db.meetings
        .where('boardId')
        .equals(result.boardsCreated[0]?.id ?? '')
        .count(),
    ).toBe(5);
  });

  it('stops between batches when asked, keeping what was saved', async () => {
    const meetings = Array.from({ length: 4 }, (_, index) => ({
      meeting: meeting({ date: `2024-0${index + 1}-10` }),
      board: { kind: 'new' as const, name: 'Quality Committee' },
      fileName: `q-${index}.md`,
    }));
    let batches = 0;
    const result = await saveImportedMeetings(db, meetings, {
      newId,
      stamp: '2026-01-01T00:00:00.000Z',
      batchSize: 2,
      onProgress: () => batches++,
      shouldStop: () => batches >= 1,
    });
    expect(result).toMatchObject({ saved: 2, stopped: true });
    expect(await db.meetings.count()).toBe(2);
  });
});
