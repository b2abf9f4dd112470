import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { TextField } from '../../components/TextField';
import {
  STANDARD_AGENDA,
  formatLongDate,
  isIsoDate,
  todayIso,
  type Board,
  type Meeting,
} from '@shared/model';
import { useMeetingsStore, useMinutesStore, useNavigationStore } from '../../stores';
import { agendaCopiedFrom } from '../../workflows';

type AgendaSource = 'standard' | 'previous' | 'empty';

interface PlanMeetingFormProps {
  board: Board;
  previous: Meeting | null;
  onDone: () => void;
}

export function PlanMeetingForm({ board, previous, onDone }: PlanMeetingFormProps) {
  const createMeeting = useMeetingsStore((state) => state.createMeeting);
  const openMeeting = useNavigationStore((state) => state.openMeeting);
  const openMinutes = useMinutesStore((state) => state.open);
  const [date, setDate] = useState(todayIso());
  const [title, setTitle] = useState('Meeting Summary');
  const [startTime, setStartTime] = useState('');
  const [endTime, setEndTime] = useState('');
  const [location, setLocation] = useState(previous?.location ?? 'MS Teams');
  const [visibility, setVisibility] = useState<Meeting['visibility']>('public');
  const [source, setSource] = useState<AgendaSource>(previous ? 'previous' : 'standard');
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const sourceName = useId();
  // Opened from "Plan a meeting", which it replaces: typing goes on into the date.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector('input')?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!isIsoDate(date)) {
      setError('Enter the date of the meeting.');
      return;
    }
    const agenda =
      source === 'standard'
        ? STANDARD_AGENDA
        : source === 'previous' && previous
          ? await agendaCopiedFrom(previous.id)
          : [];
    const meeting = await createMeeting(
      board.id,
      date,
      { title: title.trim() || 'Meeting Summary', startTime, endTime, location, visibility },
      agenda,
    );
    await openMinutes(meeting.id);
    openMeeting(meeting.id, 'agenda');
    onDone();
  }

  return (
    <form
      ref={formRef}
      className="panel"
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
      // Escape leaves a half-planned meeting unplanned, as Cancel does.
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        onDone();
      }}
      noValidate
    >
      <h2 id={headingId}>Plan a meeting</h2>
      <div className="form-grid">
        <TextField
          label="Date"
          type="date"
          value={date}
          onChange={setDate}
          error={error}
          required
        />
        <TextField label="Title" value={title} onChange={setTitle} />
        <TextField label="Starts at" type="time" value={startTime} onChange={setStartTime} />
        <TextField label="Ends at" type="time" value={endTime} onChange={setEndTime} />
        <TextField
          label="Location or channel"
          value={location}
          onChange={setLocation}
          hint="e.g. MS Teams"
        />
        <fieldset>
          <legend>Held in</legend>
          <label className="choice">
            <input
              type="radio"
              name={`${sourceName}-visibility`}
              checked={visibility === 'public'}
              onChange={() => setVisibility('public')}
            />
            Public
          </label>
          <label className="choice">
            <input
              type="radio"
              name={`${sourceName}-visibility`}
              checked={visibility === 'private'}
              onChange={() => setVisibility('private')}
            />
            Private
          </label>
        </fieldset>
        <fieldset className="form-grid--wide">
          <legend>Start the agenda from</legend>
          <label className="choice">
            <input
              type="radio"
              name={sourceName}
              checked={source === 'standard'}
              onChange={() => setSource('standard')}
            />
            The standard agenda (welcome and apologies, declarations, previous minutes, matters
            arising, any other business, date of next meeting)
          </label>
          <label className="choice">
            <input
              type="radio"
              name={sourceName}
              checked={source === 'previous'}
              disabled={!previous}
              onChange={() => setSource('previous')}
            />
            The previous meeting’s agenda
            {previous ? ` (${formatLongDate(previous.date)})` : ' (there is none yet)'}
          </label>
          <label className="choice">
            <input
              type="radio"
              name={sourceName}
              checked={source === 'empty'}
              onChange={() => setSource('empty')}
            />
            An empty agenda
          </label>
        </fieldset>
      </div>
      <div className="inline-inputs">
        <button type="submit" className="button">
          Plan meeting
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
