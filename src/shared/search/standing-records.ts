import {
  attendedInWords,
  buildAttendanceRecord,
  percentageOf,
  rowOfMember,
  type AttendanceTotals,
  type BoardAttendanceRecord,
} from '../model/attendance-record';
import { formatLongDate, type IsoDate } from '../model/dates';
import { INTEREST_CATEGORY_WORDS, type Interest } from '../model/interests';
import type { AttendanceRecord, Meeting } from '../model/meeting';
import type { Member } from '../model/member';
import { nameWithTitle } from '../model/member-names';
import type { SearchRecordInput } from './documents';

/** A board's standing records as stored: its register, its interests, its meetings' attendance. */
export interface StoredBoardRecords {
  boardId: string;
  boardName: string;
  members: readonly Member[];
  interests: readonly Interest[];
  meetings: readonly Meeting[];
  attendanceByMeeting: ReadonlyMap<string, readonly AttendanceRecord[]>;
  /** The day it is: a term still running is counted up to today, and later meetings are not held yet. */
  today: IsoDate;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "Attended 9 of 10 meetings (90%); 1 apology; arrived late once." */
export function attendanceSentence(totals: AttendanceTotals): string {
  // "Attended no meetings" would read as if they had missed them all.
  if (totals.eligible === 0) return 'No meeting was held while in office.';
  const share = percentageOf(totals);
  const parts = [
    `Attended ${attendedInWords(totals)}${share === null ? '' : ` (${share}%)`}`,
    totals.apologies > 0 ? plural(totals.apologies, 'apology', 'apologies') : '',
    totals.absent > 0 ? `absent from ${plural(totals.absent, 'meeting', 'meetings')}` : '',
    totals.late > 0 ? `arrived late at ${plural(totals.late, 'meeting', 'meetings')}` : '',
    totals.leftEarly > 0
      ? `left early from ${plural(totals.leftEarly, 'meeting', 'meetings')}`
      : '',
    totals.notRecorded > 0
      ? `attendance not recorded at ${plural(totals.notRecorded, 'meeting', 'meetings')}`
      : '',
  ].filter((part) => part !== '');
  return `${parts.join('; ')}.`;
}

/** A line that reads as a sentence when a snippet runs the lines together. */
function sentence(text: string): string {
  return text === '' || /[.!?]$/.test(text) ? text : `${text}.`;
}

function interestRecord(interest: Interest, member: Member): SearchRecordInput | null {
  const name = nameWithTitle(member);
  if (name === '') return null;
  const organisation = interest.organisation.trim();
  const category = INTEREST_CATEGORY_WORDS[interest.category];
  const dates =
    `Declared ${formatLongDate(interest.declaredOn)}` +
    (interest.endedOn === '' ? '' : `; ended ${formatLongDate(interest.endedOn)}`);
  return {
    kind: 'interest',
    id: interest.id,
    boardId: interest.boardId,
    memberId: member.id,
    date: interest.declaredOn,
    title: `${name}: ${organisation === '' ? category : organisation}`,
    text: [
      sentence(`${category}: ${interest.description.trim()}`),
      organisation === '' ? '' : sentence(`Organisation: ${organisation}`),
      `${dates}.`,
      interest.publish ? '' : 'Not for publication.',
    ]
      .filter((line) => line !== '')
      .join('\n'),
    person: name,
  };
}

/**
 * The search documents of a board's standing records (the board's name is left out of their
 * text: a result shows it, and in the text it would make every record match the board's name): one per entry in the register of interests,
 * and one per member and term of office with their attendance over it ("attended 9 of 10
 * meetings"), counted as the attendance record counts (attendance-record.ts). A term not yet begun
 * has no attendance to find.
 */
export function standingRecordDocuments(records: StoredBoardRecords): SearchRecordInput[] {
  const members = new Map(records.members.map((member) => [member.id, member]));
  const documents: SearchRecordInput[] = [];
  for (const interest of records.interests) {
    const member = members.get(interest.memberId);
    if (member === undefined || interest.boardId !== records.boardId) continue;
    const found = interestRecord(interest, member);
    if (found !== null) documents.push(found);
  }

  // Members appointed together share a term: its record is built once.
  const byPeriod = new Map<string, BoardAttendanceRecord>();
  for (const member of records.members) {
    if (member.termStart > records.today) continue;
    const name = nameWithTitle(member);
    if (name === '') continue;
    const to =
      member.termEnd === '' || member.termEnd > records.today ? records.today : member.termEnd;
    const period = `${member.termStart}/${to}`;
    let record = byPeriod.get(period);
    if (record === undefined) {
      record = buildAttendanceRecord({
        boardName: records.boardName,
        from: member.termStart,
        to,
        today: records.today,
        members: records.members,
        meetings: records.meetings,
        attendanceByMeeting: records.attendanceByMeeting,
      });
      byPeriod.set(period, record);
    }
    const row = rowOfMember(record, member.id);
    if (row === undefined) continue;
    const term =
      member.termEnd === ''
        ? `from ${formatLongDate(member.termStart)}`
        : `${formatLongDate(member.termStart)} to ${formatLongDate(member.termEnd)}`;
    documents.push({
      kind: 'attendance',
      id: member.id,
      boardId: records.boardId,
      memberId: member.id,
      date: member.termStart,
      title: `${name}: attendance, term ${term}`,
      text: [
        attendanceSentence(row.totals),
        sentence([member.role.trim(), member.organisation.trim()].filter(Boolean).join(', ')),
        `Counted from ${formatLongDate(member.termStart)} to ${formatLongDate(to)}.`,
      ]
        .filter((line) => line !== '')
        .join('\n'),
      person: name,
    });
  }
  return documents;
}
