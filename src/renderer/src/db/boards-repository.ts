import { DEFAULT_QUORUM_RULE, type Board, type BoardChanges } from '@shared/model';
import type { MinuteBookDatabase } from './database';
import { newId, nowStamp } from './ids';

export async function listBoards(db: MinuteBookDatabase): Promise<Board[]> {
  const boards = await db.boards.toArray();
  return boards.sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' }));
}

export function newBoard(name: string, description = ''): Board {
  const stamp = nowStamp();
  return {
    id: newId(),
    name,
    description,
    quorum: DEFAULT_QUORUM_RULE,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

export async function saveNewBoard(db: MinuteBookDatabase, board: Board): Promise<void> {
  await db.boards.add(board);
}

export async function updateBoard(
  db: MinuteBookDatabase,
  id: string,
  changes: BoardChanges,
  updatedAt: string,
): Promise<void> {
  await db.boards.update(id, { ...changes, updatedAt });
}

/**
 * Removes a board, its whole register and its register of interests in one transaction, so
 * nothing is left orphaned (a backup refuses records of a missing board).
 */
export async function deleteBoard(db: MinuteBookDatabase, id: string): Promise<void> {
  await db.transaction(
    'rw',
    [db.boards, db.members, db.interests, db.interestConfirmations],
    async () => {
      await db.members.where('boardId').equals(id).delete();
      await db.interests.where('boardId').equals(id).delete();
      await db.interestConfirmations.where('boardId').equals(id).delete();
      await db.boards.delete(id);
    },
  );
}
