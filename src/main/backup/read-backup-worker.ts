import { parentPort } from 'node:worker_threads';
import { errorWithName } from '../../shared/error-message';
import { UserError } from '../user-error';
import { readBackupFile } from './backup-file';
import type { ReadBackupJob, ReadBackupReply } from './isolated-backup-reader';

/**
 * Runs in a worker thread: reads and checks one backup at a time, so a backup that takes too long
 * or too much memory stops this thread, never the app's main process.
 */
parentPort?.on('message', ({ id, path }: ReadBackupJob & { id: number }) => {
  void readBackupFile(path).then(
    (archive) => parentPort?.postMessage({ id, archive } satisfies ReadBackupReply),
    (error: unknown) =>
      parentPort?.postMessage(
        (error instanceof UserError
          ? { id, refused: error.message }
          : { id, failure: errorWithName(error) }) satisfies ReadBackupReply,
      ),
  );
});
