import { useState } from 'react';
import { TextField } from '../../components/TextField';
import { formatLongDate, isIsoDate, type Meeting } from '@shared/model';
import { setNextMeetingDate } from './next-meeting';

export function NextMeetingField({ meeting }: { meeting: Meeting }) {
  const [draft, setDraft] = useState(meeting.nextMeetingDate);
  const error =
    draft && isIsoDate(draft) && draft <= meeting.date
      ? 'The next meeting must come after this one.'
      : null;
  return (
    <div className="next-meeting">
      <TextField
        label="Date of next meeting"
        type="date"
        value={draft}
        error={error}
        hint="Plans that meeting, with this meeting’s deferred items on its agenda and its open actions under matters arising."
        onChange={(date) => {
          setDraft(date);
          // A date input reports each digit of the year as it is typed; act on whole dates only.
          if (date === '' || (isIsoDate(date) && date > meeting.date))
            void setNextMeetingDate(meeting, date);
        }}
      />
      {meeting.nextMeetingDate && (
        <p role="status">Next meeting planned for {formatLongDate(meeting.nextMeetingDate)}.</p>
      )}
    </div>
  );
}
