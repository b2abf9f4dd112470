import { useId } from 'react';
import { TextField } from '../../components/TextField';
import { formalName, isIsoDate, type Meeting } from '@shared/model';
import { useMeetingsStore } from '../../stores';
import { chairOf, useMembersInOffice } from './use-meeting-people';

export function MeetingDetailsPanel({ meeting }: { meeting: Meeting }) {
  const updateMeeting = useMeetingsStore((state) => state.updateMeeting);
  const inOffice = useMembersInOffice(meeting);
  const chair = chairOf(meeting, inOffice);
  const headingId = useId();
  const chairId = useId();
  const visibilityName = useId();
  const update = (changes: Partial<Meeting>) => updateMeeting(meeting, changes);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>Meeting details</h2>
        <span className="panel__hint">Changes are saved as you type.</span>
      </div>
      <div className="form-grid">
        <TextField label="Title" value={meeting.title} onChange={(title) => update({ title })} />
        <TextField
          label="Date"
          type="date"
          value={meeting.date}
          onChange={(date) => isIsoDate(date) && update({ date })}
        />
        <TextField
          label="Starts at"
          type="time"
          value={meeting.startTime}
          onChange={(startTime) => update({ startTime })}
        />
        <TextField
          label="Ends at"
          type="time"
          value={meeting.endTime}
          onChange={(endTime) => update({ endTime })}
        />
        <TextField
          label="Location or channel"
          value={meeting.location}
          onChange={(location) => update({ location })}
        />
        <div className="field">
          <label className="field__label" htmlFor={chairId}>
            Chair of this meeting
          </label>
          <select
            id={chairId}
            value={chair?.id ?? ''}
            onChange={(event) => update({ chairMemberId: event.target.value })}
          >
            {!chair && <option value="">No Chair in office on this date</option>}
            {inOffice.map((member) => (
              <option key={member.id} value={member.id}>
                {formalName(member)}
                {member.role === 'Chair' ? ' (board Chair)' : ''}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>Held in</legend>
          <div className="inline-inputs">
            <label className="choice">
              <input
                type="radio"
                name={visibilityName}
                checked={meeting.visibility === 'public'}
                onChange={() => update({ visibility: 'public' })}
              />
              Public
            </label>
            <label className="choice">
              <input
                type="radio"
                name={visibilityName}
                checked={meeting.visibility === 'private'}
                onChange={() => update({ visibility: 'private' })}
              />
              Private
            </label>
          </div>
        </fieldset>
      </div>
    </section>
  );
}
