import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MinuteBookDatabase } from '@renderer/db/database';
import { readMeetingRecords } from '@renderer/db/meeting-records';
import { saveNewMeeting } from '@renderer/db/meetings-repository';
import { toMeetingFile } from '@shared/model';
import { addToMinutes } from '../../support/minutes';
import {
  aMeeting,
  aMember,
  anAction,
  anApproval,
  anAttendance,
  anItem,
  aSignature,
  STAMP,
} from '../../support/records';
import { freshDatabase } from './migration-harness';

describe('reading any meeting’s records', () => {
  let db: MinuteBookDatabase;
  beforeEach(async () => {
    db = freshDatabase();
    await db.boards.add({
      id: 'b',
      name: 'NHS Python Community Board',
      description: '',
      quorum: { kind: 'count', minimum: 2 },
      createdAt: STAMP,
      updatedAt: STAMP,
    });
    await db.members.add(aMember('chair', 'Alex Cheung', { role: 'Chair' }));
    await saveNewMeeting(db, aMeeting('june', '2021-06-21', { status: 'signed' }), [
      anItem('june-1', 1, 'Welcome', { meetingId: 'june' }),
    ]);
    await saveNewMeeting(db, aMeeting('july', '2021-07-27', { status: 'draft' }), [
      anItem('july-2', 2, 'Finance', { meetingId: 'july' }),
      anItem('july-1', 1, 'Minutes of the previous meeting', { meetingId: 'july' }),
    ]);
    await addToMinutes(db, {
      attendance: [anAttendance('chair', 'present', { meetingId: 'july' })],
      actions: [
        anAction('from-june', 'june', { itemId: 'june-1', createdAt: '2021-06-21T10:00:00.000Z' }),
        anAction('from-july', 'july', { itemId: 'july-2', createdAt: '2021-07-27T10:00:00.000Z' }),
      ],
    });
    await db.approvals.add(anApproval('approval', 'june', { approvingMeetingId: 'july' }));
    await db.signatures.add(aSignature('signed', 'june'));
  });
  afterEach(() => db.close());

  it('reads a meeting, its minutes, the board’s action log and the previous minutes’ record', async () => {
    const records = await readMeetingRecords(db, 'july');
    expect(records.board.name).toBe('NHS Python Community Board');
    expect(records.meeting.id).toBe('july');
    expect(records.meetings.map((each) => each.id)).toEqual(['june', 'july']);
    expect(records.members.map((each) => each.id)).toEqual(['chair']);
    expect(records.items.map((item) => item.id)).toEqual(['july-1', 'july-2']);
    expect(records.attendance.map((each) => each.id)).toEqual(['chair-present']);
    expect(records.actions.map((action) => action.id)).toEqual(['from-june', 'from-july']);
    expect(records.previousMinutes).toMatchObject({
      meetingDate: '2021-06-21',
      signatures: [
        expect.objectContaining({ fileSha256: aSignature('signed', 'june').fileSha256 }),
      ],
    });
    const file = toMeetingFile(records);
    expect(file.items?.map((item) => item.title)).toEqual([
      'Minutes of the previous meeting',
      'Finance',
    ]);
  });

  it('reads the first meeting of a board, with no previous minutes to cite', async () => {
    const records = await readMeetingRecords(db, 'june');
    expect(records.previousMinutes).toBeUndefined();
    expect(records.items.map((item) => item.id)).toEqual(['june-1']);
  });

  it('says so when the meeting is gone', async () => {
    await expect(readMeetingRecords(db, 'never-held')).rejects.toThrow(
      'This meeting is no longer in Minute Book.',
    );
  });
});
