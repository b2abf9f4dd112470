import { describe, expect, it } from 'vitest';
import { upgradeUpTo } from './migration-harness';

const upgradeFrom = upgradeUpTo(3);

const meeting = {
  id: 'meeting-1',
  boardId: 'board-1',
  title: 'Meeting Summary',
  date: '2021-06-21',
  startTime: '',
  endTime: '',
  location: 'MS Teams',
  visibility: 'public',
  status: 'draft',
  chairMemberId: '',
  nextMeetingDate: '2021-07-27',
  nextMeetingId: '',
  startedAt: '',
  currentItemId: '',
  createdAt: '2021-06-21T09:00:00.000Z',
  updatedAt: '2021-06-21T09:00:00.000Z',
};

const item = {
  id: 'item-1',
  meetingId: 'meeting-1',
  position: 1,
  title: 'Welcome and Check-in',
  presenter: '',
  reference: '',
  allowanceMinutes: null,
  private: false,
  kind: 'standard',
  notes: 'The Chair welcomed attendees to the board.',
  outcome: 'taken',
  secondsSpent: 120,
  createdAt: '2021-06-21T09:00:00.000Z',
  updatedAt: '2021-06-21T09:00:00.000Z',
};

describe('schema version 3 (export records)', () => {
  it('keeps version 2 meetings and their minutes, and adds an empty export table', async () => {
    const { upgraded, close } = await upgradeFrom(2, async (old) => {
      await old.table('meetings').add(meeting);
      await old.table('agendaItems').add(item);
    });
    try {
      expect(await upgraded.meetings.toArray()).toEqual([meeting]);
      expect(
        await upgraded
          .table('agendaItems')
          .where('[meetingId+position]')
          .equals(['meeting-1', 1])
          .toArray(),
      ).toEqual([item]);
      expect(await upgraded.exports.count()).toBe(0);
    } finally {
      close();
    }
  });
});
