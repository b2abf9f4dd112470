import type { Worker, WorkerOptions } from 'node:worker_threads';
import { UserError } from '../user-error';
import { createIsolatedJobs } from '../workers/isolated-jobs';
import type { DecodedArchive } from './decode-archive';

/**
 * A backup to restore is unpacked, parsed and checked record by record in a worker thread with a
 * time and a memory limit, as imported minutes and documents to verify are: a hostile or
 * enormous file then costs that thread, never the app's main process, whose event loop keeps
 * answering the window throughout.
 */

export type ReadBackup = (path: string) => Promise<DecodedArchive>;

export interface ReadBackupJob {
  path: string;
}

export type ReadBackupReply =
  | { id: number; archive: DecodedArchive }
  /** A UserError: the sentence to show. */
  | { id: number; refused: string }
  | { id: number; failure: string };

/** An archive of 10,000 meetings is read in seconds; five minutes is far beyond any real one. */
export const READ_BACKUP_TIME_LIMIT_MS = 300_000;
/** A backup unpacks to at most 1 GB; its records as objects take a few times their text. */
export const READ_BACKUP_MEMORY_MB = 3072;

const NOTHING_CHANGED = 'Nothing has been changed.';

export interface IsolatedBackupReader {
  read: ReadBackup;
  close: () => Promise<void>;
}

/** `startWorker` starts src/main/backup/read-backup-worker.ts (bundled by electron-vite in the app). */
export function createIsolatedBackupReader(
  startWorker: (options: WorkerOptions) => Worker,
  timeLimitMs: number = READ_BACKUP_TIME_LIMIT_MS,
): IsolatedBackupReader {
  const jobs = createIsolatedJobs<ReadBackupJob, ReadBackupReply, DecodedArchive>(
    startWorker,
    { memoryMb: READ_BACKUP_MEMORY_MB, timeLimitMs },
    {
      reply: (reply) => {
        if ('archive' in reply) return reply.archive;
        if ('refused' in reply) throw new UserError(reply.refused);
        throw new Error(`Reading the backup failed: ${reply.failure}`);
      },
      stop: (halted) => {
        switch (halted.kind) {
          case 'out-of-memory':
            throw new UserError(
              `This backup cannot be opened: reading it needed more than ${READ_BACKUP_MEMORY_MB.toLocaleString('en-GB')} MB of memory, far more than any Minute Book archive. It is not a backup, or it was made to fill memory. ${NOTHING_CHANGED}`,
            );
          case 'timed-out':
            throw new UserError(
              `This backup cannot be opened: Minute Book stopped reading it after ${(timeLimitMs / 1000).toLocaleString('en-GB')} seconds, far longer than any Minute Book archive takes. ${NOTHING_CHANGED}`,
            );
          case 'crashed':
            throw new Error(`Reading the backup stopped: ${halted.message}`);
          case 'exited':
            throw new Error('Reading the backup stopped.');
        }
      },
    },
  );
  return { read: (path) => jobs.run({ path }), close: jobs.close };
}
