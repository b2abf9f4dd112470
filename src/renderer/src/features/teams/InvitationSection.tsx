import { useId, useState } from 'react';
import { countOf, type Board, type Meeting, type Member } from '@shared/model';
import { useMeetingsStore } from '../../stores';
import * as workflows from '../../workflows';
import { errorMessage } from '@shared/error-message';

interface InvitationSectionProps {
  board: Board;
  meeting: Meeting;
  members: readonly Member[];
}

/** The Secretary sends the invitation; every other member in office with an e-mail is invited. */
function whoIsInvited(members: readonly Member[]) {
  const secretary = members.find((member) => member.role === 'Secretary' && member.email.trim());
  const withEmail = members.filter((member) => member.email.trim() && member !== secretary);
  return {
    organiser: secretary ? { name: secretary.fullName, email: secretary.email.trim() } : null,
    invitees: withEmail.map((member) => ({
      name: member.fullName,
      email: member.email.trim(),
      optional: member.role === 'Observer',
    })),
    missing: members.filter((member) => !member.email.trim()).map((member) => member.fullName),
  };
}

export function InvitationSection({ board, meeting, members }: InvitationSectionProps) {
  const updateMeeting = useMeetingsStore((state) => state.updateMeeting);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const headingId = useId();
  const people = whoIsInvited(members);

  async function run(task: () => Promise<string | null>) {
    setMessage(null);
    try {
      const text = await task();
      if (text) setMessage({ text, error: false });
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    }
  }

  const saveInvitation = () =>
    run(async () => {
      const result = await workflows.saveInvitation(board, meeting, people);
      if (result.status === 'cancelled') return null;
      updateMeeting(meeting, {
        invitation: { sequence: result.sequence, fingerprint: result.fingerprint },
      });
      const update =
        result.sequence > 0
          ? ` It updates the invitation sent before (version ${result.sequence + 1}).`
          : '';
      return `Saved ${result.fileName}. Open it in Outlook or Teams to send it.${update}`;
    });

  const emailAgenda = () =>
    run(async () => {
      await workflows.emailAgenda(board, meeting, people);
      return 'The agenda is open as a draft in your mail program. Nothing is sent until you send it.';
    });

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Invitation</h2>
      <p className="panel__hint">
        A calendar invitation (.ics) in UK time with the agenda, for the{' '}
        {countOf(
          people.invitees.length + (people.organiser ? 1 : 0),
          'member in office with an e-mail address',
          'members in office with an e-mail address',
        )}
        {people.organiser ? `, sent by ${people.organiser.name} as Secretary` : ''}. Paste the Teams
        joining link into the meeting’s location to include it. Saving it again after a change makes
        an update of the same calendar entry.
      </p>
      {people.missing.length > 0 && (
        <p className="notice notice--info">
          No e-mail address in the register for {people.missing.join(', ')}: they are not invited.
        </p>
      )}
      <div className="inline-inputs">
        <button type="button" className="button" onClick={() => void saveInvitation()}>
          Save calendar invitation
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void emailAgenda()}
        >
          E-mail the agenda
        </button>
      </div>
      {message && (
        <p
          className={`notice ${message.error ? 'notice--error' : 'notice--info'}`}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
