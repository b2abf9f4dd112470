import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MinuteBookDatabase } from '@renderer/db/database';
import { saveNewMeeting } from '@renderer/db/meetings-repository';
import { itemLabelsOf } from '@renderer/workflows/action-log';
import { agendaCopiedFrom } from '@renderer/workflows/plan-meeting';
import { exportAttendanceRecord } from '@renderer/workflows/standing-records';
import { freshDatabase } from '../db/migration-harness';
import { aMeeting, anItem } from '../../support/records';
import { fakeApp } from './fake-context';

describe('planning from the last meeting, and reading what raised an action', () => {
  let db: MinuteBookDatabase;
  beforeEach(() => {
    db = freshDatabase();
  });
  afterEach(() => db.close());

  it("copies the last agenda's headings in order, never its notes or time spent", async () => {
    await saveNewMeeting(db, aMeeting('m1', '2021-06-21'), [
      anItem('i2', 2, 'Finance', { notes: 'Spent £40.', secondsSpent: 300, presenter: 'Sam' }),
      anItem('i1', 1, 'Welcome', { private: true }),
    ]);
    const agenda = await agendaCopiedFrom(fakeApp(db, {}).context, 'm1');
    expect(agenda).toEqual([
      {
        title: 'Welcome',
        presenter: '',
        reference: '',
        allowanceMinutes: null,
        private: true,
        kind: 'standard',
      },
      {
        title: 'Finance',
        presenter: 'Sam',
        reference: '',
        allowanceMinutes: null,
        private: false,
        kind: 'standard',
      },
    ]);
  });

  it('names the item that raised each action by its number and title', async () => {
    await saveNewMeeting(db, aMeeting('m1', '2021-06-21'), [anItem('i2', 2, 'Finance')]);
    const labels = await itemLabelsOf(fakeApp(db, {}).context, [{ meetingId: 'm1', itemId: 'i2' }]);
    expect([...labels]).toEqual([['i2', '2. Finance']]);
  });

  it('sends the attendance record to the main process as data, never as a path', async () => {
    const app = fakeApp(db, {
      exportAttendanceRecord: () => ({ status: 'cancelled' }),
    });
    const record = { boardName: 'Board' } as never;
    expect(await exportAttendanceRecord(app.context, { format: 'csv', record })).toEqual({
      status: 'cancelled',
    });
    expect(app.calls).toEqual([
      { method: 'exportAttendanceRecord', request: { format: 'csv', record } },
    ]);
  });
});
