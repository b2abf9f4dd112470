import type { Worker, WorkerOptions } from 'node:worker_threads';
import type { ImportKind, importContent } from './import-files';

/**
 * Recognising minutes runs in a worker thread with a time and a memory limit, so that no file,
 * however hostile, can freeze the app (the main process's event loop) or take it down: a file that
 * goes over is stopped, reported by name with a plain reason, and the next file gets a new worker.
 */

export interface RecogniseJob {
  content: string;
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

export interface IsolatedRecogniser {
  recognise: Recognise;
  /** Stops the worker; a later call starts a new one. */
  close: () => Promise<void>;
}

/** `startWorker` starts src/main/import/recognise-worker.ts (bundled by electron-vite in the app). */
export function createIsolatedRecogniser(
  startWorker: (options: WorkerOptions) => Worker,
  timeLimitMs: number = RECOGNISE_TIME_LIMIT_MS,
): IsolatedRecogniser {
  let worker: Worker | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const stop = async () => {
    const stopping = worker;
    worker = null;
    if (stopping) await stopping.terminate();
  };

  const run = (job: RecogniseJob): Promise<RecogniseResult> =>
    new Promise((resolve) => {
      worker ??= startWorker({
        resourceLimits: { maxOldGenerationSizeMb: RECOGNISE_MEMORY_MB, stackSizeMb: 8 },
      });
      const current = worker;
      const id = nextId++;
      const finish = (result: RecogniseResult, broken: boolean) => {
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('error', onError);
        current.off('exit', onExit);
        current.unref();
        if (broken && worker === current) void stop();
        resolve(result);
      };
      const failed = (error: string) => ({ error, warnings: [] });
      const onMessage = (reply: RecogniseReply) => {
        if (reply.id !== id) return;
        finish(
          'result' in reply
            ? reply.result
            : failed(
                reply.failure.startsWith('RangeError')
                  ? 'Minute Book could not read it: its layout is nested or repeated far beyond what minutes use'
                  : `Minute Book could not read it (${reply.failure})`,
              ),
          false,
        );
      };
      const onError = (error: Error & { code?: string }) =>
        finish(
          failed(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `Minute Book stopped reading it: it needed more than ${RECOGNISE_MEMORY_MB} MB of memory`
              : `Minute Book could not read it (${error.message})`,
          ),
          true,
        );
      const onExit = () =>
        finish(failed('Minute Book could not read it: reading it stopped'), true);
      const timer = setTimeout(
        () =>
          finish(
            failed(
              `Minute Book stopped reading it after ${timeLimitMs / 1000} seconds, far longer than any minutes take: its layout is beyond what Minute Book can read`,
            ),
            true,
          ),
        timeLimitMs,
      );
      current.ref();
      current.on('message', onMessage);
      current.on('error', onError);
      current.on('exit', onExit);
      current.postMessage({ id, ...job });
    });

  return {
    // One file at a time, in order: the worker holds one file's text and lines, never several.
    recognise: (job) => {
      const result = queue.then(() => run(job));
      queue = result.catch(() => undefined);
      return result;
    },
    close: stop,
  };
}
