import {
  attendanceChooser,
  fromMeetingFile,
  registerLookup,
  membersFromProposal,
  type Board,
  type MeetingFile,
  type MeetingFromFile,
  type Member,
  type ProposedPerson,
  type RegisterChoices,
} from '@shared/model';
import { newBoard } from './boards-repository';
import type { MinuteBookDatabase } from './database';
import { minutesFromFile } from './meetings-repository';
import { asSaved, historicApproval, type ApprovedIn } from '@shared/import/historic';
import { nameKey, type BoardChoice } from '@shared/import/import-entry';

export interface MeetingToSave {
  meeting: MeetingFile;
  board: BoardChoice;
  fileName: string;
  /** Saved as the approved record, read-only (see ImportEntry.historic). */
  historic?: boolean;
  /** The entry it comes from, so a later file that approved it can be found once saved. */
  index?: number;
  /** The later file whose minutes approved these, when one did. */
  approvedIn?: ApprovedIn;
}

/** The register a new board is created with: the people proposed and what the user chose. */
export interface RegisterToCreate {
  people: readonly ProposedPerson[];
  choices: RegisterChoices;
}

export interface SaveOptions {
  newId: () => string;
  stamp: string;
  /** Meetings per transaction: large enough to be quick, small enough to show progress. */
  batchSize?: number;
  onProgress?: (saved: number) => void;
  /** Checked between batches; true stops before the next one. */
  shouldStop?: () => boolean;
  /** For new boards, by the key of their name: the register to create before their meetings. */
  registers?: ReadonlyMap<string, RegisterToCreate>;
}

export interface SavedImports {
  saved: number;
  boardsCreated: Board[];
  /** Boards that received meetings, to reload their lists. */
  boardIds: string[];
  /** People not found in the register, kept as guests. */
  unmatched: number;
  /** Members added to the registers of new boards. */
  membersCreated: number;
  stopped: boolean;
}

/** Lets the page paint progress and handle clicks between batches. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Stores imported meetings, each as `fromMeetingFile` makes it (people matched to the register,
 * anyone else kept as a guest), marked with the file it came from. New boards are created first;
 * then the meetings go in batches, each batch in one transaction with bulkAdd, so a failure loses
 * at most that batch and the page stays responsive in between.
 */
