import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildInvitation, invitationFingerprint, peopleToInvite } from '@main/teams/invitation';
import type { MeetingFile } from '@shared/model';
import { plannedMeeting } from '../../support/teams-fixtures';

const STAMP = new Date('2021-07-01T09:30:00Z');

function invitation(meeting: MeetingFile, sequence = 0) {
  const text = buildInvitation(meeting, {
    uid: 'meeting-1@minute-book',
    sequence,
    stamp: STAMP,
    ...peopleToInvite(meeting),
  });
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { text, calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('the calendar invitation', () => {
  it('is an RFC 5545 request with the agenda, the Teams link and everyone invited', () => {
    const { text, calendar, vevent, event } = invitation(plannedMeeting());
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.uid).toBe('meeting-1@minute-book');
    expect(event.sequence).toBe(0);
    expect(event.summary).toBe('NHS Python Community Board: Board Meeting');
    expect(event.description).toContain('3. Community engagement strategy (Mary Amanuel)');
    expect(event.location).toBe('Microsoft Teams Meeting');
    expect(vevent.getFirstPropertyValue('url')).toContain('teams.microsoft.com');
    expect(String(vevent.getFirstPropertyValue('organizer'))).toBe('mailto:haris.shuaib@nhs.net');
    const attendees = event.attendees.map((attendee) => String(attendee.getFirstValue()));
    expect(attendees).toHaveLength(9);
    expect(attendees).toContain('MAILTO:sophie.williams@nhs.net');
    // DTSTAMP is always UTC, as RFC 5545 requires.
    expect(text).toMatch(/^DTSTAMP:20210701T093000Z\r$/m);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London');
  });

  it('says Europe/London, and puts the meeting at the right instant in summer time', () => {
    const { event } = invitation(plannedMeeting());
    expect(event.startDate.zone?.tzid).toBe('Europe/London');
    expect(event.startDate.toString()).toBe('2021-07-27T14:00:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2021-07-27T13:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2021-07-27T14:30:00.000Z');
  });

  it.each([
    ['2026-03-28', '14:00:00.000Z'],
    ['2026-03-29', '13:00:00.000Z'],
    ['2026-10-24', '13:00:00.000Z'],
    ['2026-10-25', '14:00:00.000Z'],
  ])('places a 14:00 meeting on %s, either side of a clock change, at %s UTC', (date, utc) => {
    const { event, text } = invitation({ ...plannedMeeting(), date });
    expect(text).toContain(`DTSTART;TZID=Europe/London:${date.replaceAll('-', '')}T140000`);
    expect(event.startDate.toJSDate().toISOString()).toBe(`${date}T${utc}`);
  });

  it('books two hours when the agenda gives no end, and publishes when no secretary has an e-mail', () => {
    const meeting = plannedMeeting();
    const { calendar, event } = invitation({
      ...meeting,
      endTime: '',
      attendance: meeting.attendance.filter((person) => person.role !== 'Secretary'),
    });
    expect(event.endDate.toString()).toBe('2021-07-27T16:00:00');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  });

  it('changes its fingerprint when what it says changes, so the next one is an update', () => {
    const meeting = plannedMeeting();
    const { invitees } = peopleToInvite(meeting);
    const before = invitationFingerprint(meeting, invitees);
    expect(invitationFingerprint({ ...meeting }, invitees)).toBe(before);
    expect(invitationFingerprint({ ...meeting, startTime: '14:30' }, invitees)).not.toBe(before);
    expect(invitation(meeting, 3).event.sequence).toBe(3);
  });
});
