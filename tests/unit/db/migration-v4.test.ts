import { describe, expect, it } from 'vitest';
import { upgradeUpTo } from './migration-harness';

const upgradeFrom = upgradeUpTo(4);

const meeting = {
  id: 'meeting-1',
  boardId: 'board-1',
  title: 'Meeting Summary',
  date: '2021-06-21',
  startTime: '',
  endTime: '',
  location: 'MS Teams',
  visibility: 'public',
  status: 'circulated',
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

const exported = {
  id: 'export-1',
  meetingId: 'meeting-1',
  at: '2021-06-22T10:00:00.000Z',
  fileName: 'minutes.docx',
  path: '/home/secretary/minutes.docx',
  sha256: 'a'.repeat(64),
  layout: 'summary',
  audience: 'internal',
  status: 'draft',
};

describe('schema version 4 (sign-off)', () => {
  it('keeps version 3 meetings, minutes and exports, and adds empty sign-off tables', async () => {
    const { upgraded, close } = await upgradeFrom(3, async (old) => {
      await old.table('meetings').add(meeting);
      await old.table('agendaItems').add(item);
      await old.table('exports').add(exported);
    });
    try {
      expect(await upgraded.meetings.toArray()).toEqual([meeting]);
      expect(await upgraded.table('agendaItems').toArray()).toEqual([item]);
      expect(await upgraded.exports.where('meetingId').equals('meeting-1').toArray()).toEqual([
        exported,
      ]);
      expect(await upgraded.approvals.count()).toBe(0);
      expect(await upgraded.auditTrail.count()).toBe(0);
      expect(await upgraded.signatures.count()).toBe(0);
      expect(await upgraded.meetingVersions.count()).toBe(0);
    } finally {
      close();
    }
  });

  it('finds a signature by the SHA-256 of its file', async () => {
    const { upgraded, close } = await upgradeFrom(3, () => Promise.resolve());
    try {
      await upgraded.signatures.add({
        id: 'signature-1',
        meetingId: 'meeting-1',
        boardId: 'board-1',
        at: '2021-07-27T10:00:00.000Z',
        fileName: 'minutes (signed).docx',
        path: '/home/secretary/minutes (signed).docx',
        fileSha256: 'b'.repeat(64),
        meetingSha256: 'c'.repeat(64),
        meetingJson: '{}',
        signerName: 'Alex Cheung',
        signerRole: 'Chair',
        fingerprintSha256: 'AB',
        reason: 'Approved as a correct record',
        version: 1,
      });
      expect(await upgraded.signatures.where('fileSha256').equals('b'.repeat(64)).count()).toBe(1);
    } finally {
      close();
    }
  });
});
