import { describe, expect, it } from 'vitest';
import { aMeeting, aMember, anAttendance, anInterest, anItem } from '../../support/records';
import { upgradeUpTo } from './migration-harness';

const upgradeFrom = upgradeUpTo(9);

const board = {
  id: 'board-1',
  name: 'NHS Python Community Board',
  description: '',
  quorum: { kind: 'count', count: 5 },
  createdAt: '2025-06-01T09:00:00.000Z',
  updatedAt: '2025-06-01T09:00:00.000Z',
};
const member = aMember('member-1', 'Alex Cheung', { boardId: 'board-1' });
const meeting = aMeeting('meeting-1', '2025-06-16', { boardId: 'board-1', status: 'draft' });
const minutes = {
  meetingId: 'meeting-1',
  boardId: 'board-1',
  items: [anItem('item-1', 1, 'Welcome', { meetingId: 'meeting-1' })],
  attendance: [anAttendance('member-1', 'present', { meetingId: 'meeting-1' })],
  declarations: [],
  decisions: [],
  actions: [],
  updatedAt: '2025-06-16T15:00:00.000Z',
};
const interest = anInterest('interest-1', 'member-1', { boardId: 'board-1' });
const confirmation = {
  id: 'confirmation-1',
  boardId: 'board-1',
  memberId: 'member-1',
  confirmedOn: '2025-06-16',
  nilReturn: false,
  createdAt: '2025-06-16T15:00:00.000Z',
};

describe('schema version 9 (transcripts kept until the minutes are approved)', () => {
  it('keeps everything a version 8 archive held and adds empty transcript tables', async () => {
    const { upgraded, close } = await upgradeFrom(8, async (old) => {
      await old.table('boards').add(board);
      await old.table('members').add(member);
      await old.table('meetings').add(meeting);
      await old.table('minutes').add(minutes);
      await old.table('interests').add(interest);
      await old.table('interestConfirmations').add(confirmation);
      await old.table('searchIndex').add({ key: 'manifest', data: '{}' });
    });
    try {
      expect(upgraded.verno).toBe(9);
      expect(await upgraded.boards.toArray()).toEqual([board]);
      expect(await upgraded.members.toArray()).toEqual([member]);
      expect(await upgraded.meetings.toArray()).toEqual([meeting]);
      expect(await upgraded.minutes.toArray()).toEqual([minutes]);
      expect(await upgraded.interests.toArray()).toEqual([interest]);
      expect(await upgraded.interestConfirmations.toArray()).toEqual([confirmation]);
      expect(await upgraded.searchIndex.get('manifest')).toEqual({ key: 'manifest', data: '{}' });
      expect(await upgraded.transcripts.count()).toBe(0);
      expect(await upgraded.transcriptDeletions.count()).toBe(0);
      await upgraded.transcripts.add({
        meetingId: 'meeting-1',
        boardId: 'board-1',
        fileName: 'board.vtt',
        cues: [{ start: 0, end: 2, speaker: 'Alex Cheung', text: 'Welcome.' }],
        starts: [0],
        verdicts: {},
        importedAt: '2025-06-16T16:00:00.000Z',
        updatedAt: '2025-06-16T16:00:00.000Z',
      });
      expect(await upgraded.transcripts.where('boardId').equals('board-1').count()).toBe(1);
    } finally {
      close();
    }
  });
});
