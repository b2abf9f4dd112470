import { parentPort } from 'node:worker_threads';
import { recogniseFile } from './import-files';
import type { RecogniseJob, RecogniseReply } from './isolated-recogniser';
import { errorWithName } from '../../shared/error-message';

/**
 * Runs in a worker thread: reads (unzips, decodes) and recognises one file's minutes at a time, so a file that takes the
 * recognisers too long or too much memory stops this thread, never the app's main process.
 */
parentPort?.on('message', ({ id, ...job }: RecogniseJob & { id: number }) => {
  void recogniseFile(job).then(
    (result) => parentPort?.postMessage({ id, result } satisfies RecogniseReply),
    (error: unknown) =>
      parentPort?.postMessage({ id, failure: errorWithName(error) } satisfies RecogniseReply),
  );
});
