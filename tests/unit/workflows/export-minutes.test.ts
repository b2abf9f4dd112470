import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MainProcessError } from '@renderer/bridge';
import type { MinuteBookDatabase } from '@renderer/db/database';
import { canChooseAgain, exportMinutes, saveMeetingFile } from '@renderer/workflows/export-minutes';
import { verifyDocument } from '@renderer/workflows/check-document';
import { freshDatabase } from '../db/migration-harness';
import { aMeeting } from '../../support/records';
import { BOARD, fakeApp } from './fake-context';

const SAVED = {
  status: 'saved' as const,
  path: '/minutes/2021-06-21 Meeting Summary.docx',
  fileName: '2021-06-21 Meeting Summary.docx',
  sha256: 'e'.repeat(64),
  token: 't',
};
const CHOICE = { layout: 'summary', audience: 'public', handSignature: false } as const;

describe('exporting minutes', () => {
  let db: MinuteBookDatabase;
  beforeEach(() => {
    db = freshDatabase();
  });
  afterEach(() => db.close());

  it('records the export of a draft and marks it circulated', async () => {
    const june = aMeeting('june', '2021-06-21', { status: 'draft' });
    await db.meetings.add(june);
    const app = fakeApp(db, { exportMeetingDocx: () => SAVED });
    expect(await exportMinutes(app.context, BOARD, june, CHOICE)).toEqual({
      status: 'saved',
      fileName: SAVED.fileName,
      folder: '/minutes',
    });
    expect(app.calls[0]?.request).toMatchObject(CHOICE);
    expect(await db.exports.toArray()).toEqual([
      expect.objectContaining({
        meetingId: 'june',
        sha256: SAVED.sha256,
        status: 'draft',
        layout: 'summary',
        audience: 'public',
      }),
    ]);
    expect((await db.meetings.get('june'))?.status).toBe('circulated');
    expect(await db.auditTrail.toArray()).toEqual([
      expect.objectContaining({
        event: 'circulated',
        detail: `Exported ${SAVED.fileName} (SHA-256 ${SAVED.sha256})`,
      }),
    ]);
    expect(app.written.flatMap((each) => each.exports ?? [])).toHaveLength(1);
  });

  it('leaves minutes past draft where they are', async () => {
    const june = aMeeting('june', '2021-06-21', { status: 'approved' });
    await db.meetings.add(june);
    const app = fakeApp(db, { exportMeetingDocx: () => SAVED });
    await exportMinutes(app.context, BOARD, june, { ...CHOICE, handSignature: true });
    expect((await db.meetings.get('june'))?.status).toBe('approved');
    expect(await db.auditTrail.count()).toBe(0);
    expect(await db.exports.count()).toBe(1);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const june = aMeeting('june', '2021-06-21', { status: 'draft' });
    await db.meetings.add(june);
    const app = fakeApp(db, { exportMeetingDocx: () => ({ status: 'cancelled' }) });
    expect(await exportMinutes(app.context, BOARD, june, CHOICE)).toEqual({ status: 'cancelled' });
    expect([await db.exports.count(), (await db.meetings.get('june'))?.status]).toEqual([
      0,
      'draft',
    ]);
    expect(app.written).toEqual([]);
  });

  it('offers another folder only for a failure the secretary can get round', async () => {
    const june = aMeeting('june', '2021-06-21', { status: 'draft' });
    await db.meetings.add(june);
    const app = fakeApp(db, {
      exportMeetingDocx: () => {
        throw new MainProcessError('user-error', 'The folder is read-only.');
      },
    });
    const failure = await exportMinutes(app.context, BOARD, june, CHOICE).catch(
      (error: unknown) => error,
    );
    expect(canChooseAgain(failure)).toBe(true);
    expect(canChooseAgain(new MainProcessError('internal', 'Something broke'))).toBe(false);
    expect((await db.meetings.get('june'))?.status).toBe('draft');
  });

  it('saves the meeting file and checks a document through the main process', async () => {
    const june = aMeeting('june', '2021-06-21');
    const app = fakeApp(db, {
      saveMeetingFile: () => ({ status: 'saved', path: '/m/june.json', fileName: 'june.json' }),
      verifyDocument: () => ({ status: 'cancelled' }),
    });
    expect(await saveMeetingFile(app.context, BOARD, june)).toMatchObject({
      fileName: 'june.json',
    });
    expect(app.calls[0]?.request).toEqual({ meeting: await app.context.meetingFile(BOARD, june) });
    expect(await verifyDocument(app.context)).toEqual({ status: 'cancelled' });
  });
});
