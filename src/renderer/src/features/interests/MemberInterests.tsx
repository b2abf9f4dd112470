import { useEffect, useId, useRef, useState } from 'react';
import {
  INTEREST_CATEGORY_WORDS,
  formalName,
  formatLongDate,
  lastConfirmation,
  onRegisterAsOf,
  type Interest,
  type InterestConfirmation,
  type IsoDate,
  type Member,
} from '@shared/model';
import { useInterestsStore } from '../../stores';
import { errorMessage } from '@shared/error-message';
import { DateInput } from '../../components/DateInput';

function confirmationLine(confirmation: InterestConfirmation | undefined): string {
  if (!confirmation) return 'Never confirmed';
  const date = formatLongDate(confirmation.confirmedOn);
  return confirmation.nilReturn ? `Nil return, ${date}` : `Confirmed ${date}`;
}

/** One member's entries, with their confirmation: "Confirm entries" or a nil return, dated today. */
export function MemberInterests({
  member,
  interests,
  confirmations,
  asOf,
  today,
  focused = false,
}: {
  member: Member;
  interests: readonly Interest[];
  confirmations: readonly InterestConfirmation[];
  asOf: IsoDate;
  today: IsoDate;
  /** Opened from a search result: the member's entries are scrolled to and take the focus. */
  focused?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focused) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [focused]);
  const updateInterest = useInterestsStore((state) => state.updateInterest);
  const removeInterest = useInterestsStore((state) => state.removeInterest);
  const confirm = useInterestsStore((state) => state.confirm);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const name = formalName(member);
  const entries = interests
    .filter((interest) => interest.memberId === member.id && onRegisterAsOf(interest, asOf))
    .sort((a, b) => a.declaredOn.localeCompare(b.declaredOn));

  async function record(nilReturn: boolean) {
    try {
      await confirm(member.boardId, member.id, today, nilReturn);
      setError(null);
    } catch (problem) {
      setError(errorMessage(problem));
    }
  }

  return (
    <section className="records-member" aria-labelledby={headingId}>
      <div className="panel__header">
        <h3 id={headingId} ref={heading} tabIndex={focused ? -1 : undefined}>
          {name}
          <span className="member-letters">
            {[member.role, member.organisation].filter(Boolean).join(', ')} ·{' '}
            {confirmationLine(lastConfirmation(confirmations, member.id))}
          </span>
        </h3>
        <div className="inline-inputs">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={`Confirm the entries of ${name}`}
            onClick={() => void record(false)}
          >
            Confirm entries
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={`Record a nil return for ${name}`}
            onClick={() => void record(true)}
          >
            Nil return
          </button>
        </div>
      </div>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="panel__hint">No interests on the register.</p>
      ) : (
        <div className="table-wrap">
          <table className="records-table">
            <caption className="visually-hidden">Interests of {name}</caption>
            <thead>
              <tr>
                <th scope="col">Interest</th>
                <th scope="col">Declared</th>
                <th scope="col">Ended</th>
                <th scope="col">Public</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((interest) => (
                <tr key={interest.id}>
                  <td>
                    <span className="member-name">{interest.description}</span>
                    <span className="member-letters">
                      {INTEREST_CATEGORY_WORDS[interest.category]}
                      {interest.organisation && ` · ${interest.organisation}`}
                    </span>
                  </td>
                  <td className="records-table__number">{formatLongDate(interest.declaredOn)}</td>
                  <td>
                    <DateInput
                      aria-label={`Ended on: ${interest.description}`}
                      value={interest.endedOn}
                      min={interest.declaredOn}
                      onChange={(value) => {
                        if (value === '' || value >= interest.declaredOn)
                          updateInterest(interest, { endedOn: value });
                      }}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Publish: ${interest.description}`}
                      checked={interest.publish}
                      onChange={(event) =>
                        updateInterest(interest, { publish: event.target.checked })
                      }
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--danger button--small"
                      aria-label={`Remove ${interest.description}`}
                      onClick={() => void removeInterest(interest)}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
