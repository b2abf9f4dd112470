import type { Board } from './board';
import type { AttendanceRecord, Meeting } from './meeting';
import { isVotingMember, type Member } from './member';
import { quorumOn } from './register';

export interface MeetingQuorum {
  required: number;
  votingPresent: number;
  quorate: boolean;
}

/** Quorum as the board's rule stands on the meeting's date, counting voting members marked present. */
export function meetingQuorum(
  board: Pick<Board, 'quorum'>,
  meeting: Pick<Meeting, 'date'>,
  members: readonly Member[],
  attendance: readonly AttendanceRecord[],
): MeetingQuorum {
  const { required } = quorumOn(board, members, meeting.date);
  const present = new Set(
    attendance.filter((record) => record.status === 'present').map((record) => record.memberId),
  );
  const votingPresent = members.filter(
    (member) => present.has(member.id) && isVotingMember(member),
  ).length;
  return { required, votingPresent, quorate: votingPresent >= required };
}
