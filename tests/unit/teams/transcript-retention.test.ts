import { afterEach, describe, expect, it } from 'vitest';
import {
  deletionSentence,
  deletionStep,
  mayKeepTranscript,
  MEETING_STATUSES,
  type StoredTranscript,
} from '@shared/model';
import type { MinuteBookDatabase } from '@renderer/db/database';
import { deleteMeeting } from '@renderer/db/meetings-repository';
import {
  deleteTranscripts,
  keepTranscript,
  readTranscript,
} from '@renderer/db/transcripts-repository';
import { aMeeting } from '../../support/records';
import { freshDatabase } from '../db/migration-harness';

function aTranscript(meetingId: string): StoredTranscript {
  return {
    meetingId,
    boardId: 'b',
    fileName: `${meetingId}.vtt`,
    cues: [{ start: 0, end: 3, speaker: 'Mary Amanuel', text: 'Welcome, everyone.' }],
    starts: [0],
    verdicts: { '1|sentence|Welcome, everyone.': 'accepted' },
    importedAt: '2021-07-27T16:00:00.000Z',
    updatedAt: '2021-07-27T16:30:00.000Z',
  };
}

describe('keeping a transcript until the minutes are approved', () => {
  it('keeps it only while the setting is on and the minutes are not yet approved', () => {
    const kept = MEETING_STATUSES.filter((status) => mayKeepTranscript(true, status));
    expect(kept).toEqual(['planned', 'in-progress', 'draft', 'circulated']);
    expect(MEETING_STATUSES.filter((status) => mayKeepTranscript(false, status))).toEqual([]);
  });

  it('says which step deleted it, and when, in words', () => {
    expect(
      deletionStep('minutes-approved', {
        approvedOn: '2021-09-07',
        approvingMeetingDate: '2021-09-07',
      }),
    ).toBe('the minutes were approved at the meeting of 7 September 2021');
    expect(
      deletionStep('minutes-approved', { approvedOn: '2021-08-02', approvingMeetingDate: null }),
    ).toBe('the minutes were approved on 2 August 2021');
    expect(
      deletionSentence({
        id: 'd',
        meetingId: 'm1',
        fileName: 'board-july.vtt',
        importedAt: '2021-07-27T16:00:00.000Z',
        deletedAt: '2021-09-07T15:10:00.000Z',
        reason: 'keeping-turned-off',
        step: deletionStep('keeping-turned-off'),
      }),
    ).toBe(
      'The transcript board-july.vtt, imported on 27 July 2021, was deleted on 7 September 2021 when keeping transcripts until the minutes are approved was turned off.',
    );
  });
});

describe('the kept transcripts in the database', () => {
  let db: MinuteBookDatabase | undefined;
  afterEach(() => db?.close());

  it('deletes a meeting’s transcript and records that it did; other meetings keep theirs', async () => {
    db = freshDatabase();
    await keepTranscript(db, aTranscript('m1'));
    await keepTranscript(db, aTranscript('m2'));
    expect((await readTranscript(db, 'm1')).stored).toEqual(aTranscript('m1'));

    const records = await deleteTranscripts(
      db,
      ['m1'],
      'minutes-approved',
      'the minutes were approved',
    );
    expect(records).toHaveLength(1);
    const after = await readTranscript(db, 'm1');
    expect(after.stored).toBeNull();
    expect(after.deletions).toEqual([
      expect.objectContaining({
        meetingId: 'm1',
        fileName: 'm1.vtt',
        importedAt: '2021-07-27T16:00:00.000Z',
        reason: 'minutes-approved',
        step: 'the minutes were approved',
      }),
    ]);
    expect((await readTranscript(db, 'm2')).stored).not.toBeNull();

    // Nothing kept: nothing deleted, and no record of a deletion that did not happen.
    expect(await deleteTranscripts(db, ['m1'], 'closed', 'closed')).toEqual([]);
    expect((await readTranscript(db, 'm1')).deletions).toHaveLength(1);

    // Keeping turned off deletes every one kept.
    await deleteTranscripts(db, null, 'keeping-turned-off', 'turned off');
    expect(await db.transcripts.count()).toBe(0);
    expect(await db.transcriptDeletions.count()).toBe(2);
  });

  it('goes with its meeting when the meeting is deleted', async () => {
    db = freshDatabase();
    await db.meetings.add(aMeeting('m1', '2021-07-27'));
    await keepTranscript(db, aTranscript('m1'));
    await deleteTranscripts(db, ['m1'], 'closed', 'closed');
    await keepTranscript(db, aTranscript('m1'));
    await deleteMeeting(db, 'm1');
    expect(await db.transcripts.count()).toBe(0);
    expect(await db.transcriptDeletions.count()).toBe(0);
  });
});
