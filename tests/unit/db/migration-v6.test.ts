import { describe, expect, it } from 'vitest';
import { aMeeting, anAction, anAttendance, anItem } from '../../support/records';
import { upgradeUpTo } from './migration-harness';

const upgradeFrom = upgradeUpTo(6);

const meeting = aMeeting('meeting-1', '2021-06-21', { boardId: 'board-1' });
const other = aMeeting('meeting-2', '2021-07-19', { boardId: 'board-1' });
const welcome = anItem('item-1', 1, 'Welcome and Check-in', {
  meetingId: 'meeting-1',
  notes: 'The Chair welcomed attendees to the board.',
  updatedAt: '2021-06-21T10:00:00.000Z',
});
const goals = anItem('item-2', 2, 'Goals of the NHS Python Community', {
  meetingId: 'meeting-1',
  notes: 'There was an open discussion on the purpose of the community.',
  updatedAt: '2021-06-22T09:00:00.000Z',
});
const present = anAttendance('member-1', 'present', { meetingId: 'meeting-1' });
const apologies = anAttendance('member-2', 'apologies', { meetingId: 'meeting-1' });
const declaration = {
  id: 'declaration-1',
  meetingId: 'meeting-1',
  memberId: 'member-1',
  itemId: 'item-2',
  interest: 'Trustee of a partner charity',
  createdAt: '2021-06-21T09:05:00.000Z',
};
const decision = {
  id: 'decision-1',
  meetingId: 'meeting-1',
  itemId: 'item-2',
  text: 'The goals were agreed.',
  source: 'notes',
  createdAt: '2021-06-21T10:30:00.000Z',
};
const action = anAction('action-1', 'meeting-1', {
  itemId: 'item-2',
  text: 'Upload the goals to the website',
  updatedAt: '2021-06-25T12:00:00.000Z',
});
const orphan = anAction('action-2', 'meeting-gone', { boardId: 'board-1' });

describe('schema version 6 (each meeting’s minutes as one record)', () => {
  it('gathers every item, attendance record, declaration, decision and action into its meeting’s minutes', async () => {
    const { upgraded, close } = await upgradeFrom(5, async (old) => {
      await old.table('meetings').bulkAdd([meeting, other]);
      // Stored out of agenda order, as moving an item leaves them.
      await old.table('agendaItems').bulkAdd([goals, welcome]);
      await old.table('attendance').bulkAdd([present, apologies]);
      await old.table('declarations').add(declaration);
      await old.table('decisions').add(decision);
      await old.table('actions').bulkAdd([action, orphan]);
    });
    try {
      expect(await upgraded.meetings.orderBy('id').toArray()).toEqual([meeting, other]);
      expect(await upgraded.minutes.get('meeting-1')).toEqual({
        meetingId: 'meeting-1',
        boardId: 'board-1',
        items: [welcome, goals],
        attendance: [present, apologies],
        declarations: [declaration],
        decisions: [decision],
        actions: [action],
        // The latest time any of its records changed, for the search to catch up by.
        updatedAt: '2021-06-25T12:00:00.000Z',
      });
      expect(await upgraded.minutes.get('meeting-2')).toMatchObject({
        boardId: 'board-1',
        items: [],
        actions: [],
      });
      // An action whose meeting had gone is kept, not dropped.
      expect((await upgraded.minutes.get('meeting-gone'))?.actions).toEqual([orphan]);
      expect(await upgraded.minutes.where('boardId').equals('board-1').count()).toBe(3);
      expect(
        await upgraded.minutes.where('updatedAt').above('2021-06-24T00:00:00.000Z').primaryKeys(),
      ).toEqual(['meeting-1']);
      // The old tables are still readable at version 6; version 7 removes them.
      expect(await upgraded.table('agendaItems').count()).toBe(2);
    } finally {
      close();
    }
  });

  it('gathers an archive larger than one step of the upgrade, every meeting whole', async () => {
    const ids = Array.from({ length: 450 }, (_, index) => `meeting-${index + 1}`);
    const { upgraded, close } = await upgradeFrom(5, async (old) => {
      await old.table('meetings').bulkAdd(ids.map((id) => aMeeting(id, '2021-06-21')));
      await old
        .table('agendaItems')
        .bulkAdd(
          ids.flatMap((id) => [
            anItem(`${id}-welcome`, 1, 'Welcome', { meetingId: id }),
            anItem(`${id}-finance`, 2, 'Finance', { meetingId: id }),
          ]),
        );
      await old.table('actions').bulkAdd(ids.map((id) => anAction(`${id}-action`, id)));
    });
    try {
      const minutes = await upgraded.minutes.toArray();
      expect(minutes).toHaveLength(450);
      for (const each of minutes) {
        expect(each.items.map((item) => item.id)).toEqual([
          `${each.meetingId}-welcome`,
          `${each.meetingId}-finance`,
        ]);
        expect(each.actions.map((action) => action.id)).toEqual([`${each.meetingId}-action`]);
      }
    } finally {
      close();
    }
  });

  it('opens an empty version 5 archive with no minutes', async () => {
    const { upgraded, close } = await upgradeFrom(5, () => Promise.resolve());
    try {
      expect(await upgraded.minutes.count()).toBe(0);
    } finally {
      close();
    }
  });
});
