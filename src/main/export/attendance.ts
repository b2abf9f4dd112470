import type { Paragraph } from 'docx';
import type { Attendee, AttendanceStatus, MeetingFile } from '../../shared/model';
import type { Block } from './notes';
import { bullet } from './paragraphs';
import { attendeeRuns } from './people';

export function attendeesWith(meeting: MeetingFile, status: AttendanceStatus): Attendee[] {
  return meeting.attendance.filter((attendee) => attendee.status === status);
}

export function attendeeBullets(attendees: readonly Attendee[]): Paragraph[] {
  return attendees.map((attendee) => bullet(attendeeRuns(attendee)));
}

/** A heading and one bulleted line per person; nothing at all when nobody is in the group. */
export function attendanceList(heading: Paragraph, attendees: readonly Attendee[]): Block[] {
  return attendees.length === 0 ? [] : [heading, ...attendeeBullets(attendees)];
}
