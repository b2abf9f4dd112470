import { useId, useState } from 'react';
import {
  confirmationRoundOf,
  formalName,
  notConfirmedIn,
  type Board,
  type InterestConfirmation,
  type IsoDate,
  type Member,
} from '@shared/model';
import { openReminderDraft } from '../../workflows';
import { reminderDraft } from './reminder';
import { errorMessage } from '@shared/error-message';

/** This year's round: who has not confirmed, and a reminder opened in the mail program as a draft. */
export function ConfirmationRound({
  board,
  members,
  confirmations,
  today,
}: {
  board: Board;
  members: readonly Member[];
  confirmations: readonly InterestConfirmation[];
  today: IsoDate;
}) {
  const round = confirmationRoundOf(today);
  const outstanding = notConfirmedIn(members, confirmations, round);
  const draft = reminderDraft(board.name.trim() || 'board', round, outstanding);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const headingId = useId();

  async function openDraft() {
    try {
      await openReminderDraft({ to: draft.to, subject: draft.subject, body: draft.body });
      setMessage({
        error: false,
        text: `A reminder to ${draft.to.length} ${draft.to.length === 1 ? 'member' : 'members'} is open in your mail program. Minute Book does not send it: check it and send it from there.`,
      });
    } catch (error) {
      setMessage({ error: true, text: errorMessage(error) });
    }
  }

  return (
    <section className="records-round" aria-labelledby={headingId}>
      <h3 id={headingId}>Confirmation round {round.year}</h3>
      {outstanding.length === 0 ? (
        <p>Every member in office has confirmed their entries this year.</p>
      ) : (
        <>
          <p>
            Not yet confirmed this year ({outstanding.length} of {members.length}):{' '}
            {outstanding.map((member) => formalName(member)).join(', ')}.
          </p>
          {draft.withoutEmail.length > 0 && (
            <p className="panel__hint">
              No e-mail address in the register for{' '}
              {draft.withoutEmail.map((member) => formalName(member)).join(', ')}: remind them
              another way, or add their address in the register.
            </p>
          )}
          <button
            type="button"
            className="button button--secondary"
            disabled={draft.to.length === 0}
            onClick={() => void openDraft()}
          >
            Draft a reminder e-mail
          </button>
        </>
      )}
      <div role="status">
        {message && !message.error && <p className="notice notice--info">{message.text}</p>}
      </div>
      {message?.error && (
        <p role="alert" className="notice notice--error">
          {message.text}
        </p>
      )}
    </section>
  );
}
