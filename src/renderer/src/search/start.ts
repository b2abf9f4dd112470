import { db } from '../db/instance';
import { watchMeetingChanges } from './change-feed';
import { takeEarlyWorker } from './early-worker';
import { SearchClient, type WorkerPort } from './search-client';

let client: SearchClient | null = null;

/**
 * Starts the search worker (once), so the saved index loads while the first screen is used, and
 * tells it of every meeting written from this page.
 */
export function archiveSearch(): SearchClient {
  if (client === null) {
    const worker = (takeEarlyWorker() ??
      new Worker(new URL('./search.worker.ts', import.meta.url), {
        type: 'module',
        name: 'archive-search',
      })) as unknown as WorkerPort;
    const started = new SearchClient(worker);
    watchMeetingChanges(
      db,
      (meetingId) => started.meetingChanged(meetingId),
      (boardId) => started.boardRecordsChanged(boardId),
    );
    client = started;
  }
  return client;
}
