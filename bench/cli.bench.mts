/**
 * Cold start of the bundled command line, `out/cli/minute-book.cjs` as `npm run build` makes it:
 * a new Node process each time, as a script or a secretary's shell runs it. `--help` must load no
 * command's libraries; `verify` only the signature checker.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportPkcs12 } from '../src/main/signing/signing-identity';
import { makeMinutesDocx } from '../tests/support/minutes-docx';
import { testIdentity } from '../tests/support/signing';
import { summarise, type BenchResult } from './measure';

const RUNS = 20;

/** The environment as a shell gives it: `npm run` adds INIT_CWD, which would move the cwd. */
const shellEnv: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(npm_|INIT_CWD$|MINUTE_BOOK_)/i.test(key)),
);
const TARGET_MS = 300;

/**
 * A new process per run. One untimed run first puts the file in the page cache and its compiled
 * code in Node's compile cache, as any earlier use has; `firstStart` gives every run an empty
 * compile cache instead, as the first start after installing or upgrading has.
 */
function timeRuns(
  bundle: string,
  args: string[],
  folder: string,
  expectCode: number,
  { firstStart = false } = {},
): number[] {
  const timings: number[] = [];
  const cache = join(folder, 'compile-cache');
  const env = () =>
    firstStart ? { ...shellEnv, NODE_COMPILE_CACHE: join(cache, String(Math.random())) } : shellEnv;
  spawnSync(process.execPath, [bundle, ...args], { cwd: folder, env: env() });
  for (let run = 0; run < RUNS; run += 1) {
    const runEnv = env();
    const started = performance.now();
    const result = spawnSync(process.execPath, [bundle, ...args], { cwd: folder, env: runEnv });
    timings.push(performance.now() - started);
    if (result.status !== expectCode)
      throw new Error(
        `minute-book ${args.join(' ')} exited ${result.status}: ${result.stderr.toString()}`,
      );
  }
  return timings;
}

export async function run(): Promise<BenchResult[]> {
  const bundle = resolve('out/cli/minute-book.cjs');
  if (!existsSync(bundle)) throw new Error('Build the command line first: npm run build');
  const folder = await mkdtemp(join(tmpdir(), 'minute-book-cli-bench-'));
  try {
    await writeFile(join(folder, 'minutes.docx'), await makeMinutesDocx({ items: 8, words: 600 }));
    await writeFile(
      join(folder, 'chair.p12'),
      exportPkcs12(await testIdentity(), 'bench passphrase', 'Alex Cheung'),
    );
    execFileSync(
      process.execPath,
      [bundle, 'sign', 'minutes.docx', '--identity', 'chair.p12', '--out', 'signed.docx'],
      { cwd: folder, env: { ...shellEnv, MINUTE_BOOK_PASSPHRASE: 'bench passphrase' } },
    );
    const node = (() => {
      const timings: number[] = [];
      for (let runIndex = 0; runIndex < RUNS; runIndex += 1) {
        const started = performance.now();
        spawnSync(process.execPath, ['-e', ''], { cwd: folder });
        timings.push(performance.now() - started);
      }
      return timings;
    })();
    return [
      summarise('command line: node itself, an empty script (for scale)', 'ms', node),
      summarise(
        'command line cold start: minute-book --help',
        'ms',
        timeRuns(bundle, ['--help'], folder, 0),
        TARGET_MS,
      ),
      summarise(
        'command line cold start: minute-book verify signed.docx',
        'ms',
        timeRuns(bundle, ['verify', 'signed.docx'], folder, 0),
        TARGET_MS,
      ),
      summarise(
        'command line first start after installing (no compile cache yet): --help',
        'ms',
        timeRuns(bundle, ['--help'], folder, 0, { firstStart: true }),
      ),
    ];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
