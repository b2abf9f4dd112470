import { parentPort } from 'node:worker_threads';
import { DocumentError } from './errors';
import type { VerifyJob, VerifyReply } from './isolated-verifier';
import { verifyDocument } from './verifier';
import { errorWithName } from '../../shared/error-message';

/**
 * Runs in a worker thread: verifies one document's signatures at a time, so a document that takes
 * the verifier too long or too much memory stops this thread, never the app's main process.
 */
parentPort?.on('message', ({ id, bytes }: VerifyJob) => {
  void verifyDocument(bytes).then(
    (report) => parentPort?.postMessage({ id, report } satisfies VerifyReply),
    (error: unknown) =>
      parentPort?.postMessage(
        (error instanceof DocumentError
          ? { id, refused: { reason: error.reason, message: error.message } }
          : {
              id,
              failure: errorWithName(error),
            }) satisfies VerifyReply,
      ),
  );
});
