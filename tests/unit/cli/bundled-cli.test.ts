import { execFile } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/main/cli/commands';
import { helpText } from '../../../src/main/cli/run-cli';
import { exportPkcs12 } from '../../../src/main/signing/signing-identity';
import { makeMinutesDocx } from '../../support/minutes-docx';
import { testIdentity } from '../../support/signing';
import { makeTempDataFolder } from '../../support/temp-data-folder';

// The `minute-book` bin as `npm run build` makes it: one bundled file, run by plain Node from a
// folder outside the project, where node_modules cannot help it.

const execFileAsync = promisify(execFile);
const PASSPHRASE = 'correct horse battery';

let folder: string;
let remove: () => Promise<void>;
let bundle: string;

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
  await execFileAsync(process.execPath, ['scripts/build-cli.mjs', '--outfile', bundle], {
    cwd: resolve(__dirname, '../../..'),
    timeout: 120_000,
  });
  await writeFile(join(folder, 'minutes.docx'), await makeMinutesDocx({ items: 3, words: 120 }));
  await writeFile(
    join(folder, 'alice.p12'),
    exportPkcs12(await testIdentity(), PASSPHRASE, 'Alice Chair'),
  );
}, 150_000);
afterAll(() => remove());

describe('the bundled minute-book command line', { timeout: 60_000 }, () => {
  it('is one bundle and its launcher, needing nothing from node_modules', async () => {
    expect(
      (await readdir(join(folder, 'bin'))).filter(
        (file) => file.endsWith('.js') || file.endsWith('.cjs'),
      ),
    ).toEqual(['minute-book.bundle.cjs', 'minute-book.cjs']);
    const launcher = await readFile(bundle, 'utf8');
    expect(launcher.startsWith('#!/usr/bin/env node\n')).toBe(true);
    // The launcher turns on Node's compile cache before the bundle is parsed.
    expect(launcher).toContain("require('node:module').enableCompileCache?.();");
    const source =
      launcher + (await readFile(join(folder, 'bin', 'minute-book.bundle.cjs'), 'utf8'));
    const required = [...source.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map(
      (match) => match[1],
    );
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    expect(
      required.filter(
        (name) => name !== undefined && !builtins.has(name) && name !== './minute-book.bundle.cjs',
      ),
    ).toEqual([]);
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

  it('exits 2 with the help for an unknown command', async () => {
    const run = await minuteBook(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown command: frobnicate');
    expect(run.stderr).toContain('Usage: minute-book <command> [options]');
  });
});
