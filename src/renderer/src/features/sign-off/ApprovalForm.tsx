import { useId, useMemo, useState, type FormEvent } from 'react';
import { formatLongDate, todayIso, type Board, type Meeting } from '@shared/model';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { selectBoardMeetings, useMeetingsStore } from '../../stores';
import { useMembersInOffice } from '../meetings';
import { recordApproval } from '../../workflows';
import { errorMessage } from '@shared/error-message';
import { DateInput } from '../../components/DateInput';
import './approval-form.css';

/** Records that a later meeting approved these minutes, with any amendments it agreed. */
export function ApprovalForm({ board, meeting }: { board: Board; meeting: Meeting }) {
  const meetings = useMeetingsStore(useMemo(() => selectBoardMeetings(board.id), [board.id]));
  const people = useMembersInOffice(meeting);
  const later = useMemo(
    () => meetings.filter((each) => each.id !== meeting.id && each.date > meeting.date),
    [meetings, meeting.id, meeting.date],
  );
  const [approvingMeetingId, setApprovingMeetingId] = useState(later[0]?.id ?? '');
  const [approvedOn, setApprovedOn] = useState(later[0]?.date ?? todayIso());
  const [amendments, setAmendments] = useState('');
  const [by, setBy] = useState('');
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const selectId = useId();
  const dateId = useId();

  function chooseMeeting(id: string) {
    setApprovingMeetingId(id);
    const chosen = later.find((each) => each.id === id);
    if (chosen) setApprovedOn(chosen.date);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!approvedOn) {
      setError('Give the date the minutes were approved.');
      return;
    }
    const approving = later.find((each) => each.id === approvingMeetingId) ?? null;
    try {
      await recordApproval(meeting, { approvedOn, approving, amendments, by });
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <form className="subpanel" aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h3 id={headingId}>Record approval</h3>
      <p className="panel__hint">
        Normally under “Minutes of the previous meeting” at the next meeting. Once approved, the
        minutes can no longer be edited.
      </p>
      <div className="form-grid">
        <div className="field form-grid--wide approval__meeting">
          <label className="field__label" htmlFor={selectId}>
            Approving meeting
          </label>
          <select
            id={selectId}
            value={approvingMeetingId}
            onChange={(event) => chooseMeeting(event.target.value)}
          >
            {later.map((each) => (
              <option key={each.id} value={each.id}>
                {each.title} · {formatLongDate(each.date)}
              </option>
            ))}
            <option value="">A meeting not kept in Minute Book</option>
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={dateId}>
            Date approved
          </label>
          <DateInput id={dateId} value={approvedOn} required onChange={setApprovedOn} />
        </div>
        <TextField
          label="Recorded by"
          value={by}
          onChange={setBy}
          suggestions={people.map((member) => member.fullName)}
        />
        <TextAreaField
          className="form-grid--wide"
          label="Amendments agreed"
          hint="Leave empty when the minutes were approved as circulated."
          value={amendments}
          onChange={setAmendments}
        />
      </div>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <div className="inline-inputs">
        <button type="submit" className="button">
          Record approval
        </button>
      </div>
    </form>
  );
}
