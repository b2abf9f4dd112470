import { comparableEmail, comparableName } from './names';
import { reportRows, ReportFormatError } from './report-table';
import { dayFirstIn, readStamp, stampKey, type LocalStamp } from './report-times';

/** One stretch of time a person spent in the meeting. */
export interface ReportSession {
  joined: LocalStamp;
  left: LocalStamp | null;
}

export interface ReportParticipant {
  /** As Teams shows it, "(Guest)" and all. */
  name: string;
  email: string;
  /** Organizer, Presenter, Attendee… as Teams reports it. */
  role: string;
  firstJoin: LocalStamp;
  lastLeave: LocalStamp | null;
  /** Every time they joined, in order: more than one when they dropped out and rejoined. */
  sessions: ReportSession[];
}

export interface AttendanceReport {
  title: string;
  start: LocalStamp | null;
  end: LocalStamp | null;
  participants: ReportParticipant[];
}

type Row = readonly string[];

const norm = (cell: string | undefined) => (cell ?? '').toLowerCase().replace(/[^a-z]/g, '');

/** The column of the first heading that is one of `names`, compared without case or punctuation. */
function column(header: Row, ...names: string[]): number {
  const wanted = names.map(norm);
  return header.findIndex((cell) => wanted.includes(norm(cell)));
}

interface Table {
  header: Row;
  rows: Row[];
}

/** Each run of rows under a heading row that has `required` columns, up to the next blank line. */
function tablesWith(rows: readonly Row[], ...required: string[][]): Table[] {
  const tables: Table[] = [];
  for (let index = 0; index < rows.length; index += 1) {
    const header = rows[index] ?? [];
    if (!required.every((names) => column(header, ...names) >= 0)) continue;
    const body: Row[] = [];
    let next = index + 1;
    for (; next < rows.length; next += 1) {
      const row = rows[next] ?? [];
      if (row.length === 0 || /^\d+\.\s+\S/.test(row[0] ?? '')) break;
      body.push(row);
    }
    tables.push({ header, rows: body });
    index = next;
  }
  return tables;
}

function summaryValue(rows: readonly Row[], ...keys: string[]): string {
  const wanted = keys.map(norm);
  const row = rows.find((each) => each.length >= 2 && wanted.includes(norm(each[0])));
  return row?.[1] ?? '';
}

const NAME = ['Name', 'Full Name', 'Participant'];
const EMAIL = ['Email', 'E-mail', 'Participant ID (UPN)', 'UPN'];
const ROLE = ['Role'];

function personKey(name: string, email: string): string {
  return email ? `e:${comparableEmail(email)}` : `n:${comparableName(name)}`;
}

/** Groups sessions by person: the Participants table where there is one, else the activities. */
function gather(
  found: Map<string, ReportParticipant>,
  name: string,
  email: string,
  role: string,
  session: ReportSession,
): void {
  const key = personKey(name, email);
  const person = found.get(key);
  if (!person) {
    found.set(key, {
      name,
      email,
      role,
      firstJoin: session.joined,
      lastLeave: session.left,
      sessions: [session],
    });
    return;
  }
  person.sessions.push(session);
  if (stampKey(session.joined) < stampKey(person.firstJoin)) person.firstJoin = session.joined;
  if (session.left && (!person.lastLeave || stampKey(session.left) > stampKey(person.lastLeave)))
    person.lastLeave = session.left;
}

/**
 * Reads a Teams attendance report: the current layout ("1. Summary", "2. Participants",
 * "3. In-Meeting Activities") and the older one (one row per "Joined"/"Left" with its timestamp).
 * Throws ReportFormatError, in words a secretary can act on, when the file is neither.
 */
export function parseAttendanceReport(text: string): AttendanceReport {
  const rows = reportRows(text);
  const dayFirst = dayFirstIn(rows.flat());
  const stamp = (cell: string | undefined) => readStamp(cell ?? '', dayFirst);

  const participantsTable = tablesWith(rows, NAME, ['First Join', 'First join time'])[0];
  const activityTables = tablesWith(rows, NAME, ['Join Time', 'Join time'], ['Leave Time']);
  const legacyTable = tablesWith(rows, NAME, ['User Action'], ['Timestamp'])[0];

  const found = new Map<string, ReportParticipant>();
  for (const { header, rows: body } of activityTables) {
    const [name, join, leave, email, role] = [
      column(header, ...NAME),
      column(header, 'Join Time', 'Join time'),
      column(header, 'Leave Time'),
      column(header, ...EMAIL),
      column(header, ...ROLE),
    ];
    for (const row of body) {
      const joined = stamp(row[join]);
      if (!row[name] || !joined) continue;
      gather(found, row[name], row[email] ?? '', row[role] ?? '', {
        joined,
        left: stamp(row[leave]),
      });
    }
  }
  if (participantsTable) {
    const { header, rows: body } = participantsTable;
    const [name, first, last, email, role] = [
      column(header, ...NAME),
      column(header, 'First Join', 'First join time'),
      column(header, 'Last Leave', 'Last leave time'),
      column(header, ...EMAIL),
      column(header, ...ROLE),
    ];
    for (const row of body) {
      const firstJoin = stamp(row[first]);
      if (!row[name] || !firstJoin) continue;
      const key = personKey(row[name], row[email] ?? '');
      const lastLeave = stamp(row[last]);
      const known = found.get(key);
      // The Participants table is the summary Teams itself made: it wins for first and last times.
      found.set(key, {
        name: row[name],
        email: row[email] ?? '',
        role: row[role] ?? known?.role ?? '',
        firstJoin,
        lastLeave,
        sessions: known?.sessions ?? [{ joined: firstJoin, left: lastLeave }],
      });
    }
  }
  if (!participantsTable && activityTables.length === 0 && legacyTable) {
    const { header, rows: body } = legacyTable;
    const [name, action, time] = [
      column(header, ...NAME),
      column(header, 'User Action'),
      column(header, 'Timestamp'),
    ];
    const open = new Map<string, LocalStamp>();
    for (const row of body) {
      const at = stamp(row[time]);
      const who = row[name] ?? '';
      if (!who || !at) continue;
      const key = personKey(who, '');
      if (/join/i.test(row[action] ?? '')) open.set(key, at);
      else if (/left|leave/i.test(row[action] ?? '')) {
        gather(found, who, '', '', { joined: open.get(key) ?? at, left: at });
        open.delete(key);
      }
    }
    for (const [key, joined] of open) {
      const who = body.find((row) => personKey(row[name] ?? '', '') === key)?.[name] ?? '';
      gather(found, who, '', '', { joined, left: null });
    }
  }
  if (found.size === 0)
    throw new ReportFormatError(
      'This is not a Teams attendance report: no list of participants with their joining times was found. In Teams, open the meeting, choose Attendance and download the report (.csv).',
    );

  for (const person of found.values())
    person.sessions.sort((a, b) => stampKey(a.joined).localeCompare(stampKey(b.joined)));
  const participants = [...found.values()].sort((a, b) =>
    stampKey(a.firstJoin).localeCompare(stampKey(b.firstJoin)),
  );
  return {
    title: summaryValue(rows, 'Meeting title', 'Title', 'Meeting Title'),
    start: stamp(summaryValue(rows, 'Start time', 'Meeting start time')),
    end: stamp(summaryValue(rows, 'End time', 'Meeting end time')),
    participants,
  };
}

export { ReportFormatError };
