import { describe, expect, it } from 'vitest';
import { aMeeting, anAction, anItem } from '../../support/records';
import { upgradeUpTo } from './migration-harness';

const upgradeFrom = upgradeUpTo(7);

const meeting = aMeeting('meeting-1', '2021-06-21', { boardId: 'board-1' });
const item = anItem('item-1', 1, 'Welcome and Check-in', {
  meetingId: 'meeting-1',
  notes: 'The Chair welcomed attendees to the board.',
});
const action = anAction('action-1', 'meeting-1', { itemId: 'item-1' });

describe('schema version 7 (the tables gathered into minutes removed)', () => {
  it('keeps everything a version 5 archive held, in the minutes, and drops the old tables', async () => {
    const { upgraded, close } = await upgradeFrom(5, async (old) => {
      await old.table('meetings').add(meeting);
      await old.table('agendaItems').add(item);
      await old.table('actions').add(action);
    });
    try {
      expect(upgraded.verno).toBe(7);
      const tables = upgraded.tables.map((table) => table.name);
      for (const gone of ['agendaItems', 'attendance', 'declarations', 'decisions', 'actions'])
        expect(tables).not.toContain(gone);
      expect(await upgraded.meetings.toArray()).toEqual([meeting]);
      expect(await upgraded.minutes.get('meeting-1')).toMatchObject({
        items: [item],
        actions: [action],
      });
    } finally {
      close();
    }
  });

  it('keeps version 6 minutes as they were', async () => {
    const minutes = {
      meetingId: 'meeting-1',
      boardId: 'board-1',
      items: [item],
      attendance: [],
      declarations: [],
      decisions: [],
      actions: [action],
      updatedAt: '2021-06-21T10:00:00.000Z',
    };
    const { upgraded, close } = await upgradeFrom(6, async (old) => {
      await old.table('meetings').add(meeting);
      await old.table('minutes').add(minutes);
    });
    try {
      expect(await upgraded.minutes.toArray()).toEqual([minutes]);
    } finally {
      close();
    }
  });
});
