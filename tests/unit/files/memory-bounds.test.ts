import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARCHIVE_BYTES } from '@main/backup/decode-archive';
import { ARCHIVE_FORMAT } from '@main/backup/archive-format';
import { makeAttackCorpus } from '../../support/attack-packages';
import { makeMinutesDocx } from '../../support/minutes-docx';
import { rawZip } from '../../support/raw-zip';
import { makeTempDataFolder } from '../../support/temp-data-folder';

/**
 * Each entry point for untrusted files (import, restore, verify) given each kind of hostile
 * file, in a child process of its own so that its peak memory is its own. The bounds are the
 * ones docs/limits.md states. The time bound is not a benchmark: it is many times what each
 * answer takes even on a loaded machine, and fails only for a file that is read on and on.
 */
const MB = 1024 * 1024;
/** Over the process's own baseline: a part of at most 64 MB, its text and its XML tree. */
const BOUND_MB = 300;
/** "Answers within a few seconds": each hostile file is refused long before this. */
const ANSWER_SECONDS = 10;

const PROBE = resolve(__dirname, '../../support/memory-probe.ts');
const run = promisify(execFile);

let folder: string;
let remove: () => Promise<void>;
const file = (name: string) => join(folder, name);

/**
 * A gzip stream of a backup's first line and then `bytes` zero bytes, written without holding
 * them in memory: past the header, so that restoring it gets as far as reading records.
 */
async function gzipBomb(path: string, bytes: number): Promise<void> {
  const chunk = Buffer.alloc(MB);
  const header = { format: ARCHIVE_FORMAT, version: 1, createdAt: '2026-11-24T09:00:00.000Z' };
  async function* zeros() {
    yield Buffer.from(`${JSON.stringify(header)}\n`);
    for (let written = 0; written < bytes; written += MB) yield chunk;
  }
  await pipeline(Readable.from(zeros()), createGzip({ level: 9 }), createWriteStream(path));
}

beforeAll(async () => {
  ({ folder, remove } = await makeTempDataFolder());
  const corpus = await makeAttackCorpus();
  const minutes = await makeMinutesDocx({ items: 1, words: 20 });
  // 300 MB of zeros declared as 1 KB, in an otherwise good Word document.
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(minutes);
  const entries = await Promise.all(
    Object.values(zip.files)
      .filter((entry) => !entry.dir)
      .map(async (entry) => ({
        name: entry.name,
        data: await entry.async('uint8array'),
        deflate: true,
      })),
  );
  await writeFile(
    file('zip-bomb.docx'),
    rawZip([
      ...entries,
      {
        name: 'word/media/image1.png',
        data: Buffer.alloc(300 * MB),
        deflate: true,
        declaredSize: 1024,
      },
    ]),
  );
  await gzipBomb(file('gzip-bomb.gz'), MAX_ARCHIVE_BYTES + 64 * MB);
  await writeFile(file('deep-xml.docx'), corpus.attacks.deepNesting);
  await writeFile(
    file('pathological.md'),
    `# Board\n\n${'- '.repeat(200_000)}\n${'>'.repeat(50_000)} quoted\n${'*_'.repeat(200_000)}\n`,
  );
  // Once each, so that compiling the TypeScript (tsx's cache) is not part of a measured run.
  for (const entry of ['import', 'restore', 'verify'])
    await run(process.execPath, ['--import', 'tsx', PROBE, file('pathological.md'), entry]);
}, 240_000);

const measured: string[] = [];
afterAll(async () => {
  // What was measured, for the record (docs/limits.md quotes it).
  await mkdir('test-results', { recursive: true });
  await writeFile('test-results/memory-bounds.txt', measured.join('\n'));
  await remove();
});

const CASES = [
  ['import', 'zip-bomb.docx', /zip bomb/],
  ['import', 'gzip-bomb.gz', /not \.gz/],
  ['import', 'deep-xml.docx', /nested more than 256 levels deep/],
  ['import', 'pathological.md', /no minutes were recognised/],
  ['verify', 'zip-bomb.docx', /zip bomb|no signatures/],
  ['verify', 'gzip-bomb.gz', /not a Word document|not a zip|cannot be read/i],
  ['verify', 'deep-xml.docx', /Not valid/],
  ['verify', 'pathological.md', /not a Word document|not a zip|cannot be read/i],
  ['restore', 'zip-bomb.docx', /not a Minute Book backup|not a backup/i],
  ['restore', 'gzip-bomb.gz', /one of its records is longer than any Minute Book writes/],
  ['restore', 'deep-xml.docx', /not a Minute Book backup|not a backup/i],
  ['restore', 'pathological.md', /not a Minute Book backup|not a backup/i],
] as const;

describe(
  'hostile files are answered within seconds and within a memory bound',
  { timeout: 180_000 },
  () => {
    it.each(CASES)('%s of %s', async (entry, name, expected) => {
      const { stdout } = await run(
        process.execPath,
        ['--import', 'tsx', PROBE, file(name), entry],
        {
          maxBuffer: 16 * MB,
        },
      );
      const { message, seconds, baselineMb, peakMb } = JSON.parse(stdout) as {
        message: string;
        seconds: number;
        baselineMb: number;
        peakMb: number;
      };
      measured.push(
        `${entry} ${name}: +${Math.round(peakMb - baselineMb)} MB over ${Math.round(baselineMb)} MB in ${seconds.toFixed(1)} s — ${message}`,
      );
      expect(message).not.toMatch(/cannot find/);
      expect(message).toMatch(expected);
      expect(message).not.toMatch(/^(RangeError|TypeError|Error):/);
      // A baseline this high would hide what the file costs: the measurement itself went wrong.
      expect(baselineMb).toBeLessThan(400);
      expect(peakMb - baselineMb, `${entry} of ${name}: ${message}`).toBeLessThan(BOUND_MB);
      expect(seconds, `${entry} of ${name}: ${message}`).toBeLessThan(ANSWER_SECONDS);
    });
  },
);
