import { z } from 'zod';
import { isoDateSchema, type IsoDate } from './dates';
import type { AttendanceRecord, Meeting } from './meeting';
import { compareMembersForRegister, formalName, type Member } from './member';
import { personKey } from './person-match';

/**
 * The board's attendance record over a period: each member against each meeting held, with their
 * totals and the share of the meetings held while they were in office, as NHS annual reports give
 * it ("attended 9 of 10 meetings"). Pure arithmetic over stored records, so the app, the command
 * line and the Word and CSV exports all count the same way.
 */

/** What one member's cell of the matrix says about one meeting. */
export const ATTENDANCE_MARKS = [
  'present',
  'late',
  'left-early',
  'late-and-left-early',
  'apologies',
  'absent',
  'not-recorded',
  'not-in-office',
] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

/** Marks that count as having attended: arriving late or leaving early is still attending. */
const ATTENDED: ReadonlySet<AttendanceMark> = new Set([
  'present',
  'late',
  'left-early',
  'late-and-left-early',
]);

export function attended(mark: AttendanceMark): boolean {
  return ATTENDED.has(mark);
}

export const ATTENDANCE_MARK_WORDS: Record<AttendanceMark, string> = {
  present: 'Present',
  late: 'Present, arrived late',
  'left-early': 'Present, left early',
  'late-and-left-early': 'Present, arrived late and left early',
  apologies: 'Apologies',
  absent: 'Absent',
  'not-recorded': 'Not recorded',
  'not-in-office': 'Not in office',
};

/** One letter per mark, for the matrix where a column is a meeting: the key explains them. */
export const ATTENDANCE_MARK_SYMBOLS: Record<AttendanceMark, string> = {
  present: '✓',
  late: 'L',
  'left-early': 'E',
  'late-and-left-early': 'LE',
  apologies: 'A',
  absent: 'X',
  'not-recorded': '?',
  'not-in-office': '–',
};

/** Whether a meeting on the calendar took place, by what was recorded of it. */
export type MeetingHeld = 'held' | 'cancelled' | 'upcoming';

/**
 * A meeting was held once it started or was minuted (any status past "planned"), or anyone was
 * marked present. A planned meeting whose day has passed with nothing recorded did not take
 * place: it was cancelled, and counts against no one. One still to come is not in the record yet.
 */
export function meetingHeld(
  meeting: Pick<Meeting, 'status' | 'date'>,
  attendance: readonly Pick<AttendanceRecord, 'status'>[],
  today: IsoDate,
): MeetingHeld {
  if (meeting.status !== 'planned') return 'held';
  if (attendance.some((record) => record.status === 'present')) return 'held';
  return meeting.date < today ? 'cancelled' : 'upcoming';
}

export const termSchema = z.object({
  start: isoDateSchema,
  end: z.union([isoDateSchema, z.literal('')]),
});
export type Term = z.infer<typeof termSchema>;

const totalsSchema = z.object({
  /** Meetings held in the period while the member was in office. */
  eligible: z.number().int().nonnegative(),
  /** Of those, attended (including late arrival and early departure). */
  attended: z.number().int().nonnegative(),
  late: z.number().int().nonnegative(),
  leftEarly: z.number().int().nonnegative(),
  apologies: z.number().int().nonnegative(),
  absent: z.number().int().nonnegative(),
  notRecorded: z.number().int().nonnegative(),
});
export type AttendanceTotals = z.infer<typeof totalsSchema>;

export const attendanceRowSchema = z.object({
  /** The person, across re-appointments: the register keeps one entry per term. */
  key: z.string(),
  name: z.string(),
  role: z.string(),
  organisation: z.string(),
  memberIds: z.array(z.string()),
  terms: z.array(termSchema),
  /** One per meeting of the record, in its order. */
  marks: z.array(z.enum(ATTENDANCE_MARKS)),
  totals: totalsSchema,
  /** Whole per cent of the meetings held while in office; null when there were none. */
  percentage: z.number().int().min(0).max(100).nullable(),
});
export type AttendanceRow = z.infer<typeof attendanceRowSchema>;

export const recordMeetingSchema = z.object({
  id: z.string(),
  date: isoDateSchema,
  title: z.string(),
});
export type RecordMeeting = z.infer<typeof recordMeetingSchema>;

export const guestRowSchema = z.object({
  name: z.string(),
  organisation: z.string(),
  role: z.string(),
  /** The dates of the meetings they attended, oldest first. */
  dates: z.array(isoDateSchema),
});
export type GuestRow = z.infer<typeof guestRowSchema>;