export async function saveImportedMeetings(
  db: MinuteBookDatabase,
  meetings: readonly MeetingToSave[],
  { newId, stamp, batchSize = 250, onProgress, shouldStop, registers }: SaveOptions,
): Promise<SavedImports> {
  const boardsCreated: Board[] = [];
  const newBoardIds = new Map<string, string>();
  for (const { board } of meetings) {
    if (board.kind !== 'new' || newBoardIds.has(nameKey(board.name))) continue;
    const created = { ...newBoard(board.name), id: newId(), createdAt: stamp, updatedAt: stamp };
    newBoardIds.set(nameKey(board.name), created.id);
    boardsCreated.push(created);
  }
  const boardIdOf = (choice: BoardChoice): string =>
    choice.kind === 'existing' ? choice.boardId : (newBoardIds.get(nameKey(choice.name)) ?? '');

  const boardIds = [...new Set(meetings.map((each) => boardIdOf(each.board)))];
  const members = await db.members.where('boardId').anyOf(boardIds).toArray();
  const membersByBoard = new Map<string, Member[]>();
  for (const member of members) {
    const boardMembers = membersByBoard.get(member.boardId);
    if (boardMembers) boardMembers.push(member);
    else membersByBoard.set(member.boardId, [member]);
  }

  // A new board's register, in office from its first meeting, so the meetings count its quorum.
  const newMembers: Member[] = [];
  for (const created of boardsCreated) {
    const register = registers?.get(nameKey(created.name));
    if (!register) continue;
    const dates = meetings
      .filter(({ board }) => board.kind === 'new' && nameKey(board.name) === nameKey(created.name))
      .map(({ meeting }) => meeting.date)
      .sort();
    const termStart = dates[0] ?? stamp.slice(0, 10);
    const members = membersFromProposal(
      register.people,
      register.choices,
      { boardId: created.id, termStart },
      newId,
      stamp,
    );
    membersByBoard.set(created.id, members);
    newMembers.push(...members);
  }

  if (boardsCreated.length > 0) {
    await db.transaction('rw', db.boards, db.members, async () => {
      await db.boards.bulkAdd(boardsCreated);
      if (newMembers.length > 0) await db.members.bulkAdd(newMembers);
    });
  }
  // Each board's register and chosen places, worked out once for all its meetings.
  const lookups = new Map(
    boardIds.map((boardId) => [boardId, registerLookup(membersByBoard.get(boardId) ?? [])]),
  );
  const choosers = new Map(
    [...(registers ?? [])].map(([key, register]) => [
      key,
      attendanceChooser(register.people, register.choices),
    ]),
  );
  // Which meeting each entry became, and the historic records saved, for their approvals.
  const meetingIdOfEntry = new Map<number, string>();
  const historicSaved: { records: MeetingFromFile; toSave: MeetingToSave }[] = [];
  const records = (toSave: MeetingToSave) => {
    const { meeting, board, fileName, historic } = toSave;
    const boardId = boardIdOf(board);
    const choose = board.kind === 'new' ? choosers.get(nameKey(board.name)) : undefined;
    const chosen = choose ? choose(meeting) : meeting;
    const file = asSaved(
      { ...chosen, source: { ...chosen.source, kind: 'imported', fileName } },
      historic === true,
    );
    const made = fromMeetingFile(file, boardId, lookups.get(boardId) ?? [], newId, stamp);
    if (toSave.index !== undefined) meetingIdOfEntry.set(toSave.index, made.meeting.id);
    if (historic === true) historicSaved.push({ records: made, toSave });
    return made;
  };
  /**
   * Each historic record saved gets its approval and audit line, as minutes approved in the app
   * do; written once the meetings are in, when the meeting that approved each one has its id.
   */
  const storeApprovals = async (savedCount: number) => {
    const saved = historicSaved.slice(0, savedCount);
    if (saved.length === 0) return;
    const made = saved.map(({ records, toSave }) => {
      const approvingId =
        toSave.approvedIn === undefined
          ? ''
          : (meetingIdOfEntry.get(toSave.approvedIn.index) ?? '');
      return historicApproval(
        {
          meetingId: records.meeting.id,
          fileName: toSave.fileName,
          ...(records.meeting.source?.sha256 ? { sha256: records.meeting.source.sha256 } : {}),
        },
        toSave.approvedIn,
        // Only a meeting that was saved: one left out or stopped before is named by date alone.
        approvingId && savedIds.has(approvingId) ? approvingId : '',
        stamp,
      );
    });
    await db.transaction('rw', db.approvals, db.auditTrail, async () => {
      await db.approvals.bulkAdd(made.map(({ approval }) => ({ id: newId(), ...approval })));
      await db.auditTrail.bulkAdd(made.map(({ audit }) => ({ id: newId(), ...audit })));
    });
  };
  const savedIds = new Set<string>();
  let historicWritten = 0;
  const store = async (batch: MeetingFromFile[]) => {
    await storeBatch(db, batch);
    for (const each of batch) savedIds.add(each.meeting.id);
    historicWritten += batch.filter((each) => each.meeting.source?.historic === true).length;
    return batch.length;
  };

  let saved = 0;
  let unmatched = 0;
  const done = { boardsCreated, boardIds, membersCreated: newMembers.length };
  // The next batch is made while the one before is written: the page works while the database does.
  let writing: Promise<number> | null = null;
  for (let start = 0; start < meetings.length; start += batchSize) {
    const batch = meetings.slice(start, start + batchSize).map(records);
    if (writing) {
      saved += await writing;
      onProgress?.(saved);
      await nextTask();
    }
    if (shouldStop?.()) {
      await storeApprovals(historicWritten);
      return { saved, ...done, unmatched, stopped: true };
    }
    writing = store(batch);
    unmatched += batch.reduce((sum, each) => sum + each.unmatched.length, 0);
  }
  if (writing) {
    saved += await writing;
    onProgress?.(saved);
  }
  await storeApprovals(historicWritten);
  return { saved, ...done, unmatched, stopped: false };
}

async function storeBatch(db: MinuteBookDatabase, batch: readonly MeetingFromFile[]) {
  await db.transaction('rw', db.meetings, db.minutes, async () => {
    await db.meetings.bulkAdd(batch.map((records) => records.meeting));
    await db.minutes.bulkAdd(batch.map(minutesFromFile));
  });
}
