import type { Board } from './board';
import type { IsoDate } from './dates';
import { compareMembersForRegister, isInOfficeOn, isVotingMember, type Member } from './member';
import { membersRequiredForQuorum } from './quorum';

export function membersInOfficeOn(members: readonly Member[], date: IsoDate): Member[] {
  return members.filter((member) => isInOfficeOn(member, date)).sort(compareMembersForRegister);
}

export interface QuorumOnDate {
  votingMembersInOffice: number;
  required: number;
}

export function quorumOn(
  board: Pick<Board, 'quorum'>,
  members: readonly Member[],
  date: IsoDate,
): QuorumOnDate {
  const votingMembersInOffice = membersInOfficeOn(members, date).filter(isVotingMember).length;
  return {
    votingMembersInOffice,
    required: membersRequiredForQuorum(board.quorum, votingMembersInOffice),
  };
}