/** The whole record: what the screen shows and what crosses to main to be exported. */
export const boardAttendanceRecordSchema = z.object({
  board: z.string().max(500),
  from: isoDateSchema,
  to: isoDateSchema,
  /** The meetings held in the period, oldest first: the columns. */
  meetings: z.array(recordMeetingSchema).max(1000),
  /** Meetings on the calendar in the period that did not take place. */
  cancelled: z.array(recordMeetingSchema).max(1000),
  rows: z.array(attendanceRowSchema).max(2000),
  guests: z.array(guestRowSchema).max(5000),
});
export type BoardAttendanceRecord = z.infer<typeof boardAttendanceRecordSchema>;

export interface AttendanceRecordInput {
  boardName: string;
  from: IsoDate;
  to: IsoDate;
  /** The day it is, which tells a cancelled meeting from one still to come. */
  today: IsoDate;
  members: readonly Member[];
  meetings: readonly Meeting[];
  /** Each meeting's attendance, by meeting id. */
  attendanceByMeeting: ReadonlyMap<string, readonly AttendanceRecord[]>;
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .trim()
    .toLocaleLowerCase('en-GB')
    .replace(/\s+/g, ' ');

function inTerm(term: Term, date: IsoDate): boolean {
  return date >= term.start && (term.end === '' || date <= term.end);
}

function markFor(record: AttendanceRecord | undefined): AttendanceMark {
  if (record === undefined) return 'not-recorded';
  switch (record.status) {
    case 'present':
    case 'in-attendance': {
      const late = record.arrivedDuringItemId !== '';
      const early = record.leftAfterItemId !== '';
      if (late && early) return 'late-and-left-early';
      if (late) return 'late';
      return early ? 'left-early' : 'present';
    }
    case 'apologies':
      return 'apologies';
    case 'absent':
      return 'absent';
    default:
      return 'not-recorded';
  }
}

export function totalsOf(marks: readonly AttendanceMark[]): AttendanceTotals {
  const totals: AttendanceTotals = {
    eligible: 0,
    attended: 0,
    late: 0,
    leftEarly: 0,
    apologies: 0,
    absent: 0,
    notRecorded: 0,
  };
  for (const mark of marks) {
    if (mark === 'not-in-office') continue;
    totals.eligible += 1;
    if (attended(mark)) totals.attended += 1;
    if (mark === 'late' || mark === 'late-and-left-early') totals.late += 1;
    if (mark === 'left-early' || mark === 'late-and-left-early') totals.leftEarly += 1;
    if (mark === 'apologies') totals.apologies += 1;
    if (mark === 'absent') totals.absent += 1;
    if (mark === 'not-recorded') totals.notRecorded += 1;
  }
  return totals;
}

/** Rounded to the nearest whole per cent; 2 of 3 is 67%. */
export function percentageOf(
  totals: Pick<AttendanceTotals, 'attended' | 'eligible'>,
): number | null {
  return totals.eligible === 0 ? null : Math.round((100 * totals.attended) / totals.eligible);
}

/** "9 of 10 meetings", "1 of 1 meeting", "no meetings while in office". */
export function attendedInWords(totals: Pick<AttendanceTotals, 'attended' | 'eligible'>): string {
  if (totals.eligible === 0) return 'no meetings while in office';
  return `${totals.attended} of ${totals.eligible} ${totals.eligible === 1 ? 'meeting' : 'meetings'}`;
}

function guestRows(
  held: readonly Meeting[],
  attendanceByMeeting: AttendanceRecordInput['attendanceByMeeting'],
): GuestRow[] {
  const guests = new Map<string, GuestRow>();
  for (const meeting of held) {
    for (const record of attendanceByMeeting.get(meeting.id) ?? []) {
      if (record.memberId !== '' || record.guestName.trim() === '') continue;
      const key = `${fold(record.guestName)}\u0000${fold(record.guestOrganisation)}`;
      const row = guests.get(key) ?? {
        name: record.guestName.trim(),
        organisation: record.guestOrganisation.trim(),
        role: record.guestRole.trim(),
        dates: [],
      };
      if (!row.dates.includes(meeting.date)) row.dates.push(meeting.date);
      guests.set(key, row);
    }
  }
  return [...guests.values()].sort((a, b) =>
    a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' }),
  );
}

/**
 * The attendance record of a board from `from` to `to` inclusive. Each person appears once, with
 * all their terms: a meeting outside every term is "not in office" and counts neither for nor
 * against them. Members whose terms miss the period entirely are left out; so are cancelled and
 * future meetings, which are listed apart.
 */
export function buildAttendanceRecord(input: AttendanceRecordInput): BoardAttendanceRecord {
  const inPeriod = input.meetings
    .filter((meeting) => meeting.date >= input.from && meeting.date <= input.to)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  const held: Meeting[] = [];
  const cancelled: Meeting[] = [];
  for (const meeting of inPeriod) {
    const state = meetingHeld(
      meeting,
      input.attendanceByMeeting.get(meeting.id) ?? [],
      input.today,
    );
    if (state === 'held') held.push(meeting);
    else if (state === 'cancelled') cancelled.push(meeting);
  }

  const people = new Map<string, Member[]>();
  for (const member of input.members) {
    // A re-appointment is a new register entry of the same name: one person, several terms.
    const key = personKey(member.fullName);
    if (key === '') continue;
    people.set(key, [...(people.get(key) ?? []), member]);
  }

  const rows: AttendanceRow[] = [];
  for (const [key, entries] of people) {
    const byStart = [...entries].sort((a, b) => a.termStart.localeCompare(b.termStart));
    const terms = byStart.map((entry) => ({ start: entry.termStart, end: entry.termEnd }));
    const overlapsPeriod = terms.some(
      (term) => term.start <= input.to && (term.end === '' || term.end >= input.from),
    );
    if (!overlapsPeriod) continue;
    const ids = new Set(byStart.map((entry) => entry.id));
    const marks = held.map((meeting): AttendanceMark => {
      const records = input.attendanceByMeeting.get(meeting.id) ?? [];
      const record = records.find((each) => ids.has(each.memberId));
      const inOffice = terms.some((term) => inTerm(term, meeting.date));
      // Attendance recorded for someone outside their term (a term entered late) still counts as
      // what happened; only an empty cell outside the term is "not in office".
      if (!inOffice && (record === undefined || record.status === 'unmarked'))
        return 'not-in-office';
      return markFor(record);
    });
    const totals = totalsOf(marks);
    const latest = byStart[byStart.length - 1] ?? entries[0];
    if (latest === undefined) continue;
    rows.push({
      key,
      name: formalName(latest),
      role: latest.role,
      organisation: latest.organisation,
      memberIds: byStart.map((entry) => entry.id),
      terms,
      marks,
      totals,
      percentage: percentageOf(totals),
    });
  }
  const latestEntry = (row: AttendanceRow) =>
    input.members.find((member) => member.id === row.memberIds[row.memberIds.length - 1]);
  rows.sort((a, b) => {
    const left = latestEntry(a);
    const right = latestEntry(b);
    return left && right ? compareMembersForRegister(left, right) : a.name.localeCompare(b.name);
  });

  const column = (meeting: Meeting): RecordMeeting => ({
    id: meeting.id,
    date: meeting.date,
    title: meeting.title,
  });
  return {
    board: input.boardName,
    from: input.from,
    to: input.to,
    meetings: held.map(column),
    cancelled: cancelled.map(column),
    rows,
    guests: guestRows(held, input.attendanceByMeeting),
  };
}

/** One person's record, e.g. for their own page: the row whose entries include `memberId`. */
export function rowOfMember(
  record: BoardAttendanceRecord,
  memberId: string,
): AttendanceRow | undefined {
  return record.rows.find((row) => row.memberIds.includes(memberId));
}

/** A member's attendance over one of their terms, as read from the record's row. */
export interface TermAttendance {
  term: Term;
  totals: AttendanceTotals;
  percentage: number | null;
}

/**
 * Each of the row's terms with its own totals: a re-appointed member's page gives each term apart,
 * as the terms of reference make a term the natural measure. Only the record's meetings count, so
 * a term reaching past the record's period is counted up to its end.
 */
export function attendanceByTerm(
  record: BoardAttendanceRecord,
  row: AttendanceRow,
): TermAttendance[] {
  return row.terms.map((term) => {
    const marks = record.meetings.flatMap((meeting, index) => {
      const mark = row.marks[index];
      return mark !== undefined && inTerm(term, meeting.date) ? [mark] : [];
    });
    const totals = totalsOf(marks);
    return { term, totals, percentage: percentageOf(totals) };
  });
}
