import { useId, useMemo, useState } from 'react';
import type { Meeting, Member } from '@shared/model';
import { importAttendanceReport } from '../../workflows';
import { useMinutesStore } from '../../stores';
import { applyAttendance, type ApplyOutcome } from './apply-attendance';
import { guestNameOf, previewAttendance, timesText, type PreviewRow } from './attendance-preview';
import { useTeamsStore } from '../../stores/teams-store';
import { errorMessage } from '@shared/error-message';

function replaceText(row: PreviewRow, name: string): string {
  switch (row.handSet) {
    case 'apologies':
      return `Replace “sent apologies” (set by hand) with present for ${name}`;
    case 'absent':
      return `Replace “absent” (set by hand) with present for ${name}`;
    default:
      return `Replace the late arrival or early departure set by hand with the report’s for ${name}`;
  }
}

function matchText(row: PreviewRow): string {
  if (row.kind === 'new-guest')
    return row.plan.match.label === 'external' ? 'Nobody (external)' : 'Nobody';
  const how = row.plan.match.by === 'email' ? 'by e-mail' : 'by name';
  return `${row.matchedName}${row.kind === 'guest' ? ' (guest)' : ''}, ${how}`;
}

function Choice({
  row,
  index,
  replace,
  addAsGuests,
  toggle,
}: {
  row: PreviewRow;
  index: number;
  replace: Set<number>;
  addAsGuests: Set<number>;
  toggle: (set: 'replace' | 'add', index: number) => void;
}) {
  const name = row.plan.match.participant.name;
  if (row.kind === 'new-guest')
    return (
      <label className="choice">
        <input
          type="checkbox"
          checked={addAsGuests.has(index)}
          onChange={() => toggle('add', index)}
        />
        Add {guestNameOf(row)} as in attendance
      </label>
    );
  if (row.handSet)
    return (
      <label className="choice">
        <input
          type="checkbox"
          checked={replace.has(index)}
          onChange={() => toggle('replace', index)}
        />
        {replaceText(row, name)}
      </label>
    );
  return <span>{row.kind === 'guest' ? 'Times recorded' : 'Present'}</span>;
}

export function AttendanceReportSection({
  meeting,
  members,
}: {
  meeting: Meeting;
  members: readonly Member[];
}) {
  const imported = useTeamsStore((state) => state.report);
  const setReport = useTeamsStore((state) => state.setReport);
  const attendance = useMinutesStore((state) => state.attendance);
  const items = useMinutesStore((state) => state.items);
  const markAttendance = useMinutesStore((state) => state.markAttendance);
  const updateAttendance = useMinutesStore((state) => state.updateAttendance);
  const addGuest = useMinutesStore((state) => state.addGuest);
  const [replace, setReplace] = useState<Set<number>>(new Set());
  const [addAsGuests, setAddAsGuests] = useState<Set<number>>(new Set());
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const headingId = useId();

  const rows = useMemo(
    () =>
      imported
        ? previewAttendance({ report: imported.report, meeting, members, attendance, items })
        : [],
    [imported, meeting, members, attendance, items],
  );

  async function importReport() {
    setMessage(null);
    try {
      const result = await importAttendanceReport();
      if (result.status === 'cancelled') return;
      setReport({ fileName: result.fileName, report: result.report });
      setReplace(new Set());
      const preview = previewAttendance({
        report: result.report,
        meeting,
        members,
        attendance,
        items,
      });
      setAddAsGuests(
        new Set(preview.flatMap((row, index) => (row.kind === 'new-guest' ? [index] : []))),
      );
      const day = result.report.start?.date;
      if (day && day !== meeting.date)
        setMessage({
          text: `This report is of a meeting on ${day}, not on the day of this meeting. Check it is the right file before applying it.`,
          error: true,
        });
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    }
  }

  function toggle(which: 'replace' | 'add', index: number) {
    const update = which === 'replace' ? setReplace : setAddAsGuests;
    update((current) => {
      const next = new Set(current);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
  }

  async function apply() {
    const outcome: ApplyOutcome = await applyAttendance(
      rows,
      { replace, addAsGuests },
      { markAttendance, updateAttendance, addGuest },
    );
    setReport(null);
    setMessage({
      text: [
        `Attendance recorded for ${outcome.recorded} ${outcome.recorded === 1 ? 'person' : 'people'}`,
        outcome.added ? `, ${outcome.added} added as in attendance` : '',
        outcome.keptByHand ? `; ${outcome.keptByHand} kept as you had set them` : '',
        '. Check it on the Attendance tab.',
      ].join(''),
      error: false,
    });
  }

  const matched = rows.filter((row) => row.kind !== 'new-guest').length;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Attendance report</h2>
      <p className="panel__hint">
        In Teams, open the meeting, choose Attendance and download the report (.csv). Minute Book
        matches each participant to the register by e-mail, then by name, and shows you the result
        before anything is recorded.
      </p>
      <button type="button" className="button" onClick={() => void importReport()}>
        Import attendance report
      </button>
      {message && (
        <p
          className={`notice ${message.error ? 'notice--error' : 'notice--info'}`}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {imported && (
        <div className="teams-preview">
          <p role="status">
            {imported.fileName}: {rows.length} participants, {matched} matched,{' '}
            {rows.length - matched} not matched. Nothing is recorded until you apply it.
          </p>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Participants in the attendance report</caption>
              <thead>
                <tr>
                  <th scope="col">In Teams</th>
                  <th scope="col">Matched to</th>
                  <th scope="col">In the meeting</th>
                  <th scope="col">To record</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={`${row.plan.match.participant.name}-${index}`}>
                    <th scope="row" className="teams-preview__name">
                      {row.plan.match.participant.name}
                    </th>
                    <td>{matchText(row)}</td>
                    <td>
                      {timesText(row.plan)}
                      {row.plan.joins > 1 && `, joined ${row.plan.joins} times`}
                    </td>
                    <td>
                      <Choice
                        row={row}
                        index={index}
                        replace={replace}
                        addAsGuests={addAsGuests}
                        toggle={toggle}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="inline-inputs">
            <button type="button" className="button" onClick={() => void apply()}>
              Apply attendance
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setReport(null)}
            >
              Discard report
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
