import { describe, expect, it } from 'vitest';
import { deleteBoard, newBoard, saveNewBoard } from '@renderer/db/boards-repository';
import {
  newConfirmation,
  newInterest,
  readBoardInterests,
  saveConfirmation,
  saveInterest,
} from '@renderer/db/interests-repository';
import { deleteMember, newMember, saveNewMember } from '@renderer/db/members-repository';
import { freshDatabase } from './migration-harness';

async function boardWithAnInterest() {
  const db = freshDatabase();
  const board = newBoard('NHS Python Community Board');
  await saveNewBoard(db, board);
  const member = { ...newMember(board.id, '2025-01-01'), fullName: 'Alex Cheung' };
  await saveNewMember(db, member);
  await saveInterest(
    db,
    newInterest({
      boardId: board.id,
      memberId: member.id,
      category: 'financial',
      description: '  Shares in Acme Health Ltd ',
      organisation: 'Acme Health Ltd',
      declaredOn: '2025-02-01',
    }),
  );
  await saveConfirmation(db, newConfirmation(board.id, member.id, '2025-02-01', false));
  return { db, board, member };
}

describe('the register of interests in the database', () => {
  it('reads a board’s entries and confirmations, entries trimmed and published by default', async () => {
    const { db, board } = await boardWithAnInterest();
    const { interests, confirmations } = await readBoardInterests(db, board.id);
    expect(interests).toEqual([
      expect.objectContaining({
        description: 'Shares in Acme Health Ltd',
        publish: true,
        endedOn: '',
      }),
    ]);
    expect(confirmations).toHaveLength(1);
  });

  it('goes with the member removed from the register, so no backup holds an orphan', async () => {
    const { db, board, member } = await boardWithAnInterest();
    await deleteMember(db, member.id);
    expect(await readBoardInterests(db, board.id)).toEqual({ interests: [], confirmations: [] });
  });

  it('goes with the board deleted', async () => {
    const { db, board } = await boardWithAnInterest();
    await deleteBoard(db, board.id);
    expect(await db.interests.count()).toBe(0);
    expect(await db.interestConfirmations.count()).toBe(0);
  });
});
