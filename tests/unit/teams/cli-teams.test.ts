import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMeetingFile } from '@shared/model/read-meeting-file';
import { cli } from '../../support/run-cli';
import { makeTempDataFolder } from '../../support/temp-data-folder';
import { PLANNED_MEETING_PATH, teamsFixture } from '../../support/teams-fixtures';

describe('the Teams commands of npm run cli', () => {
  let folder: string;
  let remove: () => Promise<void>;
  beforeEach(async () => ({ folder, remove } = await makeTempDataFolder()));
  afterEach(() => remove());

  it('invite writes an invitation a calendar parser reads, with a stable UID', async () => {
    const run = await cli(['invite', PLANNED_MEETING_PATH, '--out', 'meeting.ics'], folder);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('9 invited, sent by Haris Shuaib');
    const text = await readFile(join(folder, 'meeting.ics'), 'utf8');
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent') ?? undefined,
    );
    const again = await cli(
      ['invite', PLANNED_MEETING_PATH, '--out', 'update.ics', '--sequence', '2'],
      folder,
    );
    const update = await readFile(join(folder, 'update.ics'), 'utf8');
    expect(update).toContain(`UID:${event.uid}`);
    expect(update).toContain('SEQUENCE:2');
    expect(again.code).toBe(0);
  });

  it('teams-attendance writes the meeting file with joining and leaving times', async () => {
    const run = await cli(
      [
        'teams-attendance',
        teamsFixture('attendance-2021-07-27.utf16.csv'),
        '--meeting',
        PLANNED_MEETING_PATH,
        '--out',
        'meeting.json',
      ],
      folder,
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Bailey, Mark (NHS England) → Mark A. Bailey (by email)');
    expect(run.stdout).toContain(
      'Craig Shenton → Craig R. Shenton (by email): 14:01–15:30, joined 2 times',
    );
    const written = readMeetingFile(await readFile(join(folder, 'meeting.json'), 'utf8'));
    if (!written.ok) throw new Error(written.message);
    const mark = written.meeting.attendance.filter((person) => person.name === 'Mark A. Bailey');
    expect(mark).toEqual([
      expect.objectContaining({ status: 'present', joined: '13:59', left: '15:30' }),
    ]);
  });

  it('transcript writes the drafts file, marked as drafts', async () => {
    const run = await cli(
      [
        'transcript',
        teamsFixture('transcript-2021-07-27.vtt'),
        '--meeting',
        PLANNED_MEETING_PATH,
        '--out',
        'drafts.json',
      ],
      folder,
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const drafts = JSON.parse(await readFile(join(folder, 'drafts.json'), 'utf8')) as {
      draft: boolean;
      items: Array<{ number: number; candidateActions: Array<{ owner: string; due: string }> }>;
    };
    expect(drafts.draft).toBe(true);
    expect(drafts.items.map((item) => item.number)).toEqual([1, 2, 3, 4, 5]);
    // Every item has exactly the fields docs/teams.md documents, of the documented kinds.
    for (const item of drafts.items) {
      expect(Object.keys(item).sort()).toEqual([
        'candidateActions',
        'candidateDecisions',
        'keySentences',
        'number',
        'speakers',
        'title',
      ]);
      expect(item).toMatchObject({
        title: expect.any(String),
        speakers: expect.any(Array),
        keySentences: expect.any(Array),
        candidateDecisions: expect.any(Array),
      });
    }
    expect(drafts.items[2]).toMatchObject({
      title: 'Community engagement strategy',
      speakers: expect.arrayContaining(['Mary Amanuel', 'Tom Hughes']),
      keySentences: expect.arrayContaining([
        { speaker: 'Mary Amanuel', text: expect.stringMatching(/survey showed/) },
      ]),
      candidateDecisions: [{ text: expect.stringMatching(/approved the engagement strategy/) }],
    });
    for (const action of drafts.items.flatMap((item) => item.candidateActions))
      expect(Object.keys(action).sort()).toEqual(['due', 'owner', 'text']);
    expect(drafts.items[2]?.candidateActions[0]).toEqual(
      expect.objectContaining({ owner: 'Mary Amanuel', due: '2021-08-31' }),
    );
  });

  it('says what is wrong with bad arguments or files', async () => {
    const missing = await cli(['teams-attendance', 'report.csv', '--out', 'x.json'], folder);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--meeting');
    const notReport = await cli(
      [
        'teams-attendance',
        PLANNED_MEETING_PATH,
        '--meeting',
        PLANNED_MEETING_PATH,
        '--out',
        'x.json',
      ],
      folder,
    );
    expect(notReport.code).toBe(1);
    expect(notReport.stderr).toMatch(/is not a Teams attendance report/);
    const notVtt = await cli(
      ['transcript', PLANNED_MEETING_PATH, '--meeting', PLANNED_MEETING_PATH, '--out', 'd.json'],
      folder,
    );
    expect(notVtt.code).toBe(1);
    expect(notVtt.stderr).toMatch(/not a WebVTT transcript/);
  });
});
