import {
  ATTENDANCE_MARK_SYMBOLS,
  ATTENDANCE_MARK_WORDS,
  ATTENDANCE_MARKS,
  formatLongDate,
  type BoardAttendanceRecord,
} from '@shared/model';

const DAY_MONTH = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

function dayAndMonth(date: string): string {
  return DAY_MONTH.format(new Date(`${date}T00:00:00Z`));
}

/** Members down the side and a narrow column per meeting, with a key; it scrolls sideways when a long period needs it. */
export function AttendanceMatrix({ record }: { record: BoardAttendanceRecord }) {
  const used = new Set(record.rows.flatMap((row) => row.marks));
  return (
    <>
      <div
        className="table-wrap records-matrix"
        role="region"
        tabIndex={0}
        aria-label="Meeting by meeting"
      >
        <table>
          <caption className="visually-hidden">
            Each member’s attendance at each meeting held.
          </caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              {record.meetings.map((meeting) => (
                <th key={meeting.id} scope="col" className="records-matrix__meeting">
                  <abbr title={formatLongDate(meeting.date)}>{dayAndMonth(meeting.date)}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {record.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.name}</th>
                {row.marks.map((mark, index) => (
                  <td
                    key={record.meetings[index]?.id ?? index}
                    className={`records-matrix__mark records-matrix__mark--${mark}`}
                    title={ATTENDANCE_MARK_WORDS[mark]}
                  >
                    <span aria-hidden="true">{ATTENDANCE_MARK_SYMBOLS[mark]}</span>
                    <span className="visually-hidden">{ATTENDANCE_MARK_WORDS[mark]}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="panel__hint">
        Key:{' '}
        {ATTENDANCE_MARKS.filter((mark) => used.has(mark))
          .map(
            (mark) =>
              `${ATTENDANCE_MARK_SYMBOLS[mark]} ${ATTENDANCE_MARK_WORDS[mark].toLowerCase()}`,
          )
          .join('; ')}
        .
      </p>
    </>
  );
}
