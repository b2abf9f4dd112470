import { mkdir, mkdtemp, open, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeText } from '@main/import/decode-text';
import { importFile, importFiles, importFilesInOrder } from '@main/import/import-files';
import { numberedParagraphsDocx } from './docx-fixtures';

const GOOD_MARKDOWN =
  '# Audit Committee\n\n2nd May 2024 | Meeting Summary\n\n**Attendees**\n\n- Ann Shah - Trust\n\n1. **Welcome**\n\nThe Chair welcomed members.\n';

/** A PNG's signature and header: binary, with NUL bytes. */
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
]);

describe('bad input', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'minute-book-import-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  async function file(name: string, content: string | Uint8Array): Promise<string> {
    const path = join(folder, name);
    await writeFile(path, content);
    return path;
  }

  it('refuses a damaged .docx, naming what is wrong', async () => {
    const result = await importFile(await file('minutes.docx', 'PK\u0003\u0004 not really a zip'));
    expect(result.meeting).toBeUndefined();
    expect(result.error).toMatch(
      /^it is not a Word document that can be read: the file is damaged/,
    );
  });

  it('refuses a zip that is not a Word document', async () => {
    const zip = new JSZip().file('notes.txt', 'hello');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const result = await importFile(await file('archive.docx', bytes));
    expect(result.error).toMatch(/^it is not a Word document that can be read/);
  });

  it('refuses a file of another kind named .docx, and an old Word .doc', async () => {
    expect((await importFile(await file('picture.docx', PNG))).error).toBe(
      'it is not a Word document (.docx): the file is damaged or of another kind',
    );
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await importFile(await file('old.docx', ole))).error).toMatch(
      /Word 97–2003 document .* save it as \.docx$/,
    );
  });

  it('refuses a binary file named .md', async () => {
    const result = await importFile(await file('minutes.md', PNG));
    expect(result.error).toBe(
      'it is not a text file (it holds binary data; is it a Word or PDF file renamed?)',
    );
    const docx = await importFile(await file('word.md', await numberedParagraphsDocx()));
    expect(docx.error).toMatch(/^it is not a text file/);
  });

  it('refuses bytes that are mostly not text, even without NUL bytes', () => {
    const noise = Uint8Array.from({ length: 400 }, (_, index) => 0x80 + ((index * 37) % 0x7f));
    expect(decodeText(noise)).toMatchObject({ ok: false, problem: 'binary' });
    const controls = new TextEncoder().encode('\u0001\u0002\u0003\u0004abc'.repeat(20));
    expect(decodeText(controls)).toMatchObject({ ok: false, problem: 'binary' });
  });

  it('counts only C0 controls and DEL as signs of binary, and allows a few of them', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const prose = 'Minutes of the meeting.\tTabs,\fform feeds and\r\nline ends are text. '.repeat(
      10,
    );
    expect(decodeText(encode(prose))).toMatchObject({ ok: true, text: prose });
    // C1 controls such as NEL are not counted; one stray control in a long text is allowed.
    const c1 = `${prose}${'\u0085'.repeat(40)}`;
    expect(decodeText(encode(c1))).toMatchObject({ ok: true });
    expect(decodeText(encode(`${prose}\u0007`))).toMatchObject({ ok: true });
    const del = `${'\u007f'.repeat(20)}${prose}`;
    expect(decodeText(encode(del))).toMatchObject({ ok: false, problem: 'binary' });
  });

  it('reads an older Windows text file, and UTF-16 with a byte-order mark', () => {
    // "Café “ok”" as Windows saved it: é is 0xE9, the curly quotes 0x93 and 0x94.
    const windows = Uint8Array.from([
      ...Buffer.from('Caf'),
      0xe9,
      ...Buffer.from(' said '),
      0x93,
      ...Buffer.from('ok'),
      0x94,
    ]);
    expect(decodeText(windows)).toEqual({
      ok: true,
      text: 'Café said “ok”',
      warnings: ['The file is not UTF-8; it was read as Windows-1252 (Western European).'],
    });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zoë Núñez', 'utf16le')]);
    expect(decodeText(utf16)).toEqual({ ok: true, text: 'Zoë Núñez', warnings: [] });
  });

  it('refuses an empty file and one of blank lines', async () => {
    expect((await importFile(await file('empty.md', ''))).error).toBe('the file is empty');
    expect((await importFile(await file('blank.txt', '\n \n\t\n'))).error).toBe(
      'the file is empty',
    );
  });

  it('refuses a file over the size limit without reading it', async () => {
    // A sparse 50 MB file: its size is real, its blocks are not written.
    const path = join(folder, 'huge.md');
    const handle = await open(path, 'w');
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();
    expect((await importFile(path)).error).toBe(
      'it is too large (50.0 MB); Minute Book imports files of up to 20.0 MB',
    );
    const small = await file('small.md', GOOD_MARKDOWN);
    expect((await importFile(small, { maxBytes: 10 })).error).toMatch(/^it is too large/);
  });

  it('refuses a file of a kind it does not import, and one that is missing', async () => {
    expect((await importFile(await file('minutes.pdf', '%PDF-1.7'))).error).toBe(
      'Minute Book imports .md, .markdown, .txt, .docx files, not .pdf',
    );
    const { results } = await importFiles([join(folder, 'nowhere.md')]);
    expect(results).toEqual([
      {
        file: join(folder, 'nowhere.md'),
        error: 'Minute Book cannot find this file or folder',
        warnings: [],
      },
    ]);
  });

  it('imports many files in order, each as on its own, good and bad alike', async () => {
    const paths: string[] = [];
    for (let index = 0; index < 30; index += 1) {
      const name = `m-${String(index).padStart(2, '0')}`;
      if (index % 5 === 1) paths.push(await file(`${name}.txt`, ''));
      else if (index % 5 === 2) paths.push(await file(`${name}.md`, PNG));
      else if (index % 5 === 3) paths.push(join(folder, `${name}-missing.md`));
      else if (index % 5 === 4) paths.push(await file(`${name}.pdf`, '%PDF-1.7'));
      else paths.push(await file(`${name}.md`, GOOD_MARKDOWN.replace('Audit', name)));
    }
    const inOrder = await importFilesInOrder(paths);
    const oneByOne = [];
    for (const path of paths) oneByOne.push(await importFile(path));
    expect(inOrder).toEqual(oneByOne);
    expect(inOrder.map((result) => result.file)).toEqual(paths);
    expect(inOrder[25]?.meeting?.board).toBe('m-25 Committee');
  });

  it('walks a folder that links back to itself only once', async () => {
    await file('a.md', GOOD_MARKDOWN);
    await symlink(folder, join(folder, 'loop'));
    const { results } = await importFiles([folder]);
    expect(results.map((result) => result.file)).toEqual([join(folder, 'a.md')]);
  });

  it('imports the good files of a mixed folder and names each bad one, changing nothing', async () => {
    await file('a-good.md', GOOD_MARKDOWN);
    await file('b-corrupt.docx', 'PK\u0003\u0004 broken');
    await file('c-empty.txt', '');
    await file('d-binary.md', PNG);
    await file('e-picture.png', PNG);
    await file('~$lock.docx', 'Word’s lock file');
    await mkdir(join(folder, 'sub'));
    await file('sub/f-word.docx', await numberedParagraphsDocx());
    const before = (await readdir(folder, { recursive: true })).sort();

    const { results } = await importFiles([folder]);

    const outcome = results.map((result) => [
      result.file.slice(folder.length + 1),
      result.meeting ? `ok: ${result.meeting.board}` : result.error,
    ]);
    expect(outcome).toEqual([
      ['a-good.md', 'ok: Audit Committee'],
      ['b-corrupt.docx', expect.stringMatching(/^it is not a Word document that can be read/)],
      ['c-empty.txt', 'the file is empty'],
      ['d-binary.md', expect.stringMatching(/^it is not a text file/)],
      ['sub/f-word.docx', 'ok: Quality Committee'],
    ]);
    expect((await readdir(folder, { recursive: true })).sort()).toEqual(before);
  });
});
