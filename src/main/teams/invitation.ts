import { createHash } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod } from 'ical-generator';
import type { MeetingFile } from '../../shared/model';

/** Board meetings are held on UK time; the invitation says so, and calendars abroad convert it. */
export const MEETING_TIME_ZONE = 'Europe/London';

/** A wall-clock time in London on the meeting's day; ical-generator writes it with TZID=Europe/London. */
function londonTime(date: string, time: string): TZDate {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return new TZDate(
    year ?? 1970,
    (month ?? 1) - 1,
    day ?? 1,
    hour ?? 0,
    minute ?? 0,
    MEETING_TIME_ZONE,
  );
}

/** A meeting with no end time on its agenda is booked for this long. */
export const DEFAULT_LENGTH_MINUTES = 120;

export interface Invitee {
  name: string;
  email: string;
  /** Guests are invited as optional. */
  optional: boolean;
}

export interface InvitationOptions {
  uid: string;
  sequence: number;
  /** Who sends it (the secretary); without one the file is published rather than sent as a request. */
  organiser: { name: string; email: string } | null;
  invitees: readonly Invitee[];
  /** When the invitation was made (DTSTAMP); tests pass a fixed one. */
  stamp: Date;
}

const TEAMS_LINK = /https:\/\/teams\.(?:microsoft|live)\.com\/\S+/i;

/** The Teams join link in the meeting's location, if the secretary pasted one there. */
export function teamsLink(location: string): string {
  return TEAMS_LINK.exec(location)?.[0] ?? '';
}

/** The agenda as the invitation's description: plain text, one numbered line per item. */
export function agendaText(meeting: MeetingFile): string {
  const lines = [`${meeting.board}: ${meeting.title}`, '', 'Agenda'];
  for (const item of meeting.items) {
    const presenter = item.presenter.trim() ? ` (${item.presenter.trim()})` : '';
    lines.push(`${item.number}. ${item.title}${presenter}`);
  }
  const link = teamsLink(meeting.location);
  if (link) lines.push('', `Join on Microsoft Teams: ${link}`);
  return lines.join('\n');
}

/** The meeting file's people with an e-mail: the Secretary sends, everyone else is invited. */
export function peopleToInvite(
  meeting: MeetingFile,
): Pick<InvitationOptions, 'organiser' | 'invitees'> {
  const secretary = meeting.attendance.find(
    (person) => /secretary/i.test(person.role) && person.email,
  );
  return {
    organiser: secretary?.email ? { name: secretary.name, email: secretary.email } : null,
    invitees: meeting.attendance.flatMap((person) =>
      person.email && person !== secretary
        ? [{ name: person.name, email: person.email, optional: person.status === 'in-attendance' }]
        : [],
    ),
  };
}

/** Minutes after HH:MM, as HH:MM on the same day (capped at 23:59). */
function later(time: string, minutes: number): string {
  const [hour, minute] = time.split(':').map(Number);
  const total = Math.min(23 * 60 + 59, (hour ?? 0) * 60 + (minute ?? 0) + minutes);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * The meeting's calendar invitation (RFC 5545) in Europe/London time with its VTIMEZONE, so Outlook
 * and Teams place it right on both sides of the clock change. Everyone with an e-mail address is
 * invited; guests as optional.
 */
export function buildInvitation(meeting: MeetingFile, options: InvitationOptions): string {
  const startTime = meeting.startTime || '09:00';
  const endTime =
    meeting.endTime && meeting.endTime > startTime
      ? meeting.endTime
      : later(startTime, DEFAULT_LENGTH_MINUTES);
  const { organiser } = options;
  const calendar = ical({
    prodId: { company: 'Minute Book', product: 'Minute Book', language: 'EN' },
    method: organiser ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.PUBLISH,
  });
  // No calendar-wide zone: DTSTAMP must stay in UTC; the event's zone still brings its VTIMEZONE.
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  const link = teamsLink(meeting.location);
  calendar.createEvent({
    id: options.uid,
    sequence: options.sequence,
    stamp: options.stamp,
    start: londonTime(meeting.date, startTime),
    end: londonTime(meeting.date, endTime),
    timezone: MEETING_TIME_ZONE,
    summary: `${meeting.board}: ${meeting.title}`,
    description: agendaText(meeting),
    location: link ? 'Microsoft Teams Meeting' : meeting.location.trim() || null,
    url: link || null,
    organizer: organiser,
    attendees: options.invitees
      .filter((person) => person.email !== organiser?.email)
      .map((person) => ({
        name: person.name,
        email: person.email,
        rsvp: true,
        status: ICalAttendeeStatus.NEEDSACTION,
        role: person.optional ? ICalAttendeeRole.OPT : ICalAttendeeRole.REQ,
      })),
  });
  return calendar.toString();
}

/**
 * What the invitation says, reduced to a digest: when it differs from the one last sent, the
 * meeting has changed and the next invitation is an update (SEQUENCE one higher).
 */
export function invitationFingerprint(meeting: MeetingFile, invitees: readonly Invitee[]): string {
  const said = {
    title: meeting.title,
    board: meeting.board,
    date: meeting.date,
    start: meeting.startTime,
    end: meeting.endTime,
    location: meeting.location,
    agenda: agendaText(meeting),
    invited: invitees.map((person) => person.email).sort(),
  };
  return createHash('sha256').update(JSON.stringify(said)).digest('hex');
}

/** A UID for a meeting file that carries none: the same board, date and title give the same one. */
export function fileInvitationUid(meeting: MeetingFile): string {
  const digest = createHash('sha256')
    .update(`${meeting.board}\n${meeting.date}\n${meeting.title}`)
    .digest('hex')
    .slice(0, 32);
  return `${digest}@minute-book`;
}
