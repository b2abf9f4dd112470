import { useId, useState, type FormEvent } from 'react';
import { formatLongDate, type Meeting } from '@shared/model';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useMembersInOffice } from '../meetings';
import { recordApproval } from '../../workflows';
import { errorMessage } from '@shared/error-message';

/** The approval of the previous minutes in one step, with this meeting as the approving meeting. */
export function ApproveHereForm({ previous, meeting }: { previous: Meeting; meeting: Meeting }) {
  const people = useMembersInOffice(meeting);
  const [amendments, setAmendments] = useState('');
  const [by, setBy] = useState('');
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await recordApproval(previous, {
        approvedOn: meeting.date,
        approving: meeting,
        amendments,
        by,
      });
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <form className="subpanel" aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h4 id={headingId}>Approve at this meeting</h4>
      <p className="panel__hint">
        Records that this meeting, on {formatLongDate(meeting.date)}, approved the minutes of{' '}
        {formatLongDate(previous.date)}. They can then no longer be edited, and can be signed.
      </p>
      <div className="form-grid">
        <TextAreaField
          className="form-grid--wide"
          label="Amendments agreed to the previous minutes"
          hint="Leave empty when they were approved as circulated."
          rows={2}
          value={amendments}
          onChange={setAmendments}
        />
        <TextField
          label="Approval recorded by"
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
        <button type="submit" className="button">
          Record approval of the previous minutes
        </button>
      </div>
    </form>
  );
}
