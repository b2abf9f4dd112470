import { describe, expect, it } from 'vitest';
import { aMeeting, anAction, anAttendance, anItem } from '../../support/records';
import { upgradeUpTo } from './migration-harness';

const upgradeFrom = upgradeUpTo(5);

const meeting = aMeeting('meeting-1', '2021-06-21', { updatedAt: '2021-06-21T09:00:00.000Z' });
const item = anItem('item-1', 1, 'Welcome and Check-in', {
  meetingId: 'meeting-1',
  notes: 'The Chair welcomed attendees to the board.',
  updatedAt: '2021-06-22T10:00:00.000Z',
});
const attendance = anAttendance('member-1', 'present', { meetingId: 'meeting-1' });
const decision = {
  id: 'decision-1',
  meetingId: 'meeting-1',
  itemId: 'item-1',
  text: 'The board approved the budget.',
  source: 'notes',
  createdAt: '2021-06-21T10:00:00.000Z',
};
const action = anAction('action-1', 'meeting-1', {
  itemId: 'item-1',
  updatedAt: '2021-06-23T10:00:00.000Z',
});

describe('schema version 5 (archive search)', () => {
  it('keeps version 4 meetings and minutes, and adds an empty saved search index', async () => {
    const { upgraded, close } = await upgradeFrom(4, async (old) => {
      await old.table('meetings').add(meeting);
      await old.table('agendaItems').add(item);
      await old.table('attendance').add(attendance);
      await old.table('decisions').add(decision);
      await old.table('actions').add(action);
    });
    try {
      expect(await upgraded.meetings.toArray()).toEqual([meeting]);
      expect(await upgraded.table('agendaItems').toArray()).toEqual([item]);
      expect(await upgraded.table('attendance').toArray()).toEqual([attendance]);
      expect(await upgraded.table('decisions').toArray()).toEqual([decision]);
      expect(await upgraded.table('actions').toArray()).toEqual([action]);
      expect(await upgraded.searchIndex.count()).toBe(0);
    } finally {
      close();
    }
  });

  it('finds the records changed since a moment, as the search catches up at start', async () => {
    const { upgraded, close } = await upgradeFrom(4, async (old) => {
      await old.table('meetings').add(meeting);
      await old.table('agendaItems').add(item);
      await old.table('attendance').add(attendance);
      await old.table('decisions').add(decision);
      await old.table('actions').add(action);
    });
    try {
      const since = '2021-06-21T09:30:00.000Z';
      expect(await upgraded.meetings.where('updatedAt').above(since).count()).toBe(0);
      expect(
        await upgraded.table('agendaItems').where('updatedAt').above(since).primaryKeys(),
      ).toEqual(['item-1']);
      expect(
        await upgraded.table('decisions').where('createdAt').above(since).primaryKeys(),
      ).toEqual(['decision-1']);
      expect(await upgraded.table('actions').where('updatedAt').above(since).primaryKeys()).toEqual(
        ['action-1'],
      );
      expect(
        await upgraded.table('attendance').where('updatedAt').above('2021-01-01').count(),
      ).toBe(1);
      await upgraded.searchIndex.put({ key: 'manifest', data: '{}' });
      expect(await upgraded.searchIndex.get('manifest')).toEqual({ key: 'manifest', data: '{}' });
    } finally {
      close();
    }
  });
});
