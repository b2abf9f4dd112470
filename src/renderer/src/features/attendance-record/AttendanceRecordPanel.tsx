import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  formatLongDate,
  isIsoDate,
  todayIso,
  type Board,
  type BoardAttendanceRecord,
} from '@shared/model';
import {
  selectBoardMeetings,
  selectBoardMembers,
  useMeetingsStore,
  useMembersStore,
  useRecordFocusStore,
  type RecordFocus,
} from '../../stores';
import { AttendanceMatrix } from './AttendanceMatrix';
import { AttendanceTable } from './AttendanceTable';
import { ExportRecordButtons } from './ExportRecordButtons';
import { periodChoices } from './periods';
import { useAttendanceRecord } from './use-attendance-record';
import '../../styles/standing-records.css';
import { DateInput } from '../../components/DateInput';

const ANY_DATES = 'dates';

function summaryOf(record: BoardAttendanceRecord): string {
  const held = record.meetings.length;
  const cancelled = record.cancelled.length;
  return [
    `${held} ${held === 1 ? 'meeting' : 'meetings'} held from ${formatLongDate(record.from)} to ${formatLongDate(record.to)}`,
    cancelled > 0 ? `; ${cancelled} cancelled and not counted` : '',
    '.',
  ].join('');
}

/** The board's attendance record for a year, a term or any dates: table, matrix, guests, exports. */
export function AttendanceRecordPanel({ board }: { board: Board }) {
  const members = useMembersStore(useMemo(() => selectBoardMembers(board.id), [board.id]));
  const meetings = useMeetingsStore(useMemo(() => selectBoardMeetings(board.id), [board.id]));
  const choices = useMemo(() => periodChoices(meetings, members), [meetings, members]);
  const [choice, setChoice] = useState<string>('');
  const [dates, setDates] = useState({ from: '', to: '' });
  const headingId = useId();
  const periodField = useId();
  const chosen =
    choices.find((each) => each.key === choice) ?? (choice === '' ? choices[0] : undefined);
  const from = chosen?.from ?? dates.from;
  const to = chosen?.to ?? dates.to;
  const { record, loaded } = useAttendanceRecord(board, from, to);
  const focusWanted = useRecordFocusStore((state) => state.focus);
  const [focusTaken, setFocusTaken] = useState<RecordFocus | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Opened from a search result: the record over that member's term.
  if (
    focusWanted !== null &&
    focusWanted !== focusTaken &&
    focusWanted.boardId === board.id &&
    focusWanted.kind === 'attendance'
  ) {
    const member = members.find((each) => each.id === focusWanted.memberId);
    if (member !== undefined) {
      setFocusTaken(focusWanted);
      const term = choices.find(
        (each) => each.key === `term-${member.termStart}-${member.termEnd}`,
      );
      if (term !== undefined) setChoice(term.key);
      else {
        setChoice(ANY_DATES);
        setDates({ from: member.termStart, to: member.termEnd || todayIso() });
      }
    }
  }
  useEffect(() => {
    if (focusTaken === null) return;
    useRecordFocusStore.getState().take(board.id, 'attendance');
    heading.current?.focus();
  }, [focusTaken, board.id]);
  const datesWrong =
    choice === ANY_DATES && isIsoDate(dates.from) && isIsoDate(dates.to) && dates.from > dates.to;

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          Attendance record
        </h2>
        {record && record.rows.length > 0 && <ExportRecordButtons record={record} />}
      </div>
      <div className="records-toolbar">
        <div className="field">
          <label className="field__label" htmlFor={periodField}>
            Period
          </label>
          <select
            id={periodField}
            value={chosen?.key ?? ANY_DATES}
            onChange={(event) => {
              setChoice(event.target.value);
              if (event.target.value === ANY_DATES && chosen)
                setDates({ from: chosen.from, to: chosen.to });
            }}
          >
            {choices.map((each) => (
              <option key={each.key} value={each.key}>
                {each.label}
              </option>
            ))}
            <option value={ANY_DATES}>Any dates…</option>
          </select>
        </div>
        {(chosen === undefined || choice === ANY_DATES) && (
          <>
            <div className="field">
              <label className="field__label" htmlFor={`${periodField}-from`}>
                From
              </label>
              <DateInput
                id={`${periodField}-from`}
                value={dates.from}
                onChange={(from) => setDates((each) => ({ ...each, from }))}
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${periodField}-to`}>
                To
              </label>
              <DateInput
                id={`${periodField}-to`}
                value={dates.to}
                onChange={(to) => setDates((each) => ({ ...each, to }))}
              />
            </div>
          </>
        )}
      </div>
      {datesWrong && (
        <p role="alert" className="notice notice--error">
          The period ends before it starts. Choose a “To” date after the “From” date.
        </p>
      )}
      {!loaded ? (
        <p role="status">Reading the attendance…</p>
      ) : record === null ? (
        <p className="empty-state">
          {meetings.length === 0
            ? 'This board has no meetings yet. Attendance taken at each meeting is gathered here.'
            : 'Choose the dates of the period.'}
        </p>
      ) : (
        <>
          <p role="status" className="panel__hint">
            {summaryOf(record)} Each member’s share is of the meetings held while they were in
            office; arriving late or leaving early counts as attending.
          </p>
          {record.cancelled.length > 0 && (
            <p className="panel__hint">
              Not held: {record.cancelled.map((meeting) => formatLongDate(meeting.date)).join(', ')}
              .
            </p>
          )}
          {record.rows.length === 0 ? (
            <p className="empty-state">No member of the register was in office in this period.</p>
          ) : (
            <>
              <AttendanceTable record={record} />
              {record.meetings.length > 0 && (
                <>
                  <h3 className="records-subheading">Meeting by meeting</h3>
                  <AttendanceMatrix record={record} />
                </>
              )}
            </>
          )}
          {record.guests.length > 0 && (
            <>
              <h3 className="records-subheading">In attendance (guests)</h3>
              <ul className="plain-list">
                {record.guests.map((guest) => (
                  <li key={`${guest.name}-${guest.organisation}`}>
                    <strong>{guest.name}</strong>
                    {guest.organisation && ` – ${guest.organisation}`}
                    {guest.role && `, ${guest.role}`}: {guest.dates.map(formatLongDate).join(', ')}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
