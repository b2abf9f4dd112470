import {
  attendanceAsChosen,
  fromMeetingFile,
  membersFromProposal,
  type Board,
  type MeetingFile,
  type MeetingFromFile,
  type Member,
  type ProposedPerson,
  type RegisterChoices,
} from '../../../../shared/model';
import { newBoard } from '../../db/boards-repository';
import type { MinuteBookDatabase } from '../../db/database';
import { minutesFromFile } from '../../db/meetings-repository';
import { asSaved } from './historic';
import { nameKey, type BoardChoice } from './import-entry';

export interface MeetingToSave {
  meeting: MeetingFile;
  board: BoardChoice;
  fileName: string;
  /** Saved as the approved record, read-only (see ImportEntry.historic). */
  historic?: boolean;
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
    membersByBoard.set(member.boardId, [...(membersByBoard.get(member.boardId) ?? []), member]);
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
  let saved = 0;
  let unmatched = 0;
  const done = { boardsCreated, boardIds, membersCreated: newMembers.length };
  for (let start = 0; start < meetings.length; start += batchSize) {
    if (shouldStop?.()) return { saved, ...done, unmatched, stopped: true };
    const batch = meetings
      .slice(start, start + batchSize)
      .map(({ meeting, board, fileName, historic }) => {
        const boardId = boardIdOf(board);
        const register = board.kind === 'new' ? registers?.get(nameKey(board.name)) : undefined;
        const chosen = register
          ? attendanceAsChosen(meeting, register.people, register.choices)
          : meeting;
        const file = asSaved(
          { ...chosen, source: { ...chosen.source, kind: 'imported', fileName } },
          historic === true,
        );
        return fromMeetingFile(file, boardId, membersByBoard.get(boardId) ?? [], newId, stamp);
      });
    await storeBatch(db, batch);
    saved += batch.length;
    unmatched += batch.reduce((sum, records) => sum + records.unmatched.length, 0);
    onProgress?.(saved);
    await nextTask();
  }
  return { saved, ...done, unmatched, stopped: false };
}

async function storeBatch(db: MinuteBookDatabase, batch: readonly MeetingFromFile[]) {
  await db.transaction('rw', db.meetings, db.minutes, async () => {
    await db.meetings.bulkAdd(batch.map((records) => records.meeting));
    await db.minutes.bulkAdd(batch.map(minutesFromFile));
  });
}
