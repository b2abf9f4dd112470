import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '@main/dispatch';
import { createHandlers } from '@main/handlers';
import type { SaveDialogOptions } from '@main/ports';
import { makeTempDataFolder, testPorts } from '../../support/temp-data-folder';
import { aYearOfAttendance } from './fixture';

describe('the standing records’ calls to main', () => {
  let folder: string;
  let remove: () => Promise<void>;
  beforeEach(async () => {
    ({ folder, remove } = await makeTempDataFolder());
  });
  afterEach(() => remove());

  it('saves the attendance record as CSV where the user chose, offering a name with the period', async () => {
    const chooseSavePath = vi.fn((_options: SaveDialogOptions) =>
      Promise.resolve(join(folder, 'attendance')),
    );
    const handlers = createHandlers(testPorts(folder, { chooseSavePath }));
    const answer = await dispatch(handlers, 'exportAttendanceRecord', {
      format: 'csv',
      record: aYearOfAttendance(),
    });
    expect(answer).toEqual({
      ok: true,
      value: { status: 'saved', path: join(folder, 'attendance.csv'), fileName: 'attendance.csv' },
    });
    expect(chooseSavePath.mock.calls[0]?.[0].defaultFileName).toBe(
      'NHS Python Community Board - Attendance 2025-01-01 to 2025-12-31.csv',
    );
    expect(await readFile(join(folder, 'attendance.csv'), 'utf8')).toContain('Alex Cheung,Chair');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const handlers = createHandlers(testPorts(folder));
    const answer = await dispatch(handlers, 'exportAttendanceRecord', {
      format: 'docx',
      record: aYearOfAttendance(),
    });
    expect(answer).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses a request that carries a path or a malformed record', async () => {
    const handlers = createHandlers(testPorts(folder));
    const withPath = await dispatch(handlers, 'exportAttendanceRecord', {
      format: 'csv',
      record: aYearOfAttendance(),
      path: '/etc/passwd',
    });
    expect(withPath).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const bad = await dispatch(handlers, 'exportAttendanceRecord', {
      format: 'csv',
      record: { ...aYearOfAttendance(), from: 'last year' },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('opens a mailto: draft built by main, with the subject and body encoded', async () => {
    const openMailDraft = vi.fn((_url: string) => Promise.resolve());
    const handlers = createHandlers(testPorts(folder, { openMailDraft }));
    const answer = await dispatch(handlers, 'openMailDraft', {
      to: ['sam@example.nhs.uk', 'jo@example.nhs.uk'],
      subject: 'Register of interests: please confirm',
      body: 'Dear colleagues,\nPlease confirm & reply.',
    });
    expect(answer).toEqual({ ok: true, value: { opened: true } });
    expect(openMailDraft).toHaveBeenCalledWith(
      'mailto:sam%40example.nhs.uk,jo%40example.nhs.uk?subject=Register%20of%20interests%3A%20please%20confirm&body=Dear%20colleagues%2C%0D%0APlease%20confirm%20%26%20reply.',
    );
  });

  it('refuses anything but e-mail addresses, so the page cannot open another link', async () => {
    const openMailDraft = vi.fn((_url: string) => Promise.resolve());
    const handlers = createHandlers(testPorts(folder, { openMailDraft }));
    const answer = await dispatch(handlers, 'openMailDraft', {
      to: ['https://example.com/?x=@y'],
      subject: 's',
      body: 'b',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(openMailDraft).not.toHaveBeenCalled();
  });

  it('says so when no mail program can be opened', async () => {
    const handlers = createHandlers(
      testPorts(folder, { openMailDraft: () => Promise.reject(new Error('no handler')) }),
    );
    const answer = await dispatch(handlers, 'openMailDraft', {
      to: ['sam@example.nhs.uk'],
      subject: 's',
      body: 'b',
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'user-error', message: expect.stringMatching(/mail program/) },
    });
  });
});
