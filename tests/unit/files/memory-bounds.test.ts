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
import { makeAttackCorpus } from '../../support/attack-packages';
import { makeMinutesDocx } from '../../support/minutes-docx';
import { rawZip } from '../../support/raw-zip';
import { makeTempDataFolder } from '../../support/temp-data-folder';

/**
 * Each entry point for untrusted files (import, restore, verify) given each kind of hostile
 * file, in a child process of its own so that its peak memory is its own. The bounds are the
 * ones docs/limits.md states; nothing here is timed.
 */
const MB = 1024 * 1024;
/** Over the process's own baseline: a part of at most 64 MB, its text and its XML tree. */
const BOUND_MB = 300;
/** Restore holds the whole unpacked archive to check it before anything is replaced. */
const RESTORE_BOUND_MB = MAX_ARCHIVE_BYTES / MB + BOUND_MB;

const PROBE = resolve(__dirname, '../../support/memory-probe.ts');
const run = promisify(execFile);

let folder: string;
let remove: () => Promise<void>;
const file = (name: string) => join(folder, name);

/** A gzip stream of `bytes` zero bytes, written without holding them in memory. */
async function gzipBomb(path: string, bytes: number): Promise<void> {
  const chunk = Buffer.alloc(MB);
  async function* zeros() {
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
  ['import', 'deep-xml.docx', /not recognised/],
  ['import', 'pathological.md', /no minutes were recognised/],
  ['verify', 'zip-bomb.docx', /zip bomb|no signatures/],
  ['verify', 'gzip-bomb.gz', /not a Word document|not a zip|cannot be read/i],
  ['verify', 'deep-xml.docx', /Not valid/],
  ['verify', 'pathological.md', /not a Word document|not a zip|cannot be read/i],
  ['restore', 'zip-bomb.docx', /not a Minute Book backup|not a backup/i],
  ['restore', 'gzip-bomb.gz', /unpacks to more than 1,024 MB/],
  ['restore', 'deep-xml.docx', /not a Minute Book backup|not a backup/i],
  ['restore', 'pathological.md', /not a Minute Book backup|not a backup/i],
] as const;

describe('memory stays bounded for hostile files', { timeout: 180_000 }, () => {
  it.each(CASES)('%s of %s', async (entry, name, expected) => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', PROBE, file(name), entry], {
      maxBuffer: 16 * MB,
    });
    const { message, baselineMb, peakMb } = JSON.parse(stdout) as {
      message: string;
      baselineMb: number;
      peakMb: number;
    };
    measured.push(
      `${entry} ${name}: +${Math.round(peakMb - baselineMb)} MB over ${Math.round(baselineMb)} MB — ${message}`,
    );
    expect(message).not.toMatch(/cannot find/);
    expect(message).toMatch(expected);
    expect(message).not.toMatch(/^(RangeError|TypeError|Error):/);
    // A baseline this high would hide what the file costs: the measurement itself went wrong.
    expect(baselineMb).toBeLessThan(400);
    const bound = entry === 'restore' ? RESTORE_BOUND_MB : BOUND_MB;
    expect(peakMb - baselineMb, `${entry} of ${name}: ${message}`).toBeLessThan(bound);
  });
});
