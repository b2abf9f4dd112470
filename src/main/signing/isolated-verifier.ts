import type { Worker, WorkerOptions } from 'node:worker_threads';
import { createIsolatedJobs } from '../workers/isolated-jobs';
import { DocumentError } from './errors';
import type { VerificationReport } from './verifier';

/**
 * Verifying an untrusted .docx runs in a worker thread with a time and a memory limit, as
 * recognising imported minutes does (import/isolated-recogniser.ts): unzipping, XML parsing,
 * canonicalising and RSA for a hostile file then cost that thread, never the app's main process.
 * A file that goes over is stopped with a plain reason, and the next check gets a new worker.
 */

export type VerifySignatures = (bytes: Uint8Array) => Promise<VerificationReport>;

export interface VerifyJob {
  id: number;
  bytes: Uint8Array;
}

export type VerifyReply =
  | { id: number; report: VerificationReport }
  /** A DocumentError: its reason and the sentence to show. */
  | { id: number; refused: { reason: DocumentError['reason']; message: string } }
  | { id: number; failure: string };

/** A genuine signed document is checked in well under a second; thirty is far beyond any. */
export const VERIFY_TIME_LIMIT_MS = 30_000;
/** The zip bounds allow 256 MB inflated; the heap must hold one part and its XML tree beside it. */
export const VERIFY_MEMORY_MB = 768;

export interface IsolatedVerifier {
  verify: VerifySignatures;
  close: () => Promise<void>;
}

function stopped(message: string): DocumentError {
  return new DocumentError('too-large', message);
}

/** `startWorker` starts src/main/signing/verify-worker.ts (bundled by electron-vite in the app). */
export function createIsolatedVerifier(
  startWorker: (options: WorkerOptions) => Worker,
  timeLimitMs: number = VERIFY_TIME_LIMIT_MS,
): IsolatedVerifier {
  const unreadable = (why: string) =>
    new DocumentError(
      'damaged',
      `This document cannot be checked: Minute Book could not read it (${why}).`,
    );
  const jobs = createIsolatedJobs<Omit<VerifyJob, 'id'>, VerifyReply, VerificationReport>(
    startWorker,
    { memoryMb: VERIFY_MEMORY_MB, timeLimitMs },
    {
      reply: (reply) => {
        if ('report' in reply) return reply.report;
        if ('refused' in reply)
          throw new DocumentError(reply.refused.reason, reply.refused.message);
        throw unreadable(reply.failure);
      },
      stop: (halted) => {
        switch (halted.kind) {
          case 'out-of-memory':
            throw stopped(
              `This document cannot be checked: reading it needed more than ${VERIFY_MEMORY_MB} MB of memory, far beyond any signed minutes. It is most likely built to cause harm.`,
            );
          case 'crashed':
            throw unreadable(halted.message);
          case 'exited':
            throw new DocumentError(
              'damaged',
              'This document cannot be checked: reading it stopped.',
            );
          case 'timed-out':
            throw stopped(
              `This document cannot be checked: Minute Book stopped after ${timeLimitMs / 1000} seconds, far longer than any signed minutes take. It is most likely built to cause harm.`,
            );
        }
      },
    },
  );
  // One document at a time: the worker holds one file's parts, never several.
  return { verify: (bytes) => jobs.run({ bytes }), close: jobs.close };
}
