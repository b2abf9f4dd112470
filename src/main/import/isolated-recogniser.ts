import { availableParallelism } from 'node:os';
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { createIsolatedJobs, type IsolatedJobs } from '../workers/isolated-jobs';
import type { ImportKind, importContent } from './import-files';

/**
 * Recognising minutes runs in worker threads with a time and a memory limit, so that no file,
 * however hostile, can freeze the app (the main process's event loop) or take it down: a file that
 * goes over is stopped, reported by name with a plain reason, and that worker's next file gets a
 * new worker. A folder of thousands of files is recognised by a few workers side by side, one per
 * spare processor core, each holding one file at a time.
 */

/** A file's bytes as read from the disk: the worker decodes or unzips them, not the app. */
export interface RecogniseJob {
  bytes: Uint8Array;
  kind: ImportKind;
  fileName: string;
}

export type RecogniseResult = ReturnType<typeof importContent>;

export type RecogniseReply =
  { id: number; result: RecogniseResult } | { id: number; failure: string };

export type Recognise = (job: RecogniseJob) => Promise<RecogniseResult>;

/** Real minutes take well under a second; ten seconds is far beyond any of them. */
export const RECOGNISE_TIME_LIMIT_MS = 10_000;
/** Heap for one file's recognising: files are at most 20 MB, and their lines a few times that. */
export const RECOGNISE_MEMORY_MB = 512;

/**
 * Workers recognising side by side: one per core beyond the one the app's own processes need,
 * and at most four, which is as many as reading the files from the disk keeps busy.
 */
export function recogniserWorkerCount(cores: number = availableParallelism()): number {
  return Math.min(4, Math.max(1, cores - 1));
}

export interface IsolatedRecogniser {
  recognise: Recognise;
  /** Stops the workers; a later call starts new ones. */
  close: () => Promise<void>;
}

/**
 * `startWorker` starts src/main/import/recognise-worker.ts (bundled by electron-vite in the app).
 * Each file goes to the worker with the fewest files waiting, so a slow file holds up only the
 * files behind it in that worker.
 */
export function createIsolatedRecogniser(
  startWorker: (options: WorkerOptions) => Worker,
  timeLimitMs: number = RECOGNISE_TIME_LIMIT_MS,
  workers: number = recogniserWorkerCount(),
): IsolatedRecogniser {
  const pool = Array.from({ length: Math.max(1, workers) }, () => ({
    jobs: recogniserJobs(startWorker, timeLimitMs),
    waiting: 0,
  }));
  return {
    recognise: async (job) => {
      const least = pool.reduce((best, each) => (each.waiting < best.waiting ? each : best));
      least.waiting += 1;
      try {
        return await least.jobs.run(job);
      } finally {
        least.waiting -= 1;
      }
    },
    close: async () => {
      await Promise.all(pool.map((each) => each.jobs.close()));
    },
  };
}

function recogniserJobs(
  startWorker: (options: WorkerOptions) => Worker,
  timeLimitMs: number,
): IsolatedJobs<RecogniseJob, RecogniseResult> {
  // A file that cannot be recognised is a result with its reason, so the rest of the batch goes on.
  const failed = (error: string): RecogniseResult => ({ error, warnings: [] });
  return createIsolatedJobs<RecogniseJob, RecogniseReply, RecogniseResult>(
    startWorker,
    { memoryMb: RECOGNISE_MEMORY_MB, timeLimitMs },
    {
      reply: (reply) =>
        'result' in reply
          ? reply.result
          : failed(
              reply.failure.startsWith('RangeError')
                ? 'Minute Book could not read it: its layout is nested or repeated far beyond what minutes use'
                : `Minute Book could not read it (${reply.failure})`,
            ),
      stop: (stopped) => {
        switch (stopped.kind) {
          case 'out-of-memory':
            return failed(
              `Minute Book stopped reading it: it needed more than ${RECOGNISE_MEMORY_MB} MB of memory`,
            );
          case 'crashed':
            return failed(`Minute Book could not read it (${stopped.message})`);
          case 'exited':
            return failed('Minute Book could not read it: reading it stopped');
          case 'timed-out':
            return failed(
              `Minute Book stopped reading it after ${timeLimitMs / 1000} seconds, far longer than any minutes take: its layout is beyond what Minute Book can read`,
            );
        }
      },
    },
  );
}
