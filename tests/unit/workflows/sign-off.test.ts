import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MinuteBookDatabase } from '@renderer/db/database';
import { sha256Hex } from '@renderer/workflows/digest';
import {
  lockMinutes,
  markCirculated,
  recordApproval,
  reopenMinutes,
  signBoardDocument,
  signMinutes,
} from '@renderer/workflows/sign-off';
import { canonicalJson } from '@shared/model';
import { freshDatabase } from '../db/migration-harness';
import { aMeeting, aSignature } from '../../support/records';
import { ALEX, BOARD, fakeApp, SHA_FILE } from './fake-context';

const NOW = '2021-07-27T10:00:00.000Z';
const CHOICE = {
  identity: ALEX,
  request: { identityId: ALEX.id, reason: 'Approved as a correct record' },
  reason: '',
};

describe('sign-off workflows', () => {
  let db: MinuteBookDatabase;
  beforeEach(() => {
    db = freshDatabase();
  });
  afterEach(() => db.close());

  it('marks draft minutes circulated, with their audit line, and tells the stores', async () => {
    const june = aMeeting('june', '2021-06-21', { status: 'draft' });
    await db.meetings.add(june);
    const app = fakeApp(db, {});
    await markCirculated(app.context, june);
    expect((await db.meetings.get('june'))?.status).toBe('circulated');
    expect(app.written).toEqual([
      expect.objectContaining({
        meeting: expect.objectContaining({ id: 'june', status: 'circulated', updatedAt: NOW }),
        audit: [
          expect.objectContaining({
            event: 'circulated',
            detail: 'Marked as circulated for comment',
          }),
        ],
      }),
    ]);
    expect(app.tracked()).toBe(1);
    await expect(markCirculated(app.context, june)).rejects.toThrow(
      'The minutes are circulated, so they cannot be circulated.',
    );
  });

  it('records an approval at a later meeting, with the amendments agreed', async () => {
    await db.meetings.add(aMeeting('june', '2021-06-21', { status: 'circulated' }));
    const app = fakeApp(db, {});
    const taken = await recordApproval(
      app.context,
      { id: 'june' },
      {
        approvedOn: '2021-07-27',
        approving: { id: 'july', date: '2021-07-27' },
        amendments: ' Item 3: Dr Núñez was present. ',
        by: 'Sophie Williams ',
      },
    );
    expect(taken.approval).toMatchObject({
      approvedOn: '2021-07-27',
      approvingMeetingId: 'july',
      amendments: 'Item 3: Dr Núñez was present.',
      version: 1,
    });
    expect(taken.audit).toMatchObject({
      event: 'approved',
      by: 'Sophie Williams',
      detail:
        'Approved at the meeting of 27 July 2021, with amendments: Item 3: Dr Núñez was present.',
    });
    expect((await db.meetings.get('june'))?.status).toBe('approved');
  });

  it('locks with the signed file the secretary was shown', async () => {
    await db.meetings.add(aMeeting('june', '2021-06-21', { status: 'signed' }));
    const app = fakeApp(db, {});
    const signed = aSignature('s', 'june');
    const taken = await lockMinutes(app.context, { id: 'june' }, signed, 'Sophie Williams');
    expect(taken.audit).toMatchObject({
      event: 'locked',
      fileSha256: signed.fileSha256,
      meetingSha256: signed.meetingSha256,
      detail: `Locked with s.docx (SHA-256 ${signed.fileSha256}); meeting data SHA-256 ${signed.meetingSha256}`,
    });
    expect((await db.meetings.get('june'))?.status).toBe('locked');
  });

  it('reopens signed minutes, freezing exactly the data last signed in this version', async () => {
    const june = aMeeting('june', '2021-06-21', { status: 'signed' });
    await db.meetings.add(june);
    await db.signatures.bulkAdd([
      aSignature('first', 'june', { at: '2021-07-01T00:00:00.000Z', meetingJson: '{"a":1}' }),
      aSignature('second', 'june', { at: '2021-07-02T00:00:00.000Z', meetingJson: '{"a":2}' }),
    ]);
    const app = fakeApp(db, {});
    const taken = await reopenMinutes(app.context, BOARD, june, {
      reason: 'The date of the next meeting was wrong',
      by: 'Sophie Williams',
    });
    expect(taken.frozen).toMatchObject({
      version: 1,
      status: 'signed',
      fileJson: '{"a":2}',
      sha256: await sha256Hex('{"a":2}'),
    });
    expect(taken.audit.detail).toBe('The date of the next meeting was wrong');
    expect((await db.meetings.get('june'))?.status).toBe('draft');
  });

  it('reopens approved minutes, freezing the meeting file as it stands', async () => {
    const june = aMeeting('june', '2021-06-21', { status: 'approved' });
    await db.meetings.add(june);
    const app = fakeApp(db, {});
    const taken = await reopenMinutes(app.context, BOARD, june, { reason: 'Typo', by: 'Sam' });
    const file = await app.context.meetingFile(BOARD, june);
    expect(taken.frozen?.fileJson).toBe(canonicalJson(file));
    await expect(
      reopenMinutes(app.context, BOARD, { ...june, status: 'approved' }, { reason: '', by: 'Sam' }),
    ).rejects.toThrow('The minutes are a draft, so they cannot be reopened.');
  });

  it('reopens circulated minutes without a reason, freezing nothing', async () => {
    const june = aMeeting('june', '2021-06-21', { status: 'circulated' });
    await db.meetings.add(june);
    const taken = await reopenMinutes(fakeApp(db, {}).context, BOARD, june, {
      reason: '',
      by: 'Sam',
    });
    expect(taken.frozen).toBeNull();
    expect(taken.audit.detail).toBe('Reopened before approval');
  });

  it('exports approved minutes naming the signer first, signs that file and records both', async () => {
    const june = aMeeting('june', '2021-06-21', { status: 'approved' });
    await db.meetings.add(june);
    const app = fakeApp(db, {
      exportMeetingDocx: () => ({
        status: 'saved',
        path: '/minutes/june.docx',
        fileName: 'june.docx',
        sha256: 'e'.repeat(64),
        token: 'exported-1',
      }),
      signDocument: () => ({
        status: 'signed',
        path: '/minutes/june (signed).docx',
        fileName: 'june (signed).docx',
        sha256: SHA_FILE,
        signatureCount: 1,
      }),
    });
    const outcome = await signMinutes(app.context, BOARD, june, CHOICE);
    expect(outcome).toEqual({ status: 'signed', fileName: 'june (signed).docx', sha256: SHA_FILE });

    const [exported, signed] = app.calls;
    const sent = exported?.request as {
      meeting: { signatories: { name: string }[] };
      layout: string;
    };
    expect(sent.layout).toBe('formal');
    expect(sent.meeting.signatories[0]).toMatchObject({
      name: 'Alex Cheung',
      role: 'Chair',
      certificateSha256: ALEX.fingerprintSha256,
    });
    expect(signed?.request).toEqual({
      identityId: ALEX.id,
      reason: 'Approved as a correct record',
      source: { kind: 'exported', token: 'exported-1' },
    });
    const [record] = await db.signatures.toArray();
    expect(record).toMatchObject({
      meetingId: 'june',
      fileSha256: SHA_FILE,
      meetingJson: canonicalJson(sent.meeting),
      meetingSha256: await sha256Hex(canonicalJson(sent.meeting)),
      version: 1,
    });
    expect((await db.exports.toArray()).map((each) => [each.fileName, each.status])).toEqual([
      ['june.docx', 'approved'],
    ]);
    expect((await db.meetings.get('june'))?.status).toBe('signed');
    expect((await db.auditTrail.toArray()).map((each) => each.event)).toEqual(['signed']);
  });

  it('keeps the export but records no signature when the save of the signed copy is cancelled', async () => {
    const june = aMeeting('june', '2021-06-21', { status: 'approved' });
    await db.meetings.add(june);
    const app = fakeApp(db, {
      exportMeetingDocx: () => ({
        status: 'saved',
        path: '/minutes/june.docx',
        fileName: 'june.docx',
        sha256: 'e'.repeat(64),
        token: 't',
      }),
      signDocument: () => ({ status: 'cancelled' }),
    });
    expect(await signMinutes(app.context, BOARD, june, CHOICE)).toEqual({
      status: 'exported',
      fileName: 'june.docx',
    });
    expect(await db.exports.count()).toBe(1);
    expect(await db.signatures.count()).toBe(0);
    expect((await db.meetings.get('june'))?.status).toBe('approved');
  });

  it('signs another board document and records it under no meeting', async () => {
    const app = fakeApp(db, {
      signDocument: () => ({
        status: 'signed',
        path: '/docs/terms.docx',
        fileName: 'terms.docx',
        sha256: SHA_FILE,
        signatureCount: 2,
      }),
    });
    expect(await signBoardDocument(app.context, BOARD, CHOICE)).toEqual({
      status: 'signed',
      fileName: 'terms.docx',
      signatureCount: 2,
    });
    expect(app.calls[0]?.request).toMatchObject({ source: { kind: 'choose' } });
    expect(await db.signatures.toArray()).toEqual([
      expect.objectContaining({ meetingId: '', boardId: 'b', fileSha256: SHA_FILE, version: 1 }),
    ]);
    expect(await db.auditTrail.count()).toBe(0);
  });
});
