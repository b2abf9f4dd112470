import { findDate } from './british-date';
import { formatLongDate } from './dates';
import type { MeetingFile } from './meeting-file';
import type { ApprovalRecord, AuditEntry } from './sign-off';

/**
 * Minutes from the past are the board's record once a later meeting approved them: "The minutes
 * of the meeting held on 14 March 2024 were approved as an accurate record", under "Minutes of the
 * previous meeting". Reading that in the later meeting tells which earlier meeting it approved.
 * Pure.
 */

const MINUTES_ITEM =
  /\bminutes\b|\bnotes\s+of\s+(?:the\s+)?(?:last|previous)\b|\bprevious\s+meeting\b/i;
const APPROVED =
  /\b(?:approved|agreed|accepted|confirmed|adopted|signed)\b[^.]{0,80}\b(?:true|accurate|correct|fair)\b|\b(?:true|accurate|correct)\s+record\b|\bagreed\s+as\s+(?:accurate|correct)\b|\bwere\s+(?:approved|agreed|accepted|confirmed|adopted)\b/i;

export interface ApprovalOfMinutes {
  /** The date of the meeting whose minutes were approved, when the text gives it. */
  date: string;
}

/** What a meeting's "Minutes of the previous meeting" approved, or null when it approved none. */
export function minutesApprovedIn(
  meeting: Pick<MeetingFile, 'items' | 'date'>,
): ApprovalOfMinutes | null {
  for (const item of meeting.items) {
    const text = [item.notes, ...item.decisions.map((decision) => decision.text)].join('\n');
    if (!MINUTES_ITEM.test(item.title) && !/\bminutes\s+of\s+the\b/i.test(text)) continue;
    if (!APPROVED.test(text)) continue;
    const held = /\bmeeting\s+(?:held\s+)?on\s+(.{1,40})/i.exec(text);
    const date = held ? (findDate(held[1] ?? '')?.date ?? '') : '';
    return { date: date && date < meeting.date ? date : '' };
  }
  return null;
}

/**
 * Which of a board's meetings later meetings approved, by index, each with the index of the meeting
 * that approved it: the meeting of the date a later one names, or, when it names none, the meeting
 * just before it. Linear after sorting, so a folder of ten thousand minutes is read at once.
 */
export function approvalsByLaterMeetings(
  meetings: readonly Pick<MeetingFile, 'items' | 'date'>[],
): Map<number, number> {
  const approvals = new Map<number, number>();
  const order = meetings
    .map((meeting, index) => ({ meeting, index }))
    .sort((a, b) => a.meeting.date.localeCompare(b.meeting.date));
  // The first meeting of each date, as a search from the start would find it.
  const firstOnDate = new Map<string, number>();
  order.forEach(({ meeting, index }) => {
    if (!firstOnDate.has(meeting.date)) firstOnDate.set(meeting.date, index);
  });
  order.forEach(({ meeting, index }, at) => {
    const approval = minutesApprovedIn(meeting);
    if (!approval) return;
    let earlier = approval.date ? firstOnDate.get(approval.date) : undefined;
    if (!approval.date) {
      // The last meeting before this one's date: earlier in the order, skipping its own date.
      let before = at - 1;
      while (before >= 0 && !((order[before]?.meeting.date ?? '') < meeting.date)) before -= 1;
      earlier = before >= 0 ? order[before]?.index : undefined;
    }
    // The first later meeting to approve it is the one that did.
    if (earlier !== undefined && !approvals.has(earlier)) approvals.set(earlier, index);
  });
  return approvals;
}

/** Which of a board's meetings later meetings approved, by index (see approvalsByLaterMeetings). */
export function approvedByLaterMeetings(
  meetings: readonly Pick<MeetingFile, 'items' | 'date'>[],
): Set<number> {
  return new Set(approvalsByLaterMeetings(meetings).keys());
}

/** The later file whose minutes approved a historic record: its meeting's date and its name. */
export interface ApprovedIn {
  /** Which file of the import, to find the meeting saved from it. */
  index: number;
  date: string;
  fileName: string;
}

/**
 * The approval of a historic record and its line in the audit trail, as the sign-off shows them
 * for minutes approved in Minute Book: at which meeting, on which date, and from which file this
 * was learnt. Minutes the user marked approved, with no later file to say when, are "approved at
 * the time". Pure: the caller gives ids.
 */
export function historicApproval(
  saved: { meetingId: string; fileName: string; sha256?: string },
  approvedInFile: Pick<ApprovedIn, 'date' | 'fileName'> | undefined,
  approvingMeetingId: string,
  stamp: string,
): { approval: Omit<ApprovalRecord, 'id'>; audit: Omit<AuditEntry, 'id'> } {
  const source = `imported from ${saved.fileName}${saved.sha256 ? ` (SHA-256 ${saved.sha256})` : ''}`;
  const detail = approvedInFile
    ? `Approved at the meeting of ${formatLongDate(approvedInFile.date)}, as the minutes of that meeting in ${approvedInFile.fileName} record; ${source}`
    : `Approved at the time, as marked when these minutes were ${source}`;
  return {
    approval: {
      meetingId: saved.meetingId,
      approvedOn: approvedInFile?.date ?? '',
      approvingMeetingId,
      amendments: '',
      version: 1,
      recordedAt: stamp,
    },
    audit: {
      meetingId: saved.meetingId,
      at: stamp,
      event: 'approved',
      by: '',
      detail,
      version: 1,
    },
  };
}
