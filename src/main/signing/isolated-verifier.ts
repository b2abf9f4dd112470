import type { Worker, WorkerOptions } from 'node:worker_threads';
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
  let worker: Worker | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const stop = async () => {
    const stopping = worker;
    worker = null;
    if (stopping) await stopping.terminate();
  };

  const run = (bytes: Uint8Array): Promise<VerificationReport> =>
    new Promise((resolve, reject) => {
      worker ??= startWorker({
        resourceLimits: { maxOldGenerationSizeMb: VERIFY_MEMORY_MB, stackSizeMb: 8 },
      });
      const current = worker;
      const id = nextId++;
      const settle = (broken: boolean) => {
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('error', onError);
        current.off('exit', onExit);
        current.unref();
        if (broken && worker === current) void stop();
      };
      const onMessage = (reply: VerifyReply) => {
        if (reply.id !== id) return;
        settle(false);
        if ('report' in reply) resolve(reply.report);
        else if ('refused' in reply)
          reject(new DocumentError(reply.refused.reason, reply.refused.message));
        else
          reject(
            new DocumentError(
              'damaged',
              `This document cannot be checked: Minute Book could not read it (${reply.failure}).`,
            ),
          );
      };
      const onError = (error: Error & { code?: string }) => {
        settle(true);
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? stopped(
                `This document cannot be checked: reading it needed more than ${VERIFY_MEMORY_MB} MB of memory, far beyond any signed minutes. It is most likely built to cause harm.`,
              )
            : new DocumentError(
                'damaged',
                `This document cannot be checked: Minute Book could not read it (${error.message}).`,
              ),
        );
      };
      const onExit = () => {
        settle(true);
        reject(
          new DocumentError('damaged', 'This document cannot be checked: reading it stopped.'),
        );
      };
      const timer = setTimeout(() => {
        settle(true);
        reject(
          stopped(
            `This document cannot be checked: Minute Book stopped after ${timeLimitMs / 1000} seconds, far longer than any signed minutes take. It is most likely built to cause harm.`,
          ),
        );
      }, timeLimitMs);
      current.ref();
      current.on('message', onMessage);
      current.on('error', onError);
      current.on('exit', onExit);
      current.postMessage({ id, bytes } satisfies VerifyJob);
    });

  return {
    // One document at a time: the worker holds one file's parts, never several.
    verify: (bytes) => {
      const result = queue.then(() => run(bytes));
      queue = result.catch(() => undefined);
      return result;
    },
    close: stop,
  };
}
