import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MinuteBookDatabase } from '@renderer/db/database';
import { createSignOffStore, selectMeetingSignOff } from '@renderer/stores/sign-off-store';
import { useSaveStatusStore } from '@renderer/stores/save-status-store';
import { takeStep, type StepTaken } from '@renderer/workflows/take-step';
import { aMeeting, aSignature } from '../../support/records';
import { freshDatabase } from '../db/migration-harness';
import { signatureToRecord } from '../workflows/fake-context';

const AT = '2021-07-27T10:00:00.000Z';

describe('sign-off store', () => {
  let db: MinuteBookDatabase;
  beforeEach(() => {
    db = freshDatabase();
    useSaveStatusStore.setState({ pending: 0, lastSavedAt: null, error: null });
  });
  afterEach(() => db.close());

  it('shows the records of each step and finds them again after a reload', async () => {
    const store = createSignOffStore(db);
    await db.meetings.add(aMeeting('meeting-1', '2021-06-21', { status: 'circulated' }));
    await store.getState().loadMeeting('meeting-1');
    const show = (taken: StepTaken) =>
      store.getState().showRecords('meeting-1', {
        audit: [taken.audit],
        approvals: taken.approval ? [taken.approval] : [],
        signatures: taken.signature ? [taken.signature] : [],
        versions: taken.frozen ? [taken.frozen] : [],
      });
    show(
      await takeStep(db, 'meeting-1', 'approve', {
        at: AT,
        by: 'Alex Cheung',
        detail: '',
        approval: { approvedOn: '2021-07-27', approvingMeetingId: 'meeting-2', amendments: '' },
      }),
    );
    const signed = signatureToRecord(
      aSignature('signed', 'meeting-1', { fileSha256: 'a'.repeat(64) }),
    );
    show(
      await takeStep(db, 'meeting-1', 'sign', {
        at: AT,
        by: 'Alex Cheung',
        detail: '',
        signature: signed,
      }),
    );
    show(
      await takeStep(db, 'meeting-1', 'reopen', {
        at: AT,
        by: 'Sophie Williams',
        detail: 'A wrong date',
        frozen: { fileJson: '{}', sha256: 'c'.repeat(64) },
      }),
    );
    expect(
      selectMeetingSignOff('meeting-1')(store.getState()).audit.map((each) => each.event),
    ).toEqual(['approved', 'signed', 'reopened']);
    store.getState().showRecords('', { audit: [] });
    expect(Object.keys(store.getState().byMeeting)).toEqual(['meeting-1']);

    const reopened = createSignOffStore(db);
    await reopened.getState().loadMeeting('meeting-1');
    const signOff = selectMeetingSignOff('meeting-1')(reopened.getState());
    const ids = (records: readonly { id: string }[]) => records.map((each) => each.id).sort();
    expect(ids(signOff.audit)).toEqual(
      ids(selectMeetingSignOff('meeting-1')(store.getState()).audit),
    );
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
    await db.signatures.add(aSignature('first', 'june', { fileSha256: 'a'.repeat(64) }));
    await db.signatures.add(aSignature('second', 'june', { fileSha256: 'b'.repeat(64) }));
    await db.auditTrail.add({
      id: 'lock',
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
