import { useId, useMemo } from 'react';
import { INTEREST_CATEGORY_WORDS, flagsForItem, formalName, type Meeting } from '@shared/model';
import { selectBoardMembers, useMembersStore, useMinutesStore } from '../../stores';
import { useBoardInterests } from './use-board-interests';
import './interests.css';

/**
 * For the Chair, under the agenda: each item whose title or papers name an organisation in
 * someone's register, with whose interest it is, so the conflict can be managed before the item.
 */
export function AgendaInterestFlags({ meeting }: { meeting: Meeting }) {
  const items = useMinutesStore((state) => state.items);
  const members = useMembersStore(
    useMemo(() => selectBoardMembers(meeting.boardId), [meeting.boardId]),
  );
  const { interests } = useBoardInterests(meeting.boardId);
  const headingId = useId();
  const flagged = items
    .map((item, index) => ({
      item,
      number: index + 1,
      flags: flagsForItem(item, interests, meeting.date),
    }))
    .filter((each) => each.flags.length > 0);
  if (flagged.length === 0) return null;
  const nameOf = (memberId: string) => {
    const member = members.find((each) => each.id === memberId);
    return member ? formalName(member) : 'A former member';
  };

  return (
    <section className="interest-flags" aria-labelledby={headingId}>
      <h2 id={headingId}>Interests to note for the Chair</h2>
      <ul>
        {flagged.map(({ item, number, flags }) => (
          <li key={item.id}>
            <strong>
              Item {number}: {item.title}
            </strong>
            <ul>
              {flags.map(({ interest, foundIn }) => (
                <li key={interest.id}>
                  {nameOf(interest.memberId)} – {INTEREST_CATEGORY_WORDS[interest.category]}:{' '}
                  {interest.description} ({interest.organisation}, named in the{' '}
                  {foundIn === 'title' ? 'title' : 'papers'})
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
