import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { importFilesInOrder } from '@main/import/import-files';
import { createIsolatedRecogniser, recogniserWorkerCount } from '@main/import/isolated-recogniser';
import { EXAMPLE_MINUTES_PATH } from '../../support/example-minutes-path';
import { makeMinutesDocx } from '../../support/minutes-docx';
import { changeZipEntry } from '../../support/signing';

/** The app bundles the worker with electron-vite; here tsx runs its TypeScript. */
const WORKER = resolve(__dirname, '../../../src/main/import/recognise-worker.ts');
const startWorker = (options: WorkerOptions) =>
  new Worker(WORKER, { ...options, execArgv: ['--import', 'tsx'] });

const recognisers: { close: () => Promise<void> }[] = [];
afterAll(() => Promise.all(recognisers.map((each) => each.close())));

describe('recognising minutes in a worker thread', { timeout: 60_000 }, () => {
  it('gives the same meeting as recognising them here', async () => {
    const isolated = createIsolatedRecogniser(startWorker, 30_000);
    recognisers.push(isolated);
    const [here] = await importFilesInOrder([EXAMPLE_MINUTES_PATH]);
    const [there] = await importFilesInOrder([EXAMPLE_MINUTES_PATH], {
      recognise: isolated.recognise,
    });
    expect(there?.meeting).toEqual(here?.meeting);
    expect(there?.error).toBeUndefined();
  });

  it('stops a file that takes too long, names it, and reads the next file with a new worker', async () => {
    // A limit no worker can meet stands in for a file that would keep the recognisers busy.
    const impatient = createIsolatedRecogniser(startWorker, 1);
    recognisers.push(impatient);
    const bytes = await readFile(EXAMPLE_MINUTES_PATH);
    const job = { bytes, kind: 'markdown' as const, fileName: 'slow.md' };
    const first = await impatient.recognise(job);
    expect(first.error).toMatch(/^Minute Book stopped reading it after 0.001 seconds/);
    const patient = createIsolatedRecogniser(startWorker, 30_000);
    recognisers.push(patient);
    expect((await patient.recognise(job)).meeting?.date).toBe('2021-06-21');
  });

  it('recognises a folder with several workers side by side, each result in its file’s place', async () => {
    const pool = createIsolatedRecogniser(startWorker, 30_000, 3);
    recognisers.push(pool);
    const folder = await mkdtemp(join(tmpdir(), 'minute-book-pool-'));
    try {
      const example = await readFile(EXAMPLE_MINUTES_PATH, 'utf8');
      // Different dates, so a result in the wrong place shows; one file no worker can read.
      const paths: string[] = [];
      for (let day = 1; day <= 9; day += 1) {
        const path = join(folder, `minutes-${day}.md`);
        await writeFile(path, example.replace('21st June 2021', `1${day}th June 2021`));
        paths.push(path);
      }
      const empty = join(folder, 'empty.md');
      await writeFile(empty, '');
      paths.splice(4, 0, empty);
      const here = await importFilesInOrder(paths);
      const there = await importFilesInOrder(paths, { recognise: pool.recognise });
      expect(there.map((each) => each.file)).toEqual(paths);
      expect(there.map((each) => each.meeting?.date ?? each.error)).toEqual(
        here.map((each) => each.meeting?.date ?? each.error),
      );
      expect(there).toEqual(here);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('unzips and reads a Word document in the worker, refusing one nested too deep by name', async () => {
    const isolated = createIsolatedRecogniser(startWorker, 30_000);
    recognisers.push(isolated);
    const minutes = await makeMinutesDocx({ items: 1, words: 20 });
    const read = await isolated.recognise({ bytes: minutes, kind: 'docx', fileName: 'm.docx' });
    expect(read.error).toBeUndefined();
    expect(read.meeting?.items.length).toBeGreaterThan(0);
    const deep = await changeZipEntry(minutes, 'word/document.xml', (xml) =>
      xml.replace(
        '<w:body>',
        `<w:body>${'<w:sdt><w:sdtContent>'.repeat(50_000)}<w:p/>${'</w:sdtContent></w:sdt>'.repeat(50_000)}`,
      ),
    );
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 5);
    const refused = await isolated
      .recognise({ bytes: deep, kind: 'docx', fileName: 'deep.docx' })
      .finally(() => clearInterval(ticker));
    expect(refused.error).toBe(
      'it cannot be imported: its XML is nested more than 256 levels deep, far beyond any Word document (most likely a file made to cause harm)',
    );
    expect(ticks).toBeGreaterThan(0);
  });

  it('uses one worker per spare core, at least one and at most four', () => {
    expect([1, 2, 3, 4, 8, 32].map((cores) => recogniserWorkerCount(cores))).toEqual([
      1, 1, 2, 3, 4, 4,
    ]);
  });
});
