import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type Document,
} from 'docx';
import {
  ATTENDANCE_MARK_SYMBOLS,
  ATTENDANCE_MARK_WORDS,
  ATTENDANCE_MARKS,
  attendedInWords,
  countOf,
  formatShortDate,
  type AttendanceRow,
  type BoardAttendanceRecord,
} from '../../shared/model';
import type { Block } from './notes';
import { bullet, heading1, heading2, styled } from './paragraphs';
import { buildRecordDocument, contentWidth, type Orientation } from './records-document';
import { STYLE } from './styles';
import { TABLE_STYLE } from './table-styles';
import { listInWords, ordinalDate } from './wording';

/** "1st January 2025 to 31st December 2025" */
export function periodInWords(record: Pick<BoardAttendanceRecord, 'from' | 'to'>): string {
  return `${ordinalDate(record.from)} to ${ordinalDate(record.to)}`;
}

function text(style: string, value: string, centred = false): Paragraph {
  return new Paragraph({
    style,
    alignment: centred ? AlignmentType.CENTER : undefined,
    children: [new TextRun(value)],
  });
}

interface Column {
  heading: string;
  twips: number;
  centred?: boolean;
}

function table(columns: readonly Column[], rows: readonly string[][]): Table {
  const cell = (value: string, column: Column, style: string) =>
    new TableCell({
      width: { size: column.twips, type: WidthType.DXA },
      children: [text(style, value, column.centred)],
    });
  return new Table({
    style: TABLE_STYLE.grid,
    width: { size: columns.reduce((sum, column) => sum + column.twips, 0), type: WidthType.DXA },
    columnWidths: columns.map((column) => column.twips),
    tableLook: { firstRow: true, lastRow: false, firstColumn: false, lastColumn: false },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((column) => cell(column.heading, column, STYLE.tableHeading)),
      }),
      ...rows.map(
        (values) =>
          new TableRow({
            cantSplit: true,
            children: columns.map((column, index) =>
              cell(values[index] ?? '', column, STYLE.tableText),
            ),
          }),
      ),
    ],
  });
}

function percentage(row: AttendanceRow): string {
  return row.percentage === null ? '—' : `${row.percentage}%`;
}

/** The annual report's table: each member, "attended 9 of 10 meetings", and the percentage. */
function summaryTable(record: BoardAttendanceRecord): Table {
  const width = contentWidth('portrait');
  const columns: Column[] = [
    { heading: 'Member', twips: Math.round(width * 0.3) },
    { heading: 'Role', twips: Math.round(width * 0.14) },
    { heading: 'Organisation', twips: Math.round(width * 0.24) },
    { heading: 'Attended', twips: Math.round(width * 0.2) },
    { heading: 'Share', twips: Math.round(width * 0.12), centred: true },
  ];
  return table(
    columns,
    record.rows.map((row) => [
      row.name,
      row.role,
      row.organisation,
      attendedInWords(row.totals),
      percentage(row),
    ]),
  );
}

/**
 * A landscape page has room for a year of monthly meetings beside the names; a longer period is
 * split into tables of this many meetings each, so no column is squeezed off the page.
 */
export const MEETINGS_PER_MATRIX_TABLE = 12;

/**
 * Members down the side, one column per meeting of `meetings` (the record's, from `first`), and,
 * on the last table of the record, each member's totals at the end.
 */
function matrixTable(
  record: BoardAttendanceRecord,
  orientation: Orientation,
  first: number,
  withTotals: boolean,
): Table {
  const meetings = record.meetings.slice(first, first + MEETINGS_PER_MATRIX_TABLE);
  const width = contentWidth(orientation);
  const nameWidth = 2900;
  const totalWidth = withTotals ? 1300 : 0;
  const shareWidth = withTotals ? 900 : 0;
  const perMeeting = Math.max(
    420,
    Math.floor((width - nameWidth - totalWidth - shareWidth) / Math.max(1, meetings.length)),
  );
  const columns: Column[] = [
    { heading: 'Member', twips: nameWidth },
    ...meetings.map((meeting) => ({
      heading: formatShortDate(meeting.date),
      twips: perMeeting,
      centred: true,
    })),
    ...(withTotals
      ? [
          { heading: 'Attended', twips: totalWidth, centred: true },
          { heading: 'Share', twips: shareWidth, centred: true },
        ]
      : []),
  ];
  return table(
    columns,
    record.rows.map((row) => [
      row.name,
      ...row.marks
        .slice(first, first + meetings.length)
        .map((mark) => ATTENDANCE_MARK_SYMBOLS[mark]),
      ...(withTotals ? [`${row.totals.attended} of ${row.totals.eligible}`, percentage(row)] : []),
    ]),
  );
}

