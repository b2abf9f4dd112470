import { useId, useMemo } from 'react';
import {
  INTEREST_CATEGORY_WORDS,
  formalName,
  standingInterestsOfPresent,
  type Meeting,
} from '@shared/model';
import { selectBoardMembers, useMembersStore, useMinutesStore } from '../../stores';
import { useBoardInterests } from './use-board-interests';
import './interests.css';

/** Under "Declarations of interest": the standing interests of the members marked present. */
export function StandingInterests({ meeting }: { meeting: Meeting }) {
  const attendance = useMinutesStore((state) => state.attendance);
  const members = useMembersStore(
    useMemo(() => selectBoardMembers(meeting.boardId), [meeting.boardId]),
  );
  const { interests } = useBoardInterests(meeting.boardId);
  const headingId = useId();
  const present = new Set(
    attendance
      .filter((record) => record.memberId !== '' && record.status === 'present')
      .map((record) => record.memberId),
  );
  const standing = standingInterestsOfPresent(
    interests,
    members.filter((member) => present.has(member.id)),
    meeting.date,
  );
  const nameOf = (memberId: string) => {
    const member = members.find((each) => each.id === memberId);
    return member ? formalName(member) : 'A former member';
  };

  return (
    <section className="interest-flags" aria-labelledby={headingId}>
      <h3 id={headingId}>Standing interests of those present</h3>
      {present.size === 0 ? (
        <p className="panel__hint">Mark who is present to list their standing interests.</p>
      ) : standing.length === 0 ? (
        <p className="panel__hint">None of the members present has an interest on the register.</p>
      ) : (
        <ul>
          {standing.map((interest) => (
            <li key={interest.id}>
              <strong>{nameOf(interest.memberId)}</strong>:{' '}
              {INTEREST_CATEGORY_WORDS[interest.category]}, {interest.description}
              {interest.organisation && ` (${interest.organisation})`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
