import { ATTENDANCE_MARK_WORDS, type BoardAttendanceRecord } from '../../shared/model';

/**
 * A spreadsheet can run a cell that starts with one of these as a formula: a member called
 * "=HYPERLINK(…)" must stay text, so such cells are opened with an apostrophe (OWASP's advice).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function line(values: readonly string[]): string {
  return values.map(cell).join(',');
}

/**
 * The attendance record as CSV (RFC 4180, CRLF line ends, with a byte-order mark so Excel reads
 * the UTF-8 names right): one row per member, a column per meeting held, then the totals; guests
 * follow, marked "In attendance" at the meetings they came to.
 */
export function attendanceRecordCsv(record: BoardAttendanceRecord): string {
  const header = [
    'Member',
    'Role',
    'Organisation',
    ...record.meetings.map((meeting) => meeting.date),
    'Attended',
    'Meetings while in office',
    'Share (%)',
    'Apologies',
    'Absent',
    'Arrived late',
    'Left early',
    'Not recorded',
  ];
  const members = record.rows.map((row) =>
    line([
      row.name,
      row.role,
      row.organisation,
      ...row.marks.map((mark) => ATTENDANCE_MARK_WORDS[mark]),
      String(row.totals.attended),
      String(row.totals.eligible),
      row.percentage === null ? '' : String(row.percentage),
      String(row.totals.apologies),
      String(row.totals.absent),
      String(row.totals.late),
      String(row.totals.leftEarly),
      String(row.totals.notRecorded),
    ]),
  );
  const guests = record.guests.map((guest) =>
    line([
      guest.name,
      guest.role ? `Guest (${guest.role})` : 'Guest',
      guest.organisation,
      ...record.meetings.map((meeting) =>
        guest.dates.includes(meeting.date) ? 'In attendance' : '',
      ),
      String(guest.dates.length),
    ]),
  );
  return `\uFEFF${[line(header), ...members, ...guests].join('\r\n')}\r\n`;
}
