import {
  fromMeetingFile,
  type Board,
  type MeetingFile,
  type MeetingFromFile,
  type Member,
} from '../../../../shared/model';
import { newBoard } from '../../db/boards-repository';
import type { MinuteBookDatabase } from '../../db/database';
import { minutesFromFile } from '../../db/meetings-repository';
import { nameKey, type BoardChoice } from './import-entry';

export interface MeetingToSave {
  meeting: MeetingFile;
  board: BoardChoice;
  fileName: string;
}

export interface SaveOptions {
  newId: () => string;
  stamp: string;
  /** Meetings per transaction: large enough to be quick, small enough to show progress. */
  batchSize?: number;
  onProgress?: (saved: number) => void;
  /** Checked between batches; true stops before the next one. */
  shouldStop?: () => boolean;
}

export interface SavedImports {
  saved: number;
  boardsCreated: Board[];
  /** Boards that received meetings, to reload their lists. */
  boardIds: string[];
  /** People not found in the register, kept as guests. */
  unmatched: number;
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
  { newId, stamp, batchSize = 250, onProgress, shouldStop }: SaveOptions,
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
  const registers = new Map<string, Member[]>();
  for (const member of members) {
    registers.set(member.boardId, [...(registers.get(member.boardId) ?? []), member]);
  }

  if (boardsCreated.length > 0) await db.boards.bulkAdd(boardsCreated);
  let saved = 0;
  let unmatched = 0;
  for (let start = 0; start < meetings.length; start += batchSize) {
    if (shouldStop?.()) return { saved, boardsCreated, boardIds, unmatched, stopped: true };
    const batch = meetings.slice(start, start + batchSize).map(({ meeting, board, fileName }) => {
      const boardId = boardIdOf(board);
      const file: MeetingFile = { ...meeting, source: { kind: 'imported', fileName } };
      return fromMeetingFile(file, boardId, registers.get(boardId) ?? [], newId, stamp);
    });
    await storeBatch(db, batch);
    saved += batch.length;
    unmatched += batch.reduce((sum, records) => sum + records.unmatched.length, 0);
    onProgress?.(saved);
    await nextTask();
  }
  return { saved, boardsCreated, boardIds, unmatched, stopped: false };
}

async function storeBatch(db: MinuteBookDatabase, batch: readonly MeetingFromFile[]) {
  await db.transaction('rw', db.meetings, db.minutes, async () => {
    await db.meetings.bulkAdd(batch.map((records) => records.meeting));
    await db.minutes.bulkAdd(batch.map(minutesFromFile));
  });
}
