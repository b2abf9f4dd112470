import { parseArgs } from 'node:util';
import {
  ATTENDANCE_MARKS,
  ATTENDANCE_MARK_SYMBOLS,
  ATTENDANCE_MARK_WORDS,
  attendedInWords,
  buildAttendanceRecord,
  formatLongDate,
  isIsoDate,
  todayIso,
  type AttendanceRecord,
  type BoardAttendanceRecord,
} from '@shared/model';
import { attendanceRecordCsv } from '../../export/attendance-csv';
import type { CliCommand, CliIo } from '../command';
import { columns, findBoard, readTables } from './board-records-support';
import { errorMessage } from '@shared/error-message';

const USAGE =
  'attendance <backup.minutebook> --board <name> [--from <YYYY-MM-DD>] [--to <YYYY-MM-DD>] [--csv | --json]';

const EXIT = { printed: 0, problem: 2 } as const;

const OPTIONS = {
  board: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  csv: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

function usageError(io: CliIo, message: string): number {
  io.stderr(`${message}\n\nUsage: npm run cli -- ${USAGE}\n`);
  return EXIT.problem;
}

/**
 * Meeting by meeting, as the app and the Word export show it. A terminal has no room for a date
 * over each column, so the columns are numbered and the meetings listed under the key.
 */
function printMatrix(io: CliIo, record: BoardAttendanceRecord): void {
  const numbers = record.meetings.map((_, index) => String(index + 1));
  io.stdout('\nMeeting by meeting:\n');
  io.stdout(
    `${columns([
      ['Member', ...numbers],
      ...record.rows.map((row) => [
        row.name,
        ...row.marks.map((mark) => ATTENDANCE_MARK_SYMBOLS[mark]),
      ]),
    ])}\n`,
  );
  const used = new Set(record.rows.flatMap((row) => row.marks));
  const key = ATTENDANCE_MARKS.filter((mark) => used.has(mark)).map(
    (mark) => `${ATTENDANCE_MARK_SYMBOLS[mark]} ${ATTENDANCE_MARK_WORDS[mark].toLowerCase()}`,
  );
  io.stdout(`Key: ${key.join('; ')}.\n`);
  io.stdout(
    `Meetings: ${record.meetings
      .map((meeting, index) => `${index + 1} ${formatLongDate(meeting.date)}`)
      .join(', ')}.\n`,
  );
}

function printText(io: CliIo, record: BoardAttendanceRecord): void {
  const held = record.meetings.length;
  io.stdout(
    `${record.board}: attendance from ${formatLongDate(record.from)} to ${formatLongDate(record.to)}\n`,
  );
  io.stdout(`${held} ${held === 1 ? 'meeting' : 'meetings'} held`);
  if (record.cancelled.length > 0)
    io.stdout(
      `; not held: ${record.cancelled.map((meeting) => formatLongDate(meeting.date)).join(', ')}`,
    );
  io.stdout('.\n\n');
  if (record.rows.length === 0) {
    io.stdout('No member was in office in this period.\n');
  } else {
    io.stdout(
      `${columns([
        ['Member', 'Role', 'Attended', 'Share', 'Apologies', 'Absent', 'Late', 'Left early'],
        ...record.rows.map((row) => [
          row.name,
          row.role,
          attendedInWords(row.totals),
          row.percentage === null ? '—' : `${row.percentage}%`,
          String(row.totals.apologies),
          String(row.totals.absent),
          String(row.totals.late),
          String(row.totals.leftEarly),
        ]),
      ])}\n`,
    );
  }
  if (record.rows.length > 0 && held > 0) printMatrix(io, record);
  if (record.guests.length > 0) {
    io.stdout('\nIn attendance (guests):\n');
    for (const guest of record.guests) {
      const who = [guest.name, guest.organisation].filter(Boolean).join(' – ');
      io.stdout(`  ${who}: ${guest.dates.map(formatLongDate).join(', ')}\n`);
    }
  }
}

async function run(args: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return usageError(io, errorMessage(error));
  }
  const { values } = parsed;
  const [file] = parsed.positionals;
  if (file === undefined || parsed.positionals.length > 1)
    return usageError(io, 'Give one backup file.');
  if (values.board === undefined) return usageError(io, 'Say which board with --board <name>.');
  if (values.csv && values.json) return usageError(io, 'Choose --csv or --json, not both.');
  for (const bound of ['from', 'to'] as const) {
    const value = values[bound];
    if (value !== undefined && !isIsoDate(value))
      return usageError(io, `--${bound} takes a date as YYYY-MM-DD, not “${value}”.`);
  }

  const tables = await readTables(io, file);
  if (tables === null) return EXIT.problem;
  const board = findBoard(tables, values.board);
  if (typeof board === 'string') return usageError(io, board);
  const meetings = tables.meetings.filter((meeting) => meeting.boardId === board.id);
  const dates = meetings.map((meeting) => meeting.date).sort();
  // Without dates, the whole of the board's meetings.
  const from = values.from ?? dates[0] ?? todayIso();
  const to = values.to ?? dates[dates.length - 1] ?? todayIso();
  if (from > to) return usageError(io, `The period ends (${to}) before it starts (${from}).`);
  const ids = new Set(meetings.map((meeting) => meeting.id));
  const attendanceByMeeting = new Map<string, AttendanceRecord[]>();
  for (const record of tables.attendance) {
    if (!ids.has(record.meetingId)) continue;
    attendanceByMeeting.set(record.meetingId, [
      ...(attendanceByMeeting.get(record.meetingId) ?? []),
      record,
    ]);
  }
  const record = buildAttendanceRecord({
    boardName: board.name,
    from,
    to,
    today: todayIso(),
    members: tables.members.filter((member) => member.boardId === board.id),
    meetings,
    attendanceByMeeting,
  });
  if (values.json) io.stdout(`${JSON.stringify(record, null, 2)}\n`);
  // The byte-order mark is for spreadsheets opening a file; a pipe has no use for it.
  else if (values.csv) io.stdout(attendanceRecordCsv(record).replace(/^\uFEFF/, ''));
  else printText(io, record);
  return EXIT.printed;
}

export const attendanceCommand: CliCommand = {
  name: 'attendance',
  summary:
    'The attendance record of a board in a backup: each member against each meeting held, with totals.',
  usage: USAGE,
  run,
};
