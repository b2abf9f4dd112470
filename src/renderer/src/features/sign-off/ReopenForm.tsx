import { useId, useState, type FormEvent } from 'react';
import { reopenNeedsReason, type Board, type Meeting } from '@shared/model';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { reopenMinutes } from '../../workflows';
import { useMembersInOffice } from '../meetings';
import { errorMessage } from '@shared/error-message';

/**
 * Sends the minutes back to draft for a correction. Approved or signed minutes are frozen first,
 * so the version the board approved or signed stays in the archive, readable and verifiable.
 */
export function ReopenForm({
  board,
  meeting,
  version,
}: {
  board: Board;
  meeting: Meeting;
  version: number;
}) {
  const people = useMembersInOffice(meeting);
  const [reason, setReason] = useState('');
  const [by, setBy] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const needsReason = reopenNeedsReason(meeting.status);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (needsReason && !reason.trim()) {
      setError('Say why the minutes are being reopened: it goes in the audit trail.');
      return;
    }
    if (!by.trim()) {
      setError('Say who is reopening the minutes.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await reopenMinutes(board, meeting, { reason, by: by.trim() });
      setReason('');
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="subpanel" aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h3 id={headingId}>Reopen for correction</h3>
      <p className="panel__hint">
        {needsReason
          ? `Version ${version} is kept in the archive as it stands; the corrected minutes become version ${version + 1}, a draft that needs approving again.`
          : 'Takes the minutes back to draft so they can be edited before approval.'}
      </p>
      <div className="form-grid">
        <TextAreaField
          className="form-grid--wide"
          label={needsReason ? 'Reason for reopening (required)' : 'Reason for reopening'}
          value={reason}
          onChange={setReason}
        />
        <TextField
          label="Recorded by"
          value={by}
          onChange={setBy}
          suggestions={people.map((member) => member.fullName)}
        />
      </div>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <div className="inline-inputs">
        <button type="submit" className="button button--secondary" disabled={busy}>
          Reopen minutes
        </button>
      </div>
    </form>
  );
}
