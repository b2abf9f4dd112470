import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDocx } from '../../support/docx-reader';
import { EXAMPLE_MEETING_PATH } from '../../support/example-meeting';
import { cli } from '../../support/run-cli';
import { makeTempDataFolder } from '../../support/temp-data-folder';

const REPO = resolve(__dirname, '../../..');

describe('npm run cli -- export-docx', () => {
  let folder: string;
  let remove: () => Promise<void>;

  beforeEach(async () => {
    ({ folder, remove } = await makeTempDataFolder());
  });
  afterEach(() => remove());

  it('builds the document of a meeting file and prints where, and its SHA-256', async () => {
    const run = await cli(
      ['export-docx', EXAMPLE_MEETING_PATH, '--out', 'minutes.docx', '--layout', 'formal'],
      folder,
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const out = join(folder, 'minutes.docx');
    const bytes = await readFile(out);
    expect(run.stdout).toBe(
      `Wrote ${out}\n  layout formal, audience internal\n  sha256 ${createHash('sha256').update(bytes).digest('hex')}\n`,
    );
    const docx = await openDocx(bytes);
    expect(docx.paragraphs.map((paragraph) => paragraph.text)).toContain('Quorum');
  });

  it('builds the summary for everyone by default', async () => {
    const run = await cli(['export-docx', EXAMPLE_MEETING_PATH, '-o', 'summary.docx'], folder);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('layout summary, audience internal');
  });

  it('lists the command and explains its options with --help', async () => {
    const all = await cli(['--help'], folder);
    expect(all.stdout).toMatch(/export-docx\s+Build the Word document/);
    const one = await cli(['export-docx', '--help'], folder);
    expect(one).toMatchObject({ code: 0, stderr: '' });
    expect(one.stdout).toContain(
      'Usage: npm run cli -- export-docx <meeting.json> --out <file.docx> [--layout summary|formal] [--audience internal|public]',
    );
  });

  const usageMistakes: [string, string[], string][] = [
    ['no --out', [EXAMPLE_MEETING_PATH], 'Say where to write the document with --out <file.docx>.'],
    ['no meeting file', ['--out', 'x.docx'], 'Give exactly one meeting file.'],
    [
      'an unknown layout',
      [EXAMPLE_MEETING_PATH, '--out', 'x.docx', '--layout', 'fancy'],
      '--layout must be one of summary, formal, not "fancy".',
    ],
    [
      'an unknown audience',
      [EXAMPLE_MEETING_PATH, '--out', 'x.docx', '--audience', 'press'],
      '--audience must be one of internal, public, not "press".',
    ],
    [
      'an unknown option',
      [EXAMPLE_MEETING_PATH, '--out', 'x.docx', '--colour'],
      "Unknown option '--colour'",
    ],
  ];
  for (const [what, args, message] of usageMistakes) {
    it(`exits 2 with the usage for ${what}`, async () => {
      const run = await cli(['export-docx', ...args], folder);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain('Usage: npm run cli -- export-docx');
      await expect(readdir(folder)).resolves.toEqual([]);
    });
  }

  const badInput: [string, string | null, RegExp][] = [
    ['a missing file', null, /^Minute Book cannot find .*missing\.json\.\n$/],
    ['invalid JSON', '{"format": ', /it is not valid JSON/],
    ['a file of another kind', '{"hello": 1}', /does not say "format": "minute-book.meeting"/],
    [
      'fields that break the schema',
      '{"format": "minute-book.meeting", "version": 1, "board": "", "date": "2024-3-1", "items": [{"number": 0, "title": "x"}]}',
      /has 3 problems:\n- board: The board needs a name\n- date: Expected a date as YYYY-MM-DD\n- items\[0\]\.number: /,
    ],
  ];
  for (const [what, content, message] of badInput) {
    it(`exits 1 with a clear message for ${what}`, async () => {
      const input = join(folder, 'missing.json');
      if (content !== null) await writeFile(input, content);
      const run = await cli(['export-docx', input, '--out', 'x.docx'], folder);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      await expect(readdir(folder)).resolves.toEqual(content === null ? [] : ['missing.json']);
    });
  }

  it('exits 1 with a clear message when the output cannot be written', async () => {
    await writeFile(join(folder, 'papers'), 'a file, not a folder');
    const run = await cli(['export-docx', EXAMPLE_MEETING_PATH, '--out', 'papers/x.docx'], folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${join(folder, 'papers')} is not a folder. Choose another folder.\n`);
  });

  it('runs as a script through tsx, as npm run cli does', async () => {
    const out = join(folder, 'spawned.docx');
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'src/main/cli/index.ts', 'export-docx', EXAMPLE_MEETING_PATH, '--out', out],
      { cwd: REPO, timeout: 60_000 },
    );
    expect(stdout).toContain(`Wrote ${out}`);
    const docx = await openDocx(await readFile(out));
    expect(docx.paragraphs[0]?.text).toBe('NHS Python Community Board');

    const failed = await promisify(execFile)(
      'npx',
      ['tsx', 'src/main/cli/index.ts', 'export-docx', join(folder, 'nope.json'), '--out', out],
      { cwd: REPO, timeout: 60_000 },
    ).catch((error: unknown) => error as { code: number; stderr: string });
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('Minute Book cannot find');
  }, 90_000);
});
