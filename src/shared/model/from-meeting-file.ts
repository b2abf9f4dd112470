import type {
  Action,
  AgendaItem,
  AttendanceRecord,
  Decision,
  Declaration,
  Meeting,
} from './meeting';
import type { MeetingFile } from './meeting-file';
import { formalName, nameWithTitle, type Member } from './member';
import { personKey } from './person-match';
import { recogniseLines, type RecognisedLine } from './recognition';

export interface MeetingFromFile {
  meeting: Meeting;
  items: AgendaItem[];
  attendance: AttendanceRecord[];
  declarations: Declaration[];
  decisions: Decision[];
  actions: Action[];
  /** People in the file who are not in the register: kept as guests, and worth telling the user. */
  unmatched: string[];
}

// Lower case without a locale: the same for English names, and far quicker per name.
const key = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Finds the register member a name in a file stands for, or undefined. */
export type RegisterLookup = (name: string) => Member | undefined;

/**
 * The register's names as a lookup, made once per board: importing thousands of meetings into one
 * board matches every file's people against the same members.
 */
export function registerLookup(members: readonly Member[]): RegisterLookup {
  const byName = new Map<string, Member>();
  // Names as written elsewhere ("Dr Siobhan O'Neill, PhD") are matched as the same person.
  const byPerson = new Map<string, Member>();
  for (const member of members) {
    for (const name of [member.fullName, nameWithTitle(member), formalName(member)])
      byName.set(key(name), member);
    const person = personKey(member.fullName);
    if (person && !byPerson.has(person)) byPerson.set(person, member);
  }
  // The same people come up in meeting after meeting: each name is worked out once.
  const found = new Map<string, Member | null>();
  return (name) => {
    let member = found.get(name);
    if (member === undefined) {
      member = byName.get(key(name)) ?? byPerson.get(personKey(name)) ?? null;
      found.set(name, member);
    }
    return member ?? undefined;
  };
}

/**
 * Records for a meeting read from a meeting file, in the given board. People are matched to the
 * register by name; anyone else is kept as a guest so no name from the file is lost.
 */
export function fromMeetingFile(
  file: MeetingFile,
  boardId: string,
  register: readonly Member[] | RegisterLookup,
  newId: () => string,
  stamp: string,
): MeetingFromFile {
  const find = typeof register === 'function' ? register : registerLookup(register);
  const meetingId = newId();
  const fileItems = [...file.items].sort((a, b) => a.number - b.number);
  const items = fileItems.map((item, index): AgendaItem => ({
    id: newId(),
    meetingId,
    position: index + 1,
    title: item.title,
    presenter: item.presenter,
    reference: item.reference,
    allowanceMinutes: null,
    private: item.private,
    kind: 'standard',
    notes: item.notes,
    outcome: 'taken',
    secondsSpent: 0,
    createdAt: stamp,
    updatedAt: stamp,
  }));
  const itemIdByNumber = new Map(
    fileItems.map((item, index) => [item.number, items[index]?.id ?? '']),
  );

  const unmatched: string[] = [];
  let chairMemberId = '';
  const attendance = file.attendance.map((person): AttendanceRecord => {
    const member = person.status === 'in-attendance' ? undefined : find(person.name);
    if (member && person.chair) chairMemberId = member.id;
    if (!member && person.status !== 'in-attendance') unmatched.push(person.name);
    return {
      id: newId(),
      meetingId,
      memberId: member?.id ?? '',
      guestName: member
        ? ''
        : [person.title, person.name, person.postNominals].filter(Boolean).join(' '),
      guestOrganisation: member ? '' : person.organisation,
      guestRole: member ? '' : person.role,
      status: person.status,
      itemIds: person.items.flatMap((number) => itemIdByNumber.get(number) ?? []),
      arrivedDuringItemId: '',
      leftAfterItemId: '',
      ...(person.joined ? { joined: person.joined } : {}),
      ...(person.left ? { left: person.left } : {}),
      updatedAt: stamp,
      ...(person.note.trim() ? { note: person.note.trim() } : {}),
    };
  });

  const decisions: Decision[] = [];
  const actions: Action[] = [];
  fileItems.forEach((item, index) => {
    const itemId = items[index]?.id ?? '';
    // Records that also stand as ACTION:/DECISION: lines belong to those lines, so re-reading the notes pairs them.
    // A recognised line's text is always part of the notes, so a text they lack is not one.
    let lines: RecognisedLine[] | undefined;
    const fromNotes = (kind: 'action' | 'decision', text: string) => {
      if (!item.notes.includes(text)) return 'manual';
      lines ??= recogniseLines(item.notes);
      return lines.some((line) => line.kind === kind && line.text === text) ? 'notes' : 'manual';
    };
    for (const decision of item.decisions) {
      decisions.push({
        id: newId(),
        meetingId,
        itemId,
        text: decision.text,
        source: fromNotes('decision', decision.text),
        createdAt: stamp,
      });
    }
    for (const action of item.actions) {
      const owner = action.owner ? find(action.owner) : undefined;
      actions.push({
        id: newId(),
        boardId,
        meetingId,
        itemId,
        text: action.text,
        ownerMemberId: owner?.id ?? '',
        ownerName: owner ? '' : action.owner,
        due: action.due,
        status: action.status,
        source: fromNotes('action', action.text),
        ownerCorrected: true,
        dueCorrected: true,
        updates: [],
        createdAt: stamp,
        updatedAt: stamp,
      });
    }
  });

  const declarations = file.declarations.flatMap((declaration): Declaration[] => {
    const member = find(declaration.name);
    if (!member) return [];
    const itemId = declaration.item ? (itemIdByNumber.get(declaration.item) ?? '') : '';
    return [
      {
        id: newId(),
        meetingId,
        memberId: member.id,
        itemId,
        interest: declaration.interest,
        createdAt: stamp,
      },
    ];
  });

  const meeting: Meeting = {
    id: meetingId,
    boardId,
    title: file.title,
    date: file.date,
    startTime: file.startTime,
    endTime: file.endTime,
    location: file.location,
    visibility: file.visibility,
    status: file.status,
    chairMemberId,
    nextMeetingDate: file.nextMeetingDate,
    nextMeetingId: '',
    startedAt: '',
    currentItemId: items[0]?.id ?? '',
    createdAt: stamp,
    updatedAt: stamp,
    // A file that says it was imported keeps saying so once stored, with when it came in.
    ...(file.source ? { source: { ...file.source, importedAt: stamp } } : {}),
  };
  return { meeting, items, attendance, declarations, decisions, actions, unmatched };
}
