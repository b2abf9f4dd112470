import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MinuteBookDatabase } from '@renderer/db/database';
import { StepRefused, takeStep } from '@renderer/workflows/take-step';
import { MEETING_STATUSES, canTake, type SignOffStep } from '@shared/model';
import { freshDatabase } from '../db/migration-harness';
import { aMeeting, aSignature } from '../../support/records';
import { signatureToRecord } from './fake-context';

const AT = '2021-07-27T10:00:00.000Z';
const STEPS: SignOffStep[] = ['circulate', 'approve', 'sign', 'lock', 'reopen'];
const SIGNED = signatureToRecord(aSignature('s', 'june'));

/** What each step must record beside its audit entry, so only the rules decide. */
const DETAILS = {
  at: AT,
  by: 'Sophie Williams',
  detail: 'Why',
  approval: { approvedOn: '2021-07-27', approvingMeetingId: '', amendments: '' },
  signature: SIGNED,
  lock: { fileSha256: 'a'.repeat(64), meetingSha256: 'b'.repeat(64) },
  frozen: { fileJson: '{}', sha256: 'c'.repeat(64) },
};

describe('taking a sign-off step', () => {
  let db: MinuteBookDatabase;
  beforeEach(() => {
    db = freshDatabase();
  });
  afterEach(() => db.close());

  it('takes exactly the steps the rules allow from each status, and refuses the rest', async () => {
    for (const status of MEETING_STATUSES) {
      for (const step of STEPS) {
        const id = `${status}-${step}`;
        await db.meetings.add(aMeeting(id, '2021-06-21', { status }));
        const taking = takeStep(db, id, step, DETAILS);
        if (canTake(step, status)) await expect(taking, id).resolves.toBeTruthy();
        else await expect(taking, id).rejects.toBeInstanceOf(StepRefused);
        const stored = await db.meetings.get(id);
        const audit = await db.auditTrail.where('meetingId').equals(id).count();
        expect([stored?.status, audit], id).toEqual(
          canTake(step, status) ? [takenTo(step), 1] : [status, 0],
        );
      }
    }
  });

  it('writes the status, the audit entry at the current version and the step’s record together', async () => {
    await db.meetings.add(aMeeting('june', '2021-06-21', { status: 'signed' }));
    await db.meetingVersions.add({
      id: 'v1',
      meetingId: 'june',
      version: 1,
      status: 'signed',
      frozenAt: AT,
      fileJson: '{}',
      sha256: 'c'.repeat(64),
    });
    const taken = await takeStep(db, 'june', 'lock', DETAILS);
    expect(taken.version).toBe(2);
    expect(taken.meeting).toMatchObject({ status: 'locked', updatedAt: AT });
    expect(await db.auditTrail.toArray()).toEqual([
      {
        id: taken.audit.id,
        meetingId: 'june',
        at: AT,
        event: 'locked',
        by: 'Sophie Williams',
        detail: 'Why',
        version: 2,
        fileSha256: 'a'.repeat(64),
        meetingSha256: 'b'.repeat(64),
      },
    ]);
    // A lock records no approval, signature or frozen version, even when given them.
    expect([taken.approval, taken.signature, taken.frozen]).toEqual([null, null, null]);
  });

  it('keeps the status of signed minutes as further members sign', async () => {
    await db.meetings.add(aMeeting('june', '2021-06-21', { status: 'signed', updatedAt: 'then' }));
    const taken = await takeStep(db, 'june', 'sign', DETAILS);
    expect((await db.meetings.get('june'))?.updatedAt).toBe('then');
    expect(await db.signatures.toArray()).toEqual([
      { ...SIGNED, id: taken.signature?.id, meetingId: 'june', at: AT, version: 1 },
    ]);
  });

  it('freezes the version being reopened, and counts the next one from it', async () => {
    await db.meetings.add(aMeeting('june', '2021-06-21', { status: 'approved' }));
    const taken = await takeStep(db, 'june', 'reopen', DETAILS);
    expect(taken.frozen).toMatchObject({ version: 1, status: 'approved', frozenAt: AT });
    expect(taken.audit).toMatchObject({ event: 'reopened', version: 1, detail: 'Why' });
    await takeStep(db, 'june', 'approve', DETAILS);
    expect((await db.approvals.toArray()).map((each) => each.version)).toEqual([2]);
  });

  it('refuses to reopen the board’s record without a reason or a frozen copy', async () => {
    await db.meetings.add(aMeeting('june', '2021-06-21', { status: 'locked' }));
    await expect(takeStep(db, 'june', 'reopen', { ...DETAILS, detail: ' ' })).rejects.toThrow(
      'Say why the minutes are being reopened',
    );
    const unfrozen = { ...DETAILS, frozen: undefined };
    await expect(takeStep(db, 'june', 'reopen', unfrozen)).rejects.toThrow(
      'must be kept in the archive',
    );
    await db.meetings.add(aMeeting('draft-again', '2021-07-27', { status: 'circulated' }));
    await expect(takeStep(db, 'draft-again', 'reopen', unfrozen)).resolves.toMatchObject({
      frozen: null,
    });
  });

  it('refuses a meeting that is not there', async () => {
    await expect(takeStep(db, 'gone', 'circulate', DETAILS)).rejects.toThrow(
      'no longer in Minute Book',
    );
  });

  it('leaves the status and every record unchanged when the audit write fails', async () => {
    await db.meetings.add(aMeeting('june', '2021-06-21', { status: 'circulated' }));
    vi.spyOn(db.auditTrail, 'add').mockRejectedValue(new Error('The disk is full'));
    await expect(takeStep(db, 'june', 'approve', DETAILS)).rejects.toThrow('The disk is full');
    expect((await db.meetings.get('june'))?.status).toBe('circulated');
    expect(await db.approvals.count()).toBe(0);
    expect(await db.auditTrail.count()).toBe(0);
  });

  it('leaves the status unchanged when the step’s own record fails', async () => {
    await db.meetings.add(aMeeting('june', '2021-06-21', { status: 'approved' }));
    vi.spyOn(db.signatures, 'add').mockRejectedValue(new Error('The disk is full'));
    await expect(takeStep(db, 'june', 'sign', DETAILS)).rejects.toThrow('The disk is full');
    expect((await db.meetings.get('june'))?.status).toBe('approved');
    expect(await db.auditTrail.count()).toBe(0);
  });
});

function takenTo(step: SignOffStep) {
  return {
    circulate: 'circulated',
    approve: 'approved',
    sign: 'signed',
    lock: 'locked',
    reopen: 'draft',
  }[step];
}
