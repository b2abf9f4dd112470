import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MinuteBookDatabase } from '@renderer/db/database';
import { readMinutes } from '@renderer/db/minutes-repository';
import { openMeetingFile } from '@renderer/workflows/open-meeting-file';
import { exampleMeeting } from '../../support/example-meeting';
import { freshDatabase } from '../db/migration-harness';
import { aMember } from '../../support/records';
import { BOARD, fakeApp } from './fake-context';

describe('opening a meeting file', () => {
  let db: MinuteBookDatabase;
  beforeEach(() => {
    db = freshDatabase();
  });
  afterEach(() => db.close());

  it('stores the meeting with its minutes, its people matched to the register', async () => {
    const file = exampleMeeting();
    const chair = file.attendance.find((person) => person.chair);
    await db.members.add(aMember('m1', chair?.name ?? ''));
    const app = fakeApp(db, {
      openMeetingFile: () => ({
        status: 'opened',
        path: '/m/june.json',
        fileName: 'june.json',
        meeting: file,
      }),
    });
    const outcome = await openMeetingFile(app.context, { ...BOARD, name: 'Another board' });
    if (outcome.status !== 'opened') throw new Error('not opened');
    expect(outcome.writtenFor).toBe(file.board);
    expect(outcome.guests).not.toContain(chair?.name);
    expect(outcome.guests.length).toBeGreaterThan(0);
    expect(await db.meetings.get(outcome.meeting.id)).toMatchObject({
      date: file.date,
      boardId: 'b',
    });
    const minutes = await readMinutes(db, outcome.meeting.id);
    expect(minutes.items.map((item) => item.title)).toEqual(file.items.map((item) => item.title));
    expect(minutes.attendance.some((record) => record.memberId === 'm1')).toBe(true);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const app = fakeApp(db, { openMeetingFile: () => ({ status: 'cancelled' }) });
    expect(await openMeetingFile(app.context, BOARD)).toEqual({ status: 'cancelled' });
    expect(await db.meetings.count()).toBe(0);
  });
});
