import type { Attendee, MeetingFile } from '../model/meeting-file';
import type { AttendanceReport } from './attendance-report';
import { planAttendance, type PlannedAttendance } from './attendance-plan';
import { matchParticipants, type ExpectedPerson } from './match-participants';
import { displayName } from './names';

export interface FileAttendanceResult {
  meeting: MeetingFile;
  /** Participants matched to someone in the file, with how. */
  matched: PlannedAttendance[];
  /** Participants nobody in the file matched: added as in attendance. */
  added: PlannedAttendance[];
  /** People who sent apologies yet joined: left as they were unless overwriting was asked for. */
  kept: PlannedAttendance[];
  /** Set when the report is of another day than the meeting. */
  warning: string;
}

/** "joined at 14:21; left at 15:04", for the minutes' bracketed note after a name. */
export function timesNote(plan: PlannedAttendance): string {
  return [
    plan.late && `joined at ${plan.joined}`,
    plan.leftEarly && plan.left && `left at ${plan.left}`,
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * The meeting file with the report's attendance in it: matched people keep their one entry and gain
 * `joined`/`left` (and a note when late or early); people nobody matched are added as in
 * attendance. Someone recorded as sending apologies is changed only with `overwrite`.
 */
export function applyReportToMeetingFile(
  meeting: MeetingFile,
  report: AttendanceReport,
  options: { overwrite: boolean },
): FileAttendanceResult {
  const people: ExpectedPerson[] = meeting.attendance.map((person, index) => ({
    key: String(index),
    name: person.name,
    email: person.email ?? '',
    kind: person.status === 'in-attendance' ? 'guest' : 'member',
  }));
  const plans = planAttendance(matchParticipants(report.participants, people), meeting, report);
  const attendance: Attendee[] = [...meeting.attendance];
  const result: Omit<FileAttendanceResult, 'meeting'> = {
    matched: [],
    added: [],
    kept: [],
    warning:
      report.start && report.start.date !== meeting.date
        ? `The report is of a meeting on ${report.start.date}, not ${meeting.date}.`
        : '',
  };
  for (const plan of plans) {
    const key = plan.match.person?.key;
    const times = { joined: plan.joined, ...(plan.left ? { left: plan.left } : {}) };
    if (key === undefined) {
      result.added.push(plan);
      attendance.push({
        name: displayName(plan.match.participant.name),
        title: '',
        postNominals: '',
        organisation: '',
        status: 'in-attendance',
        role: '',
        chair: false,
        note: '',
        items: [],
        ...(plan.match.participant.email ? { email: plan.match.participant.email } : {}),
        ...times,
      });
      continue;
    }
    const index = Number(key);
    const person = attendance[index];
    if (!person) continue;
    if (person.status === 'apologies' && !options.overwrite) {
      result.kept.push(plan);
      continue;
    }
    result.matched.push(plan);
    const note = timesNote(plan);
    attendance[index] = {
      ...person,
      status: person.status === 'in-attendance' ? 'in-attendance' : 'present',
      note: person.note && !options.overwrite ? person.note : note,
      ...times,
    };
  }
  return { meeting: { ...meeting, attendance }, ...result };
}
