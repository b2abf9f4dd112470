import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMeetingFile } from '@shared/model/read-meeting-file';
import { EXAMPLE_MINUTES_PATH } from '../../support/example-minutes-path';
import { cli } from '../../support/run-cli';
import { makeTempDataFolder } from '../../support/temp-data-folder';
import { numberedParagraphsDocx } from './docx-fixtures';

const REPO = resolve(__dirname, '../../..');
const EXAMPLE = EXAMPLE_MINUTES_PATH;

describe('npm run cli -- import', () => {
  let folder: string;
  let remove: () => Promise<void>;

  beforeEach(async () => {
    ({ folder, remove } = await makeTempDataFolder());
  });
  afterEach(() => remove());

  it('writes the meeting file of the example summary', async () => {
    const run = await cli(['import', EXAMPLE, '--out', 'meeting.json'], folder);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const out = join(folder, 'meeting.json');
    expect(run.stdout).toBe(
      `Imported ${EXAMPLE}\n` +
        '  NHS Python Community Board, 2021-06-21 (Meeting Summary): 10 people, 5 items, next meeting 2021-07-27\n' +
        '  warning: Mended 1 character(s) garbled by a wrong text encoding, e.g. “Guyâ€™s” → “Guy’s”.\n' +
        `Wrote ${out}\n`,
    );
    const written = readMeetingFile(await readFile(out, 'utf8'));
    expect(written.ok ? written.meeting.source : written.message).toEqual({
      kind: 'imported',
      fileName: 'nhs-python-community-board-2021-06-21.md',
      // Which exact file it came from.
      sha256: createHash('sha256')
        .update(await readFile(EXAMPLE_MINUTES_PATH))
        .digest('hex'),
    });
  });

  it('imports from a folder holding exactly one file of minutes', async () => {
    await mkdir(join(folder, 'old'));
    await writeFile(join(folder, 'old', 'q.docx'), await numberedParagraphsDocx());
    await writeFile(join(folder, 'old', 'readme.pdf'), '%PDF');
    const run = await cli(['import', 'old', '--out', 'q.json'], folder);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Imported ${join(folder, 'old', 'q.docx')}`);
  });

  it('refuses a folder of several files with --out, writing nothing', async () => {
    await mkdir(join(folder, 'old'));
    await writeFile(join(folder, 'old', 'a.md'), '# A');
    await writeFile(join(folder, 'old', 'b.txt'), 'B');
    const run = await cli(['import', 'old', '--out', 'x.json'], folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${join(folder, 'old')} is a folder holding 2 files of minutes; --out writes one meeting file.`,
    );
    await expect(readdir(folder)).resolves.toEqual(['old']);
  });

  const usageMistakes: [string, string[], string][] = [
    ['no --out', [EXAMPLE], 'Say where to write the meeting file with --out <meeting.json>.'],
    ['no file', ['--out', 'x.json'], 'Give the file of minutes to import.'],
    [
      'two files with --out',
      [EXAMPLE, EXAMPLE, '--out', 'x.json'],
      '--out writes one meeting file',
    ],
    ['--check with --out', [EXAMPLE, '--check', '--out', 'x.json'], '--check writes nothing'],
    ['an unknown option', [EXAMPLE, '--colour'], "Unknown option '--colour'"],
  ];
  for (const [what, args, message] of usageMistakes) {
    it(`exits 2 with the usage for ${what}`, async () => {
      const run = await cli(['import', ...args], folder);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain('Usage: npm run cli -- import');
      await expect(readdir(folder)).resolves.toEqual([]);
    });
  }

  it('refuses to write the meeting file over the minutes themselves', async () => {
    await writeFile(join(folder, 'm.md'), '# Board');
    const run = await cli(['import', 'm.md', '--out', 'm.md'], folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--out would write over the minutes themselves');
    await expect(readFile(join(folder, 'm.md'), 'utf8')).resolves.toBe('# Board');
  });

  it('exits 1 naming a file that cannot be imported, and writes nothing', async () => {
    await writeFile(join(folder, 'empty.md'), '');
    const run = await cli(['import', 'empty.md', '--out', 'x.json'], folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`Could not import ${join(folder, 'empty.md')}: the file is empty.\n`);
    await expect(readdir(folder)).resolves.toEqual(['empty.md']);
  });

  it('checks a mixed folder file by file, exits 1 and writes nothing', async () => {
    await writeFile(join(folder, 'good.docx'), await numberedParagraphsDocx());
    await writeFile(join(folder, 'bad.docx'), 'not a zip');
    await writeFile(join(folder, 'binary.md'), Buffer.from([0x89, 0x50, 0, 0, 1]));
    const run = await cli(['import', '.', '--check'], folder);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Read ${join(folder, 'good.docx')}\n  Quality Committee`);
    expect(run.stdout).toContain('1 of 3 file(s) can be imported.');
    expect(run.stderr).toContain(
      `Could not import ${join(folder, 'bad.docx')}: it is not a Word document (.docx)`,
    );
    expect(run.stderr).toContain(
      `Could not import ${join(folder, 'binary.md')}: it is not a text file`,
    );
    await expect(readdir(folder)).resolves.toEqual(['bad.docx', 'binary.md', 'good.docx']);
  });

  it('runs as a script through tsx, as npm run cli does', async () => {
    const out = join(folder, 'spawned.json');
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'src/main/cli/index.ts', 'import', EXAMPLE, '--out', out],
      { cwd: REPO, timeout: 60_000 },
    );
    expect(stdout).toContain(`Wrote ${out}`);
    const written = readMeetingFile(await readFile(out, 'utf8'));
    expect(written.ok && written.meeting.items.length).toBe(5);

    const archive = join(folder, 'archive.minutebook');
    const into = await promisify(execFile)(
      'npx',
      ['tsx', 'src/main/cli/index.ts', 'import', EXAMPLE, '--into', archive],
      { cwd: REPO, timeout: 60_000 },
    );
    expect(into.stdout).toContain(`Created ${archive}: added 1 meeting(s).`);
  }, 90_000);
});
