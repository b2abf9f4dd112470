import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '@main/dispatch';
import { createHandlers } from '@main/handlers';
import type { MainPorts } from '@main/ports';
import { sampleArchive } from '../../support/archive';
import { makeTempDataFolder, testPorts } from '../../support/temp-data-folder';

describe('backups through the handlers', () => {
  let folder: string;
  let remove: () => Promise<void>;
  beforeEach(async () => {
    ({ folder, remove } = await makeTempDataFolder());
  });
  afterEach(() => remove());

  const handlers = (overrides: Partial<MainPorts>) => createHandlers(testPorts(folder, overrides));
  const onDay = (day: string) => handlers({ now: () => new Date(`${day}T10:00:00`) });

  it('saves the archive where the user chooses and restores it from there', async () => {
    const target = join(folder, 'board archive');
    const saved = await dispatch(
      handlers({ chooseSavePath: () => Promise.resolve(target) }),
      'saveBackup',
      { archive: sampleArchive() },
    );
    expect(saved).toMatchObject({
      ok: true,
      value: { status: 'saved', fileName: 'board archive.minutebook' },
    });
    const opened = await dispatch(
      handlers({ chooseOpenPath: () => Promise.resolve(`${target}.minutebook`) }),
      'openBackup',
      {},
    );
    expect(opened).toEqual({
      ok: true,
      value: {
        status: 'opened',
        fileName: 'board archive.minutebook',
        header: expect.objectContaining({ writtenBy: 'Minute Book 0.1.0-test', origin: 'manual' }),
        archive: sampleArchive(),
      },
    });
  });

  it('opens a backup the system asked the app to open, once, and then answers none', async () => {
    const target = join(folder, 'handover');
    await dispatch(handlers({ chooseSavePath: () => Promise.resolve(target) }), 'saveBackup', {
      archive: sampleArchive(),
    });
    const waiting = [`${target}.minutebook`];
    const fromSystem = handlers({ takeOpenedFile: () => waiting.shift() ?? null });
    await expect(dispatch(fromSystem, 'takeBackupOpenedFromSystem', {})).resolves.toEqual({
      ok: true,
      value: expect.objectContaining({
        status: 'opened',
        fileName: 'handover.minutebook',
        archive: sampleArchive(),
      }),
    });
    await expect(dispatch(fromSystem, 'takeBackupOpenedFromSystem', {})).resolves.toEqual({
      ok: true,
      value: { status: 'none' },
    });
  });

  it('says why a file opened from the file manager cannot be restored', async () => {
    const path = join(folder, 'not a backup.minutebook');
    await writeFile(path, 'hello');
    await expect(
      dispatch(handlers({ takeOpenedFile: () => path }), 'takeBackupOpenedFromSystem', {}),
    ).resolves.toEqual({
      ok: false,
      error: {
        code: 'user-error',
        message: 'This file is not a Minute Book backup. Nothing has been changed.',
      },
    });
  });

  it('writes nothing and opens nothing when the dialog is cancelled', async () => {
    await expect(
      dispatch(handlers({}), 'saveBackup', { archive: sampleArchive() }),
    ).resolves.toEqual({ ok: true, value: { status: 'cancelled' } });
    await expect(dispatch(handlers({}), 'openBackup', {})).resolves.toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(await readdir(folder)).toEqual([]);
  });

  it('answers a damaged file with a message and no records', async () => {
    const path = join(folder, 'broken.minutebook');
    await writeFile(path, 'not a backup at all');
    await expect(
      dispatch(handlers({ chooseOpenPath: () => Promise.resolve(path) }), 'openBackup', {}),
    ).resolves.toEqual({
      ok: false,
      error: {
        code: 'user-error',
        message: 'This file is not a Minute Book backup. Nothing has been changed.',
      },
    });
  });

  it('refuses an archive whose records are not what the app stores', async () => {
    const archive = sampleArchive();
    const result = await dispatch(handlers({}), 'saveBackup', {
      archive: { ...archive, meetings: [{ id: 'm', date: 'soon' }] },
    } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('keeps one automatic backup a day, and the last fourteen days', async () => {
    for (let day = 1; day <= 16; day += 1) {
      const date = `2026-11-${String(day).padStart(2, '0')}`;
      await dispatch(onDay(date), 'writeAutomaticBackup', { archive: sampleArchive() });
      await dispatch(onDay(date), 'writeAutomaticBackup', { archive: sampleArchive() });
    }
    const listed = await onDay('2026-11-16').listAutomaticBackups({});
    expect(listed.madeToday).toBe(true);
    expect(listed.keep).toBe(14);
    expect(listed.backups.map((backup) => backup.date)).toEqual(
      Array.from({ length: 14 }, (_, index) => `2026-11-${String(16 - index).padStart(2, '0')}`),
    );
    const tomorrow = await dispatch(onDay('2026-11-17'), 'listAutomaticBackups', {});
    expect(tomorrow).toMatchObject({ ok: true, value: { madeToday: false } });
  });

  it('restores an automatic backup by the name it was listed under', async () => {
    await dispatch(onDay('2026-11-20'), 'writeAutomaticBackup', { archive: sampleArchive() });
    await expect(
      dispatch(onDay('2026-11-21'), 'openAutomaticBackup', {
        fileName: 'minute-book-2026-11-20.minutebook',
      }),
    ).resolves.toMatchObject({
      ok: true,
      value: { status: 'opened', header: { origin: 'automatic' }, archive: sampleArchive() },
    });
  });

  it('never reads a path the renderer makes up', async () => {
    await expect(
      dispatch(handlers({}), 'openAutomaticBackup', { fileName: '../../etc/passwd' }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('says why an automatic backup failed and keeps the earlier ones', async () => {
    await dispatch(onDay('2026-11-20'), 'writeAutomaticBackup', { archive: sampleArchive() });
    const earlier = join(folder, 'backups', 'minute-book-2026-11-20.minutebook');
    const before = await readFile(earlier);
    // Something in the way of today's file: the write must fail without touching the others.
    await mkdir(join(folder, 'backups', 'minute-book-2026-11-21.minutebook'));
    const result = await dispatch(onDay('2026-11-21'), 'writeAutomaticBackup', {
      archive: sampleArchive(),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'user-error', message: expect.stringMatching(/is a folder/) },
    });
    expect(await readFile(earlier)).toEqual(before);
    expect(
      (await readdir(join(folder, 'backups'))).filter((name) => !name.startsWith('.')),
    ).toEqual(['minute-book-2026-11-20.minutebook', 'minute-book-2026-11-21.minutebook']);
  });

  it('says so when the data folder cannot hold backups', async () => {
    await writeFile(join(folder, 'backups'), 'a file where the folder should be');
    await expect(
      dispatch(onDay('2026-11-21'), 'writeAutomaticBackup', { archive: sampleArchive() }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'user-error' } });
  });
});
