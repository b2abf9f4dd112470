import type { Worker, WorkerOptions } from 'node:worker_threads';

/**
 * Untrusted files (imported minutes, documents to verify, Teams transcripts) are worked on in a
 * worker thread with a time and a memory limit, so that no file, however hostile, can freeze the
 * app (the main process's event loop) or take it down. One job at a time, in order, so the worker
 * holds one file's work, never several; a job that goes over stops the worker, and the next job
 * gets a new one. What a caller makes of a reply or a stop (a result, or an error to throw) is its
 * own: `outcomes`.
 */

/** Why a worker stopped without answering. */
export type WorkerStop =
  | { kind: 'out-of-memory' }
  | { kind: 'crashed'; message: string }
  | { kind: 'exited' }
  | { kind: 'timed-out' };

export interface WorkerLimits {
  /** The worker's heap, in MB. */
  memoryMb: number;
  timeLimitMs: number;
}

export interface JobOutcomes<Reply, Result> {
  /** The worker's answer to this job: a result, or a throw the caller's promise rejects with. */
  reply: (reply: Reply) => Result;
  /** The worker stopped: a result, or a throw the caller's promise rejects with. */
  stop: (stop: WorkerStop) => Result;
}

export interface IsolatedJobs<Job, Result> {
  run: (job: Job) => Promise<Result>;
  /** Stops the worker; a later job starts a new one. */
  close: () => Promise<void>;
}

export function createIsolatedJobs<Job extends object, Reply extends { id: number }, Result>(
  startWorker: (options: WorkerOptions) => Worker,
  limits: WorkerLimits,
  outcomes: JobOutcomes<Reply, Result>,
): IsolatedJobs<Job, Result> {
  let worker: Worker | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const stop = async () => {
    const stopping = worker;
    worker = null;
    if (stopping) await stopping.terminate();
  };

  const runOne = (job: Job): Promise<Result> =>
    new Promise((resolve, reject) => {
      worker ??= startWorker({
        resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, stackSizeMb: 8 },
      });
      const current = worker;
      const id = nextId++;
      const finish = (decide: () => Result, broken: boolean) => {
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('error', onError);
        current.off('exit', onExit);
        current.unref();
        if (broken && worker === current) void stop();
        try {
          resolve(decide());
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      const onMessage = (reply: Reply) => {
        if (reply.id === id) finish(() => outcomes.reply(reply), false);
      };
      const onError = (error: Error & { code?: string }) =>
        finish(
          () =>
            outcomes.stop(
              error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? { kind: 'out-of-memory' }
                : { kind: 'crashed', message: error.message },
            ),
          true,
        );
      const onExit = () => finish(() => outcomes.stop({ kind: 'exited' }), true);
      const timer = setTimeout(
        () => finish(() => outcomes.stop({ kind: 'timed-out' }), true),
        limits.timeLimitMs,
      );
      current.ref();
      current.on('message', onMessage);
      current.on('error', onError);
      current.on('exit', onExit);
      current.postMessage({ id, ...job });
    });

  return {
    run: (job) => {
      const result = queue.then(() => runOne(job));
      queue = result.catch(() => undefined);
      return result;
    },
    close: stop,
  };
}
