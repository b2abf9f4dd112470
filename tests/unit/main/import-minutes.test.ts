import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '@main/dispatch';
import { createHandlers, type HandlerMap } from '@main/handlers';
import type { ImportSourcesOptions } from '@main/ports';
import { EXAMPLE_MINUTES_PATH } from '../../support/example-minutes-path';
import { makeTempDataFolder, testPorts } from '../../support/temp-data-folder';

const GOOD_MARKDOWN =
  '# Audit Committee\n\n2nd May 2024 | Meeting Summary\n\n**Attendees**\n\n- Ann Shah - Trust **(Chair)**\n\n1. **Welcome**\n\nThe Chair welcomed members.\n';

describe('importing minutes through the main process', () => {
  let folder: string;
  let remove: () => Promise<void>;
  let asked: ImportSourcesOptions[];

  beforeEach(async () => {
    ({ folder, remove } = await makeTempDataFolder());
    asked = [];
  });
  afterEach(() => remove());

  function handlersChoosing(answer: string[] | null): HandlerMap {
    return createHandlers(
      testPorts(folder, {
        chooseImportSources: (options) => {
          asked.push(options);
          return Promise.resolve(answer);
        },
      }),
    );
  }

  async function choose(handlers: HandlerMap, kind: 'files' | 'folder') {
    const result = await dispatch(handlers, 'chooseImportSources', { kind });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as Awaited<ReturnType<HandlerMap['chooseImportSources']>>;
  }

  it('answers cancelled when the user closes the dialog, and asks for files or a folder', async () => {
    await expect(choose(handlersChoosing(null), 'folder')).resolves.toEqual({
      status: 'cancelled',
    });
    expect(asked[0]?.kind).toBe('folder');
    expect(asked[0]?.title).toBe('Import a folder of minutes');
  });

  it('reads a folder in batches: good files recognised, each bad one named with its problem', async () => {
    const minutes = join(folder, 'minutes');
    await mkdir(join(minutes, '2024'), { recursive: true });
    await copyFile(EXAMPLE_MINUTES_PATH, join(minutes, 'example.md'));
    await writeFile(join(minutes, '2024', 'audit.md'), GOOD_MARKDOWN);
    await writeFile(join(minutes, 'empty.txt'), '');
    await writeFile(join(minutes, 'broken.docx'), 'PK\u0003\u0004 not a zip');
    await writeFile(join(minutes, 'picture.png'), 'ignored: not minutes');

    const handlers = handlersChoosing([minutes]);
    const chosen = await choose(handlers, 'folder');
    if (chosen.status !== 'chosen') throw new Error('expected a choice');
    expect(chosen.total).toBe(4);
    expect(chosen.label).toBe('minutes');

    const first = await dispatch(handlers, 'readImportBatch', {
      token: chosen.token,
      from: 0,
      count: 3,
    });
    const second = await dispatch(handlers, 'readImportBatch', {
      token: chosen.token,
      from: 3,
      count: 3,
    });
    if (!first.ok || !second.ok) throw new Error('batches failed');
    const files = [
      ...(first.value as { files: { displayName: string; error?: string; meeting?: unknown }[] })
        .files,
      ...(second.value as { files: { displayName: string; error?: string; meeting?: unknown }[] })
        .files,
    ];
    expect(files.map((file) => file.displayName)).toEqual([
      '2024/audit.md',
      'broken.docx',
      'empty.txt',
      'example.md',
    ]);
    expect(files[0]?.meeting).toMatchObject({ board: 'Audit Committee', date: '2024-05-02' });
    expect(files[1]?.error).toMatch(/^it is not a Word document that can be read/);
    expect(files[2]?.error).toBe('the file is empty');
    expect(files[3]?.meeting).toMatchObject({
      board: 'NHS Python Community Board',
      source: { kind: 'imported', fileName: 'example.md' },
    });
  });

  it('forgets the files once the import is closed, and refuses a batch too large', async () => {
    const path = join(folder, 'audit.md');
    await writeFile(path, GOOD_MARKDOWN);
    const handlers = handlersChoosing([path]);
    const chosen = await choose(handlers, 'files');
    if (chosen.status !== 'chosen') throw new Error('expected a choice');
    expect(chosen.label).toBe('audit.md');
    await expect(
      dispatch(handlers, 'readImportBatch', { token: chosen.token, from: 0, count: 5000 }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    await expect(dispatch(handlers, 'closeImport', { token: chosen.token })).resolves.toEqual({
      ok: true,
      value: { closed: true },
    });
    await expect(
      dispatch(handlers, 'readImportBatch', { token: chosen.token, from: 0, count: 1 }),
    ).resolves.toEqual({
      ok: false,
      error: {
        code: 'user-error',
        message: 'This import has ended. Choose the files to import again.',
      },
    });
  });

  it('reads the batches of one import one at a time, in the order asked, until it is closed', async () => {
    const minutes = join(folder, 'minutes');
    await mkdir(minutes);
    for (const name of ['a.md', 'b.md', 'c.md', 'd.md', 'e.md']) {
      await writeFile(join(minutes, name), GOOD_MARKDOWN);
    }
    const handlers = handlersChoosing([minutes]);
    const chosen = await choose(handlers, 'folder');
    if (chosen.status !== 'chosen') throw new Error('expected a choice');
    const answered: string[] = [];
    const batch = (from: number, count: number) =>
      dispatch(handlers, 'readImportBatch', { token: chosen.token, from, count }).then((result) => {
        answered.push(`${from}: ${result.ok ? 'read' : result.error.message}`);
      });
    // Asked for together, the shorter second batch still waits for the first.
    await Promise.all([batch(0, 3), batch(3, 1)]);
    expect(answered).toEqual(['0: read', '3: read']);
    // A batch asked for but not begun when the import closes is not read.
    const waiting = batch(4, 1);
    await dispatch(handlers, 'closeImport', { token: chosen.token });
    await waiting;
    expect(answered[2]).toBe('4: This import has ended. Choose the files to import again.');
  });

  it('never takes a path from the renderer', async () => {
    await expect(
      dispatch(handlersChoosing(null), 'chooseImportSources', { kind: 'files', path: '/etc' }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
