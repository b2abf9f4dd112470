import { parentPort } from 'node:worker_threads';
import { importContent } from './import-files';
import type { RecogniseJob, RecogniseReply } from './isolated-recogniser';
import { errorWithName } from '../../shared/error-message';

/**
 * Runs in a worker thread: recognises one file's minutes at a time, so a file that takes the
 * recognisers too long or too much memory stops this thread, never the app's main process.
 */
parentPort?.on('message', ({ id, content, kind, fileName }: RecogniseJob & { id: number }) => {
  let reply: RecogniseReply;
  try {
    reply = { id, result: importContent(content, kind, fileName) };
  } catch (error) {
    reply = {
      id,
      failure: errorWithName(error),
    };
  }
  parentPort?.postMessage(reply);
});
