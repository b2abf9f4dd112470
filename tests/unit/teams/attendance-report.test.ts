import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAttendanceReport } from '@shared/teams/attendance-report';
import { applyReportToMeetingFile } from '@shared/teams/apply-to-meeting-file';
import { decodeReport, ReportFormatError } from '@shared/teams/report-table';
import { plannedMeeting, teamsFixture } from '../../support/teams-fixtures';

const read = (name: string) =>
  parseAttendanceReport(decodeReport(readFileSync(teamsFixture(name))));

describe('the Teams attendance report', () => {
  it('reads the UTF-16 tab-separated download: summary, participants and rejoins', () => {
    const report = read('attendance-2021-07-27.utf16.csv');
    expect(report.title).toBe('NHS Python Community Board - Board Meeting');
    expect(report.start).toEqual({ date: '2021-07-27', time: '13:57:40' });
    expect(report.end).toEqual({ date: '2021-07-27', time: '15:31:12' });
    expect(report.participants).toHaveLength(10);
    const craig = report.participants.find((person) => person.name === 'Craig Shenton');
    expect(craig?.sessions.map((session) => [session.joined.time, session.left?.time])).toEqual([
      ['14:01:12', '14:40:02'],
      ['14:43:40', '15:30:30'],
    ]);
    expect(craig?.lastLeave?.time).toBe('15:30:30');
  });

  it('reads the UTF-8 variant saved from Excel, with commas, quotes and US dates, the same', () => {
    const utf16 = read('attendance-2021-07-27.utf16.csv');
    const utf8 = read('attendance-2021-07-27.utf8.csv');
    expect(utf8).toEqual(utf16);
  });

  it('reads the older layout of one row per join and leave', () => {
    const report = read('attendance-legacy.utf16.csv');
    const craig = report.participants.find((person) => person.name === 'Craig Shenton');
    expect(craig?.sessions).toHaveLength(2);
    expect(craig?.firstJoin.time).toBe('14:01:12');
    expect(craig?.lastLeave?.time).toBe('15:30:30');
  });

  it('refuses a file that is not a report, in words a secretary can act on', () => {
    expect(() => parseAttendanceReport('Name,Amount\nTea,3\n')).toThrow(ReportFormatError);
    expect(() => parseAttendanceReport('Name,Amount\nTea,3\n')).toThrow(/Attendance/);
    expect(() => decodeReport(new Uint8Array(6 * 1024 * 1024))).toThrow(/too large/);
  });

  it('matches by e-mail, then by name with titles, accents and directory order handled', () => {
    const result = applyReportToMeetingFile(
      plannedMeeting(),
      read('attendance-2021-07-27.utf16.csv'),
      {
        overwrite: false,
      },
    );
    const how = Object.fromEntries(
      result.matched.map((plan) => [plan.match.person?.name, plan.match.by]),
    );
    expect(how).toMatchObject({
      'Mark A. Bailey': 'email',
      "John O'Connell": 'name',
      'Craig R. Shenton': 'email',
    });
    expect(result.added.map((plan) => [plan.match.participant.name, plan.match.label])).toEqual([
      ['Tom Hughes (External)', 'external'],
      ['Sárah Ó Briain (Guest)', 'guest'],
    ]);
    const byName = new Map(result.meeting.attendance.map((person) => [person.name, person]));
    expect(byName.get('Mary Amanuel')).toMatchObject({
      status: 'present',
      joined: '14:21',
      left: '15:30',
      note: 'joined at 14:21',
    });
    expect(byName.get('Jonathan Pearson')).toMatchObject({ left: '15:04', note: 'left at 15:04' });
    expect(byName.get('Craig R. Shenton')).toMatchObject({ joined: '14:01', note: '' });
    expect(byName.get('Juan Adriano')?.status).toBe('absent');
    expect(byName.get('Sophie Williams')?.status).toBe('apologies');
    expect(byName.get('Sárah Ó Briain')).toMatchObject({
      status: 'in-attendance',
      joined: '14:25',
    });
    // Matched people keep their one entry; the two newcomers are added.
    expect(result.meeting.attendance).toHaveLength(12);
  });

  it('keeps apologies the secretary recorded unless told to overwrite them', () => {
    const meeting = plannedMeeting();
    meeting.attendance = meeting.attendance.map((person) =>
      person.name === 'Arouba Zubair' ? { ...person, status: 'apologies' } : person,
    );
    const report = read('attendance-2021-07-27.utf16.csv');
    const kept = applyReportToMeetingFile(meeting, report, { overwrite: false });
    expect(kept.kept.map((plan) => plan.match.person?.name)).toEqual(['Arouba Zubair']);
    expect(kept.meeting.attendance.find((p) => p.name === 'Arouba Zubair')?.status).toBe(
      'apologies',
    );
    const changed = applyReportToMeetingFile(meeting, report, { overwrite: true });
    expect(changed.meeting.attendance.find((p) => p.name === 'Arouba Zubair')?.status).toBe(
      'present',
    );
  });

  it('warns when the report is of another day', () => {
    const meeting = { ...plannedMeeting(), date: '2021-07-28' };
    const result = applyReportToMeetingFile(meeting, read('attendance-2021-07-27.utf16.csv'), {
      overwrite: false,
    });
    expect(result.warning).toMatch(/2021-07-27/);
  });
});
