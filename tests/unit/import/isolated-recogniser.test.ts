import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { importFilesInOrder } from '../../../src/main/import/import-files';
import { createIsolatedRecogniser } from '../../../src/main/import/isolated-recogniser';
import { EXAMPLE_MINUTES_PATH } from '../../support/example-minutes-path';

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
    const content = await readFile(EXAMPLE_MINUTES_PATH, 'utf8');
    const job = { content, kind: 'markdown' as const, fileName: 'slow.md' };
    const first = await impatient.recognise(job);
    expect(first.error).toMatch(/^Minute Book stopped reading it after 0.001 seconds/);
    const patient = createIsolatedRecogniser(startWorker, 30_000);
    recognisers.push(patient);
    expect((await patient.recognise(job)).meeting?.date).toBe('2021-06-21');
  });
});
