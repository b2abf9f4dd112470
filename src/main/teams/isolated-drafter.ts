import type { Worker, WorkerOptions } from 'node:worker_threads';
import { UserError } from '../user-error';
import { createIsolatedJobs } from '../workers/isolated-jobs';
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
  const jobs = createIsolatedJobs<TranscriptJob, DrafterReply, TranscriptJobResult>(
    startWorker,
    { memoryMb: DRAFT_MEMORY_MB, timeLimitMs },
    {
      reply: (reply) => {
        if ('result' in reply) return reply.result;
        if ('refusal' in reply) throw new UserError(reply.refusal);
        throw new UserError(
          `Minute Book could not draft from the transcript (${reply.failure}). Nothing was changed.`,
        );
      },
      stop: (stopped) => {
        switch (stopped.kind) {
          case 'out-of-memory':
            throw new UserError(
              `Minute Book stopped reading the transcript: it needed more than ${DRAFT_MEMORY_MB} MB of memory, far more than any meeting's.`,
            );
          case 'crashed':
            throw new UserError(
              `Minute Book could not draft from the transcript (${stopped.message}).`,
            );
          case 'exited':
            throw new UserError('Minute Book could not draft from the transcript: it stopped.');
          case 'timed-out':
            throw new UserError(
              `Minute Book stopped drafting after ${timeLimitMs / 1000} seconds, far longer than any meeting's transcript takes. Check that the file is the meeting's transcript.`,
            );
        }
      },
    },
  );
  return { draft: jobs.run, close: jobs.close };
}
