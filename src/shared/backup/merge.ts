import type { Action, Meeting, Member } from '../model';
import {
  ARCHIVE_TABLES,
  countTables,
  emptyTables,
  type ArchiveCounts,
  type ArchiveTables,
} from './tables';

export interface MergePlan {
  /** The records to add, with references rewritten to the records already here. */
  add: ArchiveTables;
  added: ArchiveCounts;
  /** Meetings in the backup that are already here (the same record, or the same board, date and title). */
  meetingsAlreadyHere: number;
  /** Boards and members in the backup found here under the same name, and merged with them. */
  boardsMatched: number;
  membersMatched: number;
}

const fold = (text: string) => text.trim().toLocaleLowerCase('en-GB').replace(/\s+/g, ' ');
const meetingKey = (boardId: string, meeting: Pick<Meeting, 'date' | 'title'>) =>
  `${boardId}\u0000${meeting.date}\u0000${fold(meeting.title)}`;
const memberKey = (boardId: string, member: Pick<Member, 'fullName' | 'termStart'>) =>
  `${boardId}\u0000${fold(member.fullName)}\u0000${member.termStart}`;

/** Maps an incoming id to the id it has here; ids not in the map are kept as they are. */
class IdMap {
  private readonly map = new Map<string, string>();
  set(from: string, to: string): void {
    this.map.set(from, to);
  }
  get(id: string): string {
    return this.map.get(id) ?? id;
  }
}

interface IdMaps {
  boards: IdMap;
  members: IdMap;
  meetings: IdMap;
}

/**
 * The register of interests, merged like the rest: an entry or confirmation already here (the
 * same id, or the same member, words and date) is left as it is; the backup's others are pointed
 * at the boards, members and meetings they were matched to.
 */
function mergeInterests(
  existing: ArchiveTables,
  incoming: ArchiveTables,
  add: ArchiveTables,
  here: Record<keyof ArchiveTables, Set<string>>,
  ids: IdMaps,
): void {
  const entryKey = (entry: { memberId: string; description: string; declaredOn: string }) =>
    `${entry.memberId}\u0000${fold(entry.description)}\u0000${entry.declaredOn}`;
  const entries = new Set(existing.interests.map(entryKey));
  for (const interest of incoming.interests) {
    if (here.interests.has(interest.id)) continue;
    const mapped = {
      ...interest,
      boardId: ids.boards.get(interest.boardId),
      memberId: ids.members.get(interest.memberId),
      declaredAtMeetingId: ids.meetings.get(interest.declaredAtMeetingId),
    };
    if (entries.has(entryKey(mapped))) continue;
    entries.add(entryKey(mapped));
    add.interests.push(mapped);
  }
  const confirmationKey = (each: { memberId: string; confirmedOn: string; nilReturn: boolean }) =>
    `${each.memberId}\u0000${each.confirmedOn}\u0000${String(each.nilReturn)}`;
  const confirmations = new Set(existing.interestConfirmations.map(confirmationKey));
  for (const confirmation of incoming.interestConfirmations) {
    if (here.interestConfirmations.has(confirmation.id)) continue;
    const mapped = {
      ...confirmation,
      boardId: ids.boards.get(confirmation.boardId),
      memberId: ids.members.get(confirmation.memberId),
    };
    if (confirmations.has(confirmationKey(mapped))) continue;
    confirmations.add(confirmationKey(mapped));
    add.interestConfirmations.push(mapped);
  }
}

function idsOf(tables: ArchiveTables) {
  return Object.fromEntries(
    ARCHIVE_TABLES.map((table) => [table, new Set(tables[table].map((record) => record.id))]),
  ) as Record<keyof ArchiveTables, Set<string>>;
}

/**
 * How to merge a backup into the archive here without making duplicates. What is here always
 * wins: a record with the same id is left as it is, and so is a meeting of the same board, date
 * and title, with everything recorded under it. A board of the same name, or a member of the same
 * board, name and term, is taken to be the same one, and the backup's records are pointed at it.
 * Restoring into an empty archive adds everything unchanged.
 */
