import { parentPort } from 'node:worker_threads';
import { UserError } from '../user-error';
import type { DrafterReply } from './isolated-drafter';
import { runTranscriptJob, type TranscriptJob } from './transcript-job';
import { errorWithName } from '../../shared/error-message';

/**
 * Runs in a worker thread: parses and drafts one transcript at a time, so a transcript that takes
 * too long or too much memory stops this thread, never the app's main process.
 */
parentPort?.on('message', (message: TranscriptJob & { id: number }) => {
  const { id, ...job } = message;
  runTranscriptJob(job)
    .then((result): DrafterReply => ({ id, result }))
    .catch((error: unknown): DrafterReply =>
      error instanceof UserError
        ? { id, refusal: error.message }
        : {
            id,
            failure: errorWithName(error),
          },
    )
    .then((reply) => parentPort?.postMessage(reply))
    .catch(() => undefined);
});
