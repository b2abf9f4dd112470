import { DATABASE_NAME, MinuteBookDatabase } from '../db/database';
import { IndexKeeper } from './index-keeper';
import type { FromWorker, ToWorker } from './protocol';
import { RecordReader } from './read-records';
import { readSavedStart } from './saved-index';
import { Searcher } from './searcher';

/**
 * The archive search's own thread: it owns the index, reads the records it needs from IndexedDB
 * itself, and answers the page by messages, so the page never waits on searching or indexing.
 */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
// The renderer is type-checked with the DOM library, where `self` is a window; here it is the worker.
const scope = self as unknown as WorkerScope;
const post = (message: FromWorker): void => scope.postMessage(message);

const db = new MinuteBookDatabase();
const searcher: Searcher = new Searcher(new RecordReader(db), (kind, id): string | undefined =>
  keeper.recordText(kind, id),
);
/** The search being answered, which loading the next saved year waits for. */
let answering: Promise<void> = Promise.resolve();

const keeper = new IndexKeeper(db, {
  readStart: () => readSavedStart(indexedDB, DATABASE_NAME),
  textOf: searcher.textOf,
  beforeNextYear: async () => {
    // A macrotask first, so a search message that arrived during the last year is taken up.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await answering;
  },
  onStatus: (status) => post({ type: 'status', status }),
  onReindexed: (meetingId, itemIds) => searcher.forget(meetingId, itemIds),
});

/** Typing sends a search per pause; only the newest is worth finishing. */
let latestRequest = 0;

async function answer(message: Extract<ToWorker, { type: 'search' }>): Promise<void> {
  latestRequest = message.requestId;
  try {
    const found = await searcher.search(
      keeper.engine,
      message.query,
      message.filters,
      message.limit,
      message.literal,
    );
    if (message.requestId !== latestRequest) return;
    post({ type: 'results', requestId: message.requestId, ...found });
  } catch {
    post({ type: 'failed', requestId: message.requestId });
  }
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'search') answering = answer(message);
  else if (message.type === 'reindex-records')
    void keeper.refreshRecords(message.boardIds).catch(() => undefined);
  else void keeper.reindex(message.meetingIds).catch(() => undefined);
};

void keeper.start().catch(() => undefined);