/** The matrix, in one table or, for a long period, one table per run of meetings, each dated. */
function matrixTables(record: BoardAttendanceRecord, orientation: Orientation): Block[] {
  const starts: number[] = [];
  for (let first = 0; first < record.meetings.length; first += MEETINGS_PER_MATRIX_TABLE)
    starts.push(first);
  if (starts.length === 1) return [matrixTable(record, orientation, 0, true)];
  return starts.flatMap((first, index) => {
    const last = Math.min(first + MEETINGS_PER_MATRIX_TABLE, record.meetings.length) - 1;
    const from = record.meetings[first]?.date ?? record.from;
    const to = record.meetings[last]?.date ?? record.to;
    return [
      heading2(`Meetings from ${ordinalDate(from)} to ${ordinalDate(to)}`),
      matrixTable(record, orientation, first, index === starts.length - 1),
    ];
  });
}

function key(record: BoardAttendanceRecord): Paragraph {
  const used = new Set(record.rows.flatMap((row) => row.marks));
  const parts = ATTENDANCE_MARKS.filter((mark) => used.has(mark)).map(
    (mark) => `${ATTENDANCE_MARK_SYMBOLS[mark]} ${ATTENDANCE_MARK_WORDS[mark].toLowerCase()}`,
  );
  return styled(STYLE.tableNote, `Key: ${parts.join('; ')}.`);
}

function cancelledNotice(record: BoardAttendanceRecord): Paragraph[] {
  if (record.cancelled.length === 0) return [];
  const dates = listInWords(record.cancelled.map((meeting) => ordinalDate(meeting.date)));
  const one = record.cancelled.length === 1;
  return [
    styled(
      STYLE.notice,
      `The ${one ? 'meeting' : 'meetings'} planned for ${dates} did not take place and ${one ? 'is' : 'are'} not counted.`,
    ),
  ];
}

function guests(record: BoardAttendanceRecord): Block[] {
  if (record.guests.length === 0) return [];
  return [
    heading1('In attendance'),
    styled(STYLE.notice, 'Guests who attended, who are not members of the board.'),
    ...record.guests.map((guest) => {
      const who = [guest.name, guest.organisation].filter(Boolean).join(' – ');
      const role = guest.role ? `, ${guest.role}` : '';
      const dates = listInWords(guest.dates.map(ordinalDate));
      return bullet(`${who}${role}: ${dates}`);
    }),
  ];
}

/**
 * The attendance record as a Word document for the annual report: a portrait page with each
 * member's attendance in words and as a share, then the meeting-by-meeting matrix on landscape
 * pages (a column per meeting needs the width), then the guests.
 */
export function buildAttendanceRecordDocument(record: BoardAttendanceRecord): Document {
  const period = periodInWords(record);
  const held = record.meetings.length;
  const matrixOrientation: Orientation = held > 6 ? 'landscape' : 'portrait';
  const summary: Block[] = [
    styled(STYLE.title, record.board),
    styled(STYLE.subtitle, [
      new TextRun({ text: 'Attendance record', bold: true }),
      new TextRun(` | ${period}`),
    ]),
    styled(
      STYLE.notice,
      `${held} ${held === 1 ? 'meeting was' : 'meetings were'} held in this period. Each member’s share is of the meetings held while they were in office; arriving late or leaving early counts as attending.`,
    ),
    ...cancelledNotice(record),
    heading1('Attendance by member'),
    ...(record.rows.length > 0
      ? [summaryTable(record)]
      : [styled('Normal', 'No member was in office in this period.')]),
  ];
  const matrix: Block[] =
    held > 0 && record.rows.length > 0
      ? [heading1('Meeting by meeting'), ...matrixTables(record, matrixOrientation), key(record)]
      : [];
  const sections =
    matrixOrientation === 'landscape' && matrix.length > 0
      ? [
          { orientation: 'portrait' as const, children: summary },
          { orientation: 'landscape' as const, children: [...matrix, ...guests(record)] },
        ]
      : [
          {
            orientation: 'portrait' as const,
            children: [...summary, ...matrix, ...guests(record)],
          },
        ];
  return buildRecordDocument({
    board: record.board,
    standing: 'Attendance record',
    properties: {
      title: `${record.board}: attendance record, ${period}`,
      subject: `Attendance at meetings of ${record.board}, ${period}`,
      description: `${countOf(held, 'meeting', 'meetings')} held; ${countOf(record.rows.length, 'member', 'members')}.`,
      keywords: [record.board, 'attendance', record.from, record.to].join('; '),
    },
    sections,
  });
}
