import type { Worker, WorkerOptions } from 'node:worker_threads';
import { UserError } from '../handlers/user-error';
import type { DraftTranscripts, TranscriptJob, TranscriptJobResult } from './transcript-job';

/**
 * Parsing and drafting a transcript runs in a worker thread with a time and a memory limit, as
 * recognising imported minutes does (import/isolated-recogniser.ts): a two-hour transcript takes
 * about a second, and nothing a file holds can freeze the app's main process or take it down. A
 * job that goes over is stopped with a plain message, and the next gets a new worker.
 */

export type DrafterReply =
  | { id: number; result: TranscriptJobResult }
  /** The file is not a transcript (a UserError's message, shown as it is). */
  | { id: number; refusal: string }
  | { id: number; failure: string };

/** 2,000 cues are split and drafted in well under 2 s; thirty seconds is far beyond any meeting. */
export const DRAFT_TIME_LIMIT_MS = 30_000;
/** Transcripts are read up to 30 MB (read-teams-files.ts); their words a few times that. */
export const DRAFT_MEMORY_MB = 512;

export interface IsolatedDrafter {
  draft: DraftTranscripts;
  /** Stops the worker; a later job starts a new one. */
  close: () => Promise<void>;
}

/** `startWorker` starts src/main/teams/transcript-worker.ts (bundled by electron-vite in the app). */
export function createIsolatedDrafter(
  startWorker: (options: WorkerOptions) => Worker,
  timeLimitMs: number = DRAFT_TIME_LIMIT_MS,
): IsolatedDrafter {
  let worker: Worker | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const stop = async () => {
    const stopping = worker;
    worker = null;
    if (stopping) await stopping.terminate();
  };

  const run = (job: TranscriptJob): Promise<TranscriptJobResult> =>
    new Promise((resolve, reject) => {
      worker ??= startWorker({
        resourceLimits: { maxOldGenerationSizeMb: DRAFT_MEMORY_MB, stackSizeMb: 8 },
      });
      const current = worker;
      const id = nextId++;
      const finish = (outcome: TranscriptJobResult | UserError, broken: boolean) => {
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('error', onError);
        current.off('exit', onExit);
        current.unref();
        if (broken && worker === current) void stop();
        if (outcome instanceof UserError) reject(outcome);
        else resolve(outcome);
      };
      const onMessage = (reply: DrafterReply) => {
        if (reply.id !== id) return;
        if ('result' in reply) finish(reply.result, false);
        else if ('refusal' in reply) finish(new UserError(reply.refusal), false);
        else
          finish(
            new UserError(
              `Minute Book could not draft from the transcript (${reply.failure}). Nothing was changed.`,
            ),
            false,
          );
      };
      const onError = (error: Error & { code?: string }) =>
        finish(
          new UserError(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `Minute Book stopped reading the transcript: it needed more than ${DRAFT_MEMORY_MB} MB of memory, far more than any meeting's.`
              : `Minute Book could not draft from the transcript (${error.message}).`,
          ),
          true,
        );
      const onExit = () =>
        finish(new UserError('Minute Book could not draft from the transcript: it stopped.'), true);
      const timer = setTimeout(
        () =>
          finish(
            new UserError(
              `Minute Book stopped drafting after ${timeLimitMs / 1000} seconds, far longer than any meeting's transcript takes. Check that the file is the meeting's transcript.`,
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
    // One job at a time, in order: the worker holds one transcript, never several.
    draft: (job) => {
      const result = queue.then(() => run(job));
      queue = result.catch(() => undefined);
      return result;
    },
    close: stop,
  };
}
