import type { Member } from '../../../shared/model';
import type { MinuteBookDatabase } from '../db/database';

/** The meetings a member attended or owns actions in, which show their name in the search. */
export async function meetingsOfMember(db: MinuteBookDatabase, member: Member): Promise<string[]> {
  const [attended, owned] = await Promise.all([
    db.attendance.where('memberId').equals(member.id).toArray(),
    db.actions
      .where('boardId')
      .equals(member.boardId)
      .filter((action) => action.ownerMemberId === member.id)
      .toArray(),
  ]);
  return [...new Set([...attended, ...owned].map((record) => record.meetingId))];
}
