import { createWriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBackupFile, writeBackupFile } from '@main/backup/backup-file';
import { MAX_LINE_BYTES } from '@main/backup/decode-archive';
import { createIsolatedBackupReader } from '@main/backup/isolated-backup-reader';
import { sampleArchive } from '../../support/archive';
import { makeTempDataFolder } from '../../support/temp-data-folder';

/** The app bundles the worker with electron-vite; here tsx runs its TypeScript. */
const WORKER = resolve(__dirname, '../../../src/main/backup/read-backup-worker.ts');
const startWorker = (options: WorkerOptions) =>
  new Worker(WORKER, { ...options, execArgv: ['--import', 'tsx'] });

const MB = 1024 * 1024;
const HEADER = `${JSON.stringify({ format: 'minute-book.archive', version: 1, createdAt: '2026-11-24T09:00:00.000Z', writtenBy: 'x', origin: 'manual' })}\n`;

/** A gzip stream of `first`, then `zeros` bytes of zeros, written without holding them. */
async function gzipped(path: string, first: string, zeros: number): Promise<void> {
  const chunk = Buffer.alloc(MB);
  async function* body() {
    yield Buffer.from(first);
    for (let written = 0; written < zeros; written += MB) yield chunk;
  }
  await pipeline(Readable.from(body()), createGzip({ level: 1 }), createWriteStream(path));
}

let folder: string;
let remove: () => Promise<void>;
const readers: { close: () => Promise<void> }[] = [];
const file = (name: string) => join(folder, name);

beforeAll(async () => {
  ({ folder, remove } = await makeTempDataFolder());
  await writeBackupFile(file('good.minutebook'), sampleArchive(), {
    writtenBy: 'Minute Book 0.1.0',
    origin: 'manual',
    createdAt: '2026-11-24T09:00:00.000Z',
  });
  // A backup's first line, then one "record" of zeros longer than any line Minute Book writes.
  await gzipped(file('endless-record.minutebook'), HEADER, MAX_LINE_BYTES + 16 * MB);
  // No line break at all: nothing that could be a backup's header.
  await gzipped(file('zeros.minutebook'), '', MAX_LINE_BYTES + 16 * MB);
}, 120_000);

afterAll(async () => {
  await Promise.all(readers.map((each) => each.close()));
  await remove();
});

describe('reading a backup in a worker thread', { timeout: 120_000 }, () => {
  it('gives the same archive as reading it here', async () => {
    const isolated = createIsolatedBackupReader(startWorker);
    readers.push(isolated);
    const here = await readBackupFile(file('good.minutebook'));
    expect(await isolated.read(file('good.minutebook'))).toEqual(here);
    expect(here.tables).toEqual(sampleArchive());
  });

  it('refuses gzip bombs with a plain message while the main thread keeps running', async () => {
    const isolated = createIsolatedBackupReader(startWorker);
    readers.push(isolated);
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 5);
    try {
      await expect(isolated.read(file('endless-record.minutebook'))).rejects.toThrow(
        /^This backup is damaged: one of its records is longer than any Minute Book writes\. Nothing has been changed\.$/,
      );
      await expect(isolated.read(file('zeros.minutebook'))).rejects.toThrow(
        /^This file is not a Minute Book backup\. .*Nothing has been changed\.$/,
      );
      await expect(isolated.read(file('missing.minutebook'))).rejects.toThrow(
        /^Minute Book cannot find .*missing\.minutebook\.$/,
      );
    } finally {
      clearInterval(ticker);
    }
    expect(ticks).toBeGreaterThan(0);
  });

  it('stops a read that takes too long, says so, and reads the next with a new worker', async () => {
    // A limit no worker can meet stands in for a backup built to keep the reader busy.
    const impatient = createIsolatedBackupReader(startWorker, 1);
    readers.push(impatient);
    await expect(impatient.read(file('good.minutebook'))).rejects.toThrow(
      /^This backup cannot be opened: Minute Book stopped reading it after 0\.001 seconds.*Nothing has been changed\.$/,
    );
    const patient = createIsolatedBackupReader(startWorker);
    readers.push(patient);
    expect((await patient.read(file('good.minutebook'))).tables).toEqual(sampleArchive());
  });
});
