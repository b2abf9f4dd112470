import { execFile } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '@main/cli/commands';
import { helpText } from '@main/cli/run-cli';
import { exportPkcs12 } from '@main/signing/signing-identity';
import { makeMinutesDocx } from '../../support/minutes-docx';
import { testIdentity } from '../../support/signing';
import { makeTempDataFolder } from '../../support/temp-data-folder';

// The `minute-book` bin as `npm run build` makes it: a launcher, an entry and the chunks they load,
// run by plain Node from a folder outside the project, where node_modules cannot help it.

const execFileAsync = promisify(execFile);
const PASSPHRASE = 'correct horse battery';

let folder: string;
let remove: () => Promise<void>;
let bundle: string;
let metafile: Metafile;

/** The part of esbuild's metafile the checks read: each output file, its size and its imports. */
interface Metafile {
  outputs: Record<
    string,
    { bytes: number; imports: { path: string; kind: string; external?: boolean }[] }
  >;
}

/** The output files a start loads before it runs any code: `file` and its static imports, transitively. */
function loadedTogether(file: string): string[] {
  const found = new Set<string>();
  const visit = (output: string): void => {
    if (found.has(output)) return;
    found.add(output);
    for (const imported of metafile.outputs[output]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(file);
  return [...found];
}

function outputNamed(pattern: RegExp): string {
  const found = Object.keys(metafile.outputs).find((output) => pattern.test(output));
  if (!found) throw new Error(`No output file matches ${pattern}`);
  return found;
}

const bytesOf = (outputs: string[]): number =>
  outputs.reduce((sum, output) => sum + (metafile.outputs[output]?.bytes ?? 0), 0);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment as a shell gives it, without what `npm run` adds (INIT_CWD would move the cwd). */
function outsideNpm(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(npm_|INIT_CWD$|MINUTE_BOOK_)/i.test(key)),
  );
}

async function minuteBook(args: string[], env: Record<string, string> = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [bundle, ...args], {
      cwd: folder,
      env: { ...outsideNpm(), ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

beforeAll(async () => {
  ({ folder, remove } = await makeTempDataFolder());
  bundle = join(folder, 'bin', 'minute-book.cjs');
  const metafilePath = join(folder, 'metafile.json');
  await execFileAsync(
    process.execPath,
    ['scripts/build-cli.mjs', '--outfile', bundle, '--metafile', metafilePath],
    { cwd: resolve(__dirname, '../../..'), timeout: 120_000 },
  );
  metafile = JSON.parse(await readFile(metafilePath, 'utf8')) as Metafile;
  await writeFile(join(folder, 'minutes.docx'), await makeMinutesDocx({ items: 3, words: 120 }));
  await writeFile(
    join(folder, 'alice.p12'),
    exportPkcs12(await testIdentity(), PASSPHRASE, 'Alice Chair'),
  );
}, 150_000);
afterAll(() => remove());

describe('the bundled minute-book command line', { timeout: 60_000 }, () => {
  it('is a launcher, an entry and chunks, needing nothing from node_modules', async () => {
    expect(
      (await readdir(join(folder, 'bin'))).filter((file) => /\.c?js$|\.mjs$/.test(file)),
    ).toEqual(['minute-book.cjs', 'minute-book.main.mjs']);
    const launcher = await readFile(bundle, 'utf8');
    expect(launcher.startsWith('#!/usr/bin/env node\n')).toBe(true);
    // The launcher turns on Node's compile cache before any chunk is parsed.
    expect(launcher).toContain("require('node:module').enableCompileCache?.();");
    expect(launcher).toContain("import('./minute-book.main.mjs');");
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const outputs = Object.keys(metafile.outputs).filter((output) => output.endsWith('.mjs'));
    expect(outputs.length).toBeGreaterThan(2);
    for (const output of outputs) {
      for (const imported of metafile.outputs[output]?.imports ?? []) {
        if (imported.external)
          expect(builtins, `${output} imports ${imported.path}`).toContain(imported.path);
        else expect(Object.keys(metafile.outputs)).toContain(imported.path);
      }
    }
  });

  it('loads for --help only the entry, and for verify only the signature checker', () => {
    const entry = outputNamed(/\/minute-book\.main\.mjs$/);
    const everything = bytesOf(Object.keys(metafile.outputs));
    // The entry holds the commands' names and help; no command's code or libraries.
    expect(bytesOf(loadedTogether(entry))).toBeLessThan(20_000);
    const verify = loadedTogether(outputNamed(/\/chunks\/verify-[^/]*\.mjs$/));
    // Not the English model of `transcript` (3.5 MB), nor the docx builder or search.
    expect(verify).not.toContain(outputNamed(/\/chunks\/transcript-[^/]*\.mjs$/));
    expect(bytesOf(verify)).toBeLessThan(everything / 10);
  });

  it('lists the same commands, summaries and usages as the registry, under its own name', async () => {
    const run = await minuteBook(['--help']);
    expect(run).toEqual({ code: 0, stdout: helpText(COMMANDS, 'minute-book'), stderr: '' });
    for (const command of COMMANDS) {
      const help = await minuteBook([...command.name.split(' '), '--help']);
      expect(help.stdout).toBe(`${command.summary}\n\nUsage: minute-book ${command.usage}\n`);
    }
  });

  it('signs and verifies a .docx, loading each command when it is used', async () => {
    const signed = await minuteBook(
      ['sign', 'minutes.docx', '--identity', 'alice.p12', '--out', 'signed.docx'],
      { MINUTE_BOOK_PASSPHRASE: PASSPHRASE },
    );
    expect(signed.code, signed.stderr).toBe(0);

    const verified = await minuteBook(['verify', 'signed.docx']);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain('1. VALID   Alice Chair (Chair, NHS Python Community)');
    expect(verified.stdout).toContain('Result: the signature is valid.');

    const unsigned = await minuteBook(['verify', 'minutes.docx']);
    expect(unsigned.code).toBe(1);
    expect(unsigned.stdout).toContain('Result: the document has no digital signatures.');
  });

  it('imports Word minutes, the HTML entities of their text decoded', async () => {
    // mammoth writes & < > " as HTML entities, which xmldom decodes from the table the bundle
    // builds on first use.
    await writeFile(
      join(folder, 'qa.docx'),
      await makeMinutesDocx({
        items: 2,
        words: 40,
        title: 'Minutes of the Board: Q&A on "Partners" <draft>, 21 June 2021',
      }),
    );
    const run = await minuteBook(['import', 'qa.docx', '--out', 'qa.json']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Board: Q&A on "Partners" <draft>, 2021-06-21 (Minutes)');
  });

  it('writes an invitation with the London time zone, which calendars need to place the meeting', async () => {
    const planned = resolve(
      __dirname,
      '../../fixtures/teams/nhs-python-board-2021-07-27.planned.meeting.json',
    );
    const run = await minuteBook(['invite', planned, '--out', 'meeting.ics']);
    expect(run.code, run.stderr).toBe(0);
    const ics = await readFile(join(folder, 'meeting.ics'), 'utf8');
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London');
    expect(ics).toContain('TZNAME:BST');
    expect(ics).toMatch(/DTSTART;TZID=Europe\/London:20210727T/);
  });

  it('exits 2 with the help for an unknown command', async () => {
    const run = await minuteBook(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown command: frobnicate');
    expect(run.stderr).toContain('Usage: minute-book <command> [options]');
  });
});
