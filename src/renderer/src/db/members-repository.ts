import {
  DEFAULT_TERM_YEARS,
  termEndAfterYears,
  type IsoDate,
  type Member,
  type MemberChanges,
} from '@shared/model';
import type { MinuteBookDatabase } from './database';
import { newId, nowStamp } from './ids';

export async function listMembers(db: MinuteBookDatabase, boardId: string): Promise<Member[]> {
  return db.members.where('boardId').equals(boardId).toArray();
}

/** A blank entry whose term starts on `termStart` and runs for the board's default one year. */
export function newMember(boardId: string, termStart: IsoDate): Member {
  const stamp = nowStamp();
  return {
    id: newId(),
    boardId,
    title: '',
    fullName: '',
    postNominals: '',
    organisation: '',
    role: 'Member',
    seat: '',
    email: '',
    termStart,
    termEnd: termEndAfterYears(termStart, DEFAULT_TERM_YEARS),
    createdAt: stamp,
    updatedAt: stamp,
  };
}

export async function saveNewMember(db: MinuteBookDatabase, member: Member): Promise<void> {
  await db.members.add(member);
}

export async function updateMember(
  db: MinuteBookDatabase,
  id: string,
  changes: MemberChanges,
  updatedAt: string,
): Promise<void> {
  await db.members.update(id, { ...changes, updatedAt });
}

/** Removes a member with their entries in the register of interests, which mean nothing without them. */
export async function deleteMember(db: MinuteBookDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.members, db.interests, db.interestConfirmations], async () => {
    await db.interests.where('memberId').equals(id).delete();
    await db.interestConfirmations.where('memberId').equals(id).delete();
    await db.members.delete(id);
  });
}
