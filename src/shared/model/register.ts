import type { Board } from './board';
import { addDays, termEndAfterYears, type IsoDate } from './dates';
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

/**
 * Where a new member's term starts: the term the board is in now, not the day they are entered.
 * That is the start most members in office share today; with nobody in office, the latest start
 * on record carried forward by whole terms to the one running today; with no one at all, today.
 */
export function currentTermStart(
  members: readonly Pick<Member, 'termStart' | 'termEnd'>[],
  today: IsoDate,
  termYears: number,
): IsoDate {
  const inOffice = members.filter((member) => isInOfficeOn(member, today));
  if (inOffice.length > 0) {
    const counts = new Map<IsoDate, number>();
    for (const member of inOffice)
      counts.set(member.termStart, (counts.get(member.termStart) ?? 0) + 1);
    const [shared] = [...counts.entries()].sort(
      ([startA, countA], [startB, countB]) => countB - countA || startB.localeCompare(startA),
    );
    if (shared) return shared[0];
  }
  const latest = members
    .map((member) => member.termStart)
    .sort()
    .at(-1);
  if (!latest) return today;
  let start = latest;
  // Whole terms forward, while the term starting then has ended by today.
  while (termEndAfterYears(start, termYears) < today) start = addYears(start, termYears);
  return start;
}

function addYears(date: IsoDate, years: number): IsoDate {
  return addDays(termEndAfterYears(date, years), 1);
}
