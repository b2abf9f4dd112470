import { describe, expect, it } from 'vitest';
import { aMeeting, aMember, anAttendance, anItem } from '../../support/records';
import { upgradeUpTo } from './migration-harness';

const upgradeFrom = upgradeUpTo(8);

const member = aMember('member-1', 'Alex Cheung', { boardId: 'board-1' });
const meeting = aMeeting('meeting-1', '2025-06-16', { boardId: 'board-1', status: 'approved' });
const minutes = {
  meetingId: 'meeting-1',
  boardId: 'board-1',
  items: [anItem('item-1', 1, 'Declarations of interest', { meetingId: 'meeting-1' })],
  attendance: [anAttendance('member-1', 'present', { meetingId: 'meeting-1' })],
  declarations: [
    {
      id: 'declaration-1',
      meetingId: 'meeting-1',
      memberId: 'member-1',
      itemId: 'item-1',
      interest: 'Director of Acme Health Ltd',
      createdAt: '2025-06-16T14:05:00.000Z',
    },
  ],
  decisions: [],
  actions: [],
  updatedAt: '2025-06-16T15:00:00.000Z',
};

describe('schema version 8 (the register of interests)', () => {
  it('keeps everything a version 7 archive held and adds empty interest tables', async () => {
    const board = {
      id: 'board-1',
      name: 'NHS Python Community Board',
      description: '',
      quorum: { kind: 'count', count: 5 },
      createdAt: member.createdAt,
      updatedAt: member.updatedAt,
    };
    const { upgraded, close } = await upgradeFrom(7, async (old) => {
      await old.table('boards').add(board);
      await old.table('members').add(member);
      await old.table('meetings').add(meeting);
      await old.table('minutes').add(minutes);
    });
    try {
      expect(upgraded.verno).toBe(8);
      expect(await upgraded.boards.toArray()).toEqual([board]);
      expect(await upgraded.members.toArray()).toEqual([member]);
      expect(await upgraded.meetings.toArray()).toEqual([meeting]);
      expect(await upgraded.minutes.toArray()).toEqual([minutes]);
      expect(await upgraded.interests.count()).toBe(0);
      expect(await upgraded.interestConfirmations.count()).toBe(0);
      await upgraded.interests.add({
        id: 'interest-1',
        boardId: 'board-1',
        memberId: 'member-1',
        category: 'financial',
        description: 'Director',
        organisation: 'Acme Health Ltd',
        declaredOn: '2025-06-16',
        endedOn: '',
        publish: true,
        declaredAtMeetingId: 'meeting-1',
        createdAt: '2025-06-16T15:00:00.000Z',
        updatedAt: '2025-06-16T15:00:00.000Z',
      });
      expect(await upgraded.interests.where('memberId').equals('member-1').count()).toBe(1);
    } finally {
      close();
    }
  });
});
