import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MinuteBookDatabase } from '../../../src/renderer/src/db/database';
import {
  createSignOffStore,
  selectMeetingSignOff,
} from '../../../src/renderer/src/stores/sign-off-store';
import { useSaveStatusStore } from '../../../src/renderer/src/stores/save-status-store';
import { aMeeting, aSignature } from '../../support/records';
import { freshDatabase } from '../db/migration-harness';

const AT = '2021-07-27T10:00:00.000Z';

describe('sign-off store', () => {
  let db: MinuteBookDatabase;
  beforeEach(() => {
    db = freshDatabase();
    useSaveStatusStore.setState({ pending: 0, lastSavedAt: null, error: null });
  });
  afterEach(() => db.close());

  it('keeps approvals, signatures, reopens and frozen versions across a reload', async () => {
    const store = createSignOffStore(db);
    await store.getState().loadMeeting('meeting-1');
    await store.getState().recordApproval(
      {
        meetingId: 'meeting-1',
        approvedOn: '2021-07-27',
        approvingMeetingId: 'meeting-2',
        amendments: '',
        version: 1,
        recordedAt: AT,
      },
      {
        meetingId: 'meeting-1',
        at: AT,
        event: 'approved',
        by: 'Alex Cheung',
        detail: '',
        version: 1,
      },
    );
    await store.getState().recordSignature(
      {
        meetingId: 'meeting-1',
        boardId: 'board-1',
        at: AT,
        fileName: 'minutes (signed).docx',
        path: '/tmp/minutes (signed).docx',
        fileSha256: 'a'.repeat(64),
        meetingSha256: 'b'.repeat(64),
        meetingJson: '{}',
        signerName: 'Alex Cheung',
        signerRole: 'Chair',
        fingerprintSha256: 'AB',
        reason: 'Approved as a correct record',
        version: 1,
      },
      {
        meetingId: 'meeting-1',
        at: AT,
        event: 'signed',
        by: 'Alex Cheung',
        detail: '',
        version: 1,
      },
    );
    await store.getState().recordReopen(
      {
        meetingId: 'meeting-1',
        version: 1,
        status: 'signed',
        frozenAt: AT,
        fileJson: '{}',
        sha256: 'c'.repeat(64),
      },
      {
        meetingId: 'meeting-1',
        at: AT,
        event: 'reopened',
        by: 'Sophie Williams',
        detail: 'A wrong date',
        version: 1,
      },
    );
    expect(
      selectMeetingSignOff('meeting-1')(store.getState()).audit.map((each) => each.event),
    ).toEqual(['approved', 'signed', 'reopened']);

    const reopened = createSignOffStore(db);
    await reopened.getState().loadMeeting('meeting-1');
    const signOff = selectMeetingSignOff('meeting-1')(reopened.getState());
    expect(signOff.approvals).toHaveLength(1);
    expect(signOff.signatures).toHaveLength(1);
    expect(signOff.versions.map((each) => each.version)).toEqual([1]);
    expect(signOff.audit).toHaveLength(3);
    expect(await reopened.getState().versionOf('meeting-1')).toBe(2);
    const known = await reopened.getState().checkAgainstArchive('a'.repeat(64));
    expect(known.matches.map((each) => [each.kind, each.version])).toEqual([['signature', 1]]);
    expect((await reopened.getState().checkAgainstArchive('d'.repeat(64))).matches).toEqual([]);
  });

  it('keeps a lock with the SHA-256s it fixes, and matches files to every kind of record', async () => {
    const store = createSignOffStore(db);
    await db.meetings.add(aMeeting('june', '2021-06-21', { status: 'locked' }));
    await db.exports.add({
      id: 'export-1',
      meetingId: 'june',
      at: AT,
      fileName: 'minutes for signing.docx',
      path: '/tmp/minutes for signing.docx',
      sha256: 'e'.repeat(64),
      layout: 'formal',
      audience: 'internal',
      status: 'approved',
    });
    await store
      .getState()
      .recordSignature(aSignature('first', 'june', { fileSha256: 'a'.repeat(64) }), null);
    await store
      .getState()
      .recordSignature(aSignature('second', 'june', { fileSha256: 'b'.repeat(64) }), null);
    await store.getState().recordAudit({
      meetingId: 'june',
      at: AT,
      event: 'locked',
      by: 'Sophie Williams',
      detail: '',
      version: 1,
      fileSha256: 'b'.repeat(64),
      meetingSha256: 'd'.repeat(64),
    });

    const reread = createSignOffStore(db);
    await reread.getState().loadMeeting('june');
    const audit = selectMeetingSignOff('june')(reread.getState()).audit;
    expect(audit[0]).toMatchObject({ event: 'locked', fileSha256: 'b'.repeat(64) });

    // Not only the latest file: the first signed copy is still recognised.
    const first = await reread.getState().checkAgainstArchive('a'.repeat(64));
    expect(first.matches.map((each) => each.kind)).toEqual(['signature']);
    expect(first.matches[0]?.text).toContain('the minutes of 21 June 2021');
    const locked = await reread.getState().checkAgainstArchive('b'.repeat(64));
    expect(locked.matches.map((each) => each.kind)).toEqual(['lock', 'signature']);
    const unsigned = await reread.getState().checkAgainstArchive('e'.repeat(64));
    expect(unsigned.matches.map((each) => each.kind)).toEqual(['export']);
    expect(unsigned.signatures).toHaveLength(2);
  });

  it('gives the same empty record for a meeting not yet read, so selectors stay stable', () => {
    const store = createSignOffStore(db);
    const select = selectMeetingSignOff('meeting-1');
    expect(select(store.getState())).toBe(select(store.getState()));
    expect(select(store.getState()).loaded).toBe(false);
  });
});
