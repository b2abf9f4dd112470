import type { Member } from '@shared/model';
import type { MinuteBookDatabase } from '../db/database';

/** The meetings a member attended or owns actions in, which show their name in the search. */
export async function meetingsOfMember(db: MinuteBookDatabase, member: Member): Promise<string[]> {
  const naming: string[] = [];
  // A register's meetings are read together; renaming a member is rare enough not to need an index.
  await db.minutes
    .where('boardId')
    .equals(member.boardId)
    .each((minutes) => {
      if (
        minutes.attendance.some((record) => record.memberId === member.id) ||
        minutes.actions.some((action) => action.ownerMemberId === member.id)
      )
        naming.push(minutes.meetingId);
    });
  return naming;
}