export function planMerge(existing: ArchiveTables, incoming: ArchiveTables): MergePlan {
  const here = idsOf(existing);
  const add = emptyTables();
  const boards = new IdMap();
  const members = new IdMap();
  const meetings = new IdMap();
  let boardsMatched = 0;
  let membersMatched = 0;
  let meetingsAlreadyHere = 0;

  const boardByName = new Map(existing.boards.map((board) => [fold(board.name), board.id]));
  for (const board of incoming.boards) {
    if (here.boards.has(board.id)) continue;
    const same = boardByName.get(fold(board.name));
    if (same === undefined) {
      add.boards.push(board);
      boardByName.set(fold(board.name), board.id);
    } else {
      boards.set(board.id, same);
      boardsMatched += 1;
    }
  }

  const memberByKey = new Map(
    existing.members.map((member) => [memberKey(member.boardId, member), member.id]),
  );
  for (const member of incoming.members) {
    if (here.members.has(member.id)) continue;
    const boardId = boards.get(member.boardId);
    const same = memberByKey.get(memberKey(boardId, member));
    if (same === undefined) add.members.push({ ...member, boardId });
    else {
      members.set(member.id, same);
      membersMatched += 1;
    }
  }

  const meetingByKey = new Map(
    existing.meetings.map((meeting) => [meetingKey(meeting.boardId, meeting), meeting.id]),
  );
  const addedMeetings = new Set<string>();
  for (const meeting of incoming.meetings) {
    if (here.meetings.has(meeting.id)) {
      meetingsAlreadyHere += 1;
      continue;
    }
    const boardId = boards.get(meeting.boardId);
    const key = meetingKey(boardId, meeting);
    const same = meetingByKey.get(key);
    if (same !== undefined) {
      meetings.set(meeting.id, same);
      meetingsAlreadyHere += 1;
      continue;
    }
    meetingByKey.set(key, meeting.id);
    addedMeetings.add(meeting.id);
    add.meetings.push({ ...meeting, boardId, chairMemberId: members.get(meeting.chairMemberId) });
  }
  // Only now is every duplicate meeting known, so "next meeting" links can follow them.
  for (const meeting of add.meetings) meeting.nextMeetingId = meetings.get(meeting.nextMeetingId);

  const isNew = <T extends { id: string; meetingId: string }>(
    table: keyof ArchiveTables,
    record: T,
  ) => addedMeetings.has(record.meetingId) && !here[table].has(record.id);

  add.agendaItems = incoming.agendaItems.filter((record) => isNew('agendaItems', record));
  add.attendance = incoming.attendance
    .filter((record) => isNew('attendance', record))
    .map((record) => ({ ...record, memberId: members.get(record.memberId) }));
  add.declarations = incoming.declarations
    .filter((record) => isNew('declarations', record))
    .map((record) => ({ ...record, memberId: members.get(record.memberId) }));
  add.decisions = incoming.decisions.filter((record) => isNew('decisions', record));
  add.actions = incoming.actions
    .filter((record) => isNew('actions', record))
    .map((record): Action => ({
      ...record,
      boardId: boards.get(record.boardId),
      ownerMemberId: members.get(record.ownerMemberId),
      updates: record.updates.map((update) => ({
        ...update,
        meetingId: meetings.get(update.meetingId),
      })),
    }));
  add.exports = incoming.exports.filter((record) => isNew('exports', record));
  add.approvals = incoming.approvals
    .filter((record) => isNew('approvals', record))
    .map((record) => ({
      ...record,
      approvingMeetingId: meetings.get(record.approvingMeetingId),
    }));
  add.auditTrail = incoming.auditTrail.filter((record) => isNew('auditTrail', record));
  add.meetingVersions = incoming.meetingVersions.filter((record) =>
    isNew('meetingVersions', record),
  );
  // A signature of another board document belongs to no meeting, only to its board.
  add.signatures = incoming.signatures
    .filter((record) =>
      record.meetingId === '' ? !here.signatures.has(record.id) : isNew('signatures', record),
    )
    .map((record) => ({ ...record, boardId: boards.get(record.boardId) }));

  mergeInterests(existing, incoming, add, here, { boards, members, meetings });

  return {
    add,
    added: countTables(add),
    meetingsAlreadyHere,
    boardsMatched,
    membersMatched,
  };
}
