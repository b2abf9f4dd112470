import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '@main/dispatch';
import { createHandlers } from '@main/handlers';
import type { SaveDialogOptions } from '@main/ports';
import { openDocx } from '../../support/docx-reader';
import { exampleMeeting } from '../../support/example-meeting';
import { makeTempDataFolder, testPorts } from '../../support/temp-data-folder';

describe('exportMeetingDocx', () => {
  let folder: string;
  let remove: () => Promise<void>;

  beforeEach(async () => {
    ({ folder, remove } = await makeTempDataFolder());
  });
  afterEach(() => remove());

  function exportTo(path: string | null, request: Record<string, unknown> = {}) {
    const chooseSavePath = vi.fn((_options: SaveDialogOptions) => Promise.resolve(path));
    const ports = testPorts(folder, { chooseSavePath });
    const handlers = createHandlers(ports);
    const result = dispatch(handlers, 'exportMeetingDocx', {
      meeting: exampleMeeting(),
      layout: 'summary',
      audience: 'internal',
      ...request,
    });
    return { result, chooseSavePath, ports };
  }

  it('saves the document where the user chose and returns its path and SHA-256', async () => {
    const target = join(folder, 'summary.docx');
    const { result, chooseSavePath, ports } = exportTo(target);
    const answer = await result;
    const bytes = await readFile(target);
    expect(answer).toEqual({
      ok: true,
      value: {
        status: 'saved',
        path: target,
        fileName: 'summary.docx',
        sha256: createHash('sha256').update(bytes).digest('hex'),
        token: expect.any(String),
      },
    });
    // The token names the file for signing later, without the renderer sending its path.
    const token = answer.ok ? (answer.value as { token: string }).token : '';
    expect(ports.exportedFiles.resolve(token)).toBe(target);
    expect(chooseSavePath).toHaveBeenCalledWith({
      title: 'Export to Word',
      defaultFileName: '2021-06-21 NHS Python Community Board - Meeting Summary.docx',
      filters: [{ name: 'Word document', extensions: ['docx'] }],
    });
    const docx = await openDocx(bytes);
    expect(docx.paragraphs[0]).toMatchObject({
      style: 'Title',
      text: 'NHS Python Community Board',
    });
    await expect(readdir(folder)).resolves.toEqual(['summary.docx']);
  });

  it('builds the layout and audience asked for', async () => {
    const target = join(folder, 'minutes.docx');
    const { result, chooseSavePath } = exportTo(target, { layout: 'formal', audience: 'public' });
    await expect(result).resolves.toMatchObject({ ok: true, value: { status: 'saved' } });
    expect(chooseSavePath.mock.calls[0]?.[0].defaultFileName).toBe(
      '2021-06-21 NHS Python Community Board - Minutes (public).docx',
    );
    const docx = await openDocx(await readFile(target));
    expect(docx.paragraphs.map((paragraph) => paragraph.text)).toContain('Quorum');
  });

  it('adds .docx to a name typed without it', async () => {
    const { result } = exportTo(join(folder, 'board minutes'));
    await expect(result).resolves.toMatchObject({
      ok: true,
      value: { path: join(folder, 'board minutes.docx'), fileName: 'board minutes.docx' },
    });
  });

  it('writes nothing and reports no error when the dialog is cancelled', async () => {
    const { result } = exportTo(null);
    await expect(result).resolves.toEqual({ ok: true, value: { status: 'cancelled' } });
    await expect(readdir(folder)).resolves.toEqual([]);
  });

  it('cancels by default in tests that do not choose a path', async () => {
    const handlers = createHandlers(testPorts(folder));
    await expect(
      dispatch(handlers, 'exportMeetingDocx', { meeting: exampleMeeting() }),
    ).resolves.toEqual({ ok: true, value: { status: 'cancelled' } });
  });

  it('gives a clear message for a folder it cannot write to, leaving the earlier file as it was', async () => {
    // Tests run as root, past any permission; a "folder" that is really a file fails for anyone.
    const notAFolder = join(folder, 'board-papers');
    await writeFile(notAFolder, 'an earlier file');
    const { result } = exportTo(join(notAFolder, 'minutes.docx'));
    await expect(result).resolves.toEqual({
      ok: false,
      error: {
        code: 'user-error',
        message: `${notAFolder} is not a folder. Choose another folder.`,
      },
    });
    await expect(readFile(notAFolder, 'utf8')).resolves.toBe('an earlier file');
    await expect(readdir(folder)).resolves.toEqual(['board-papers']);
  });

  it('refuses a request that carries a path or anything else beyond the meeting and options', async () => {
    const { result, chooseSavePath } = exportTo(join(folder, 'x.docx'), { path: '/etc/passwd' });
    await expect(result).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(chooseSavePath).not.toHaveBeenCalled();
  });

  it('refuses a meeting that breaks the schema before asking where to save', async () => {
    const { result, chooseSavePath } = exportTo(join(folder, 'x.docx'), {
      meeting: { ...exampleMeeting(), date: '21/06/2021' },
    });
    await expect(result).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(chooseSavePath).not.toHaveBeenCalled();
  });
});
