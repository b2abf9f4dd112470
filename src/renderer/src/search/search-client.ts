import type { SearchFilters } from '@shared/search';
import type { FromWorker, IndexStatus, SearchAnswer, ToWorker } from './protocol';

/** Edits to a meeting come in bursts as the minute-taker types: re-index after a pause. */
export const REINDEX_DELAY_MS = 300;

/** The part of a Worker the client uses, so tests can stand in for it. */
export interface WorkerPort {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
}

/** User Timing marks, from the page's start, that benchmarks and the browser's profiler can read. */
export const SEARCH_MARKS = {
  firstYear: 'minute-book:search-first-year',
  ready: 'minute-book:search-ready',
} as const;

function markProgress(previous: IndexStatus | null, status: IndexStatus): void {
  if (status.searchableYears.length > 0 && (previous?.searchableYears.length ?? 0) === 0)
    performance.mark(SEARCH_MARKS.firstYear);
  if (status.phase === 'ready' && previous?.phase !== 'ready') performance.mark(SEARCH_MARKS.ready);
}

/**
 * The page's side of the search worker: sends searches and reports which meetings changed. Only the
 * newest search is answered; an older one resolves null once a newer one is sent.
 */
export class SearchClient {
  private requestId = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (answer: SearchAnswer | null) => void; reject: (error: Error) => void }
  >();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly statusListeners = new Set<(status: IndexStatus) => void>();
  private lastStatus: IndexStatus | null = null;
  private broken = false;
  /** Meetings changed while a bulk write holds changes back, sent in one message at its end. */
  private held: Set<string> | null = null;
  private holds = 0;

  constructor(private readonly worker: WorkerPort) {
    worker.addEventListener('message', (event) => this.receive(event.data));
    // A worker that failed to start answers nothing: say so rather than wait for ever.
    worker.addEventListener('error', () => {
      this.broken = true;
      for (const waiting of this.waiting.values())
        waiting.reject(new Error('The search could not start'));
      this.waiting.clear();
    });
  }

  private receive(message: FromWorker): void {
    if (message.type === 'status') {
      markProgress(this.lastStatus, message.status);
      this.lastStatus = message.status;
      for (const listener of this.statusListeners) listener(message.status);
      return;
    }
    const waiting = this.waiting.get(message.requestId);
    this.waiting.delete(message.requestId);
    if (waiting === undefined) return;
    if (message.type === 'failed') waiting.reject(new Error('The search could not be finished'));
    else {
      const { requestId, results, total, totalIsEstimate, correction } = message;
      waiting.resolve({ requestId, results, total, totalIsEstimate, correction });
    }
  }

  /** Resolves null when a newer search overtook this one; rejects when the worker failed it. */
  search(
    query: string,
    filters: SearchFilters,
    limit: number,
    literal = false,
  ): Promise<SearchAnswer | null> {
    if (this.broken) return Promise.reject(new Error('The search could not start'));
    const requestId = ++this.requestId;
    // Searches overtaken by this one will not be shown.
    for (const [id, overtaken] of this.waiting) {
      overtaken.resolve(null);
      this.waiting.delete(id);
    }
    return new Promise((resolve, reject) => {
      this.waiting.set(requestId, { resolve, reject });
      this.worker.postMessage({ type: 'search', requestId, query, filters, limit, literal });
    });
  }

  meetingChanged(meetingId: string): void {
    if (this.held !== null) {
      this.held.add(meetingId);
      return;
    }
    clearTimeout(this.timers.get(meetingId));
    this.timers.set(
      meetingId,
      setTimeout(() => {
        this.timers.delete(meetingId);
        this.worker.postMessage({ type: 'reindex', meetingIds: [meetingId] });
      }, REINDEX_DELAY_MS),
    );
  }

  /** A board's register of interests or its register of members changed. */
  boardRecordsChanged(boardId: string): void {
    const timer = `records:${boardId}`;
    clearTimeout(this.timers.get(timer));
    this.timers.set(
      timer,
      setTimeout(() => {
        this.timers.delete(timer);
        this.worker.postMessage({ type: 'reindex-records', boardIds: [boardId] });
      }, REINDEX_DELAY_MS),
    );
  }

  /**
   * Keeps changes back until the returned function is called, then sends them all at once: an import
   * of thousands of meetings is indexed after it is saved, not meeting by meeting while it saves.
   */
  holdChanges(): () => void {
    this.held ??= new Set<string>();
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      const held = this.held;
      if (this.holds > 0 || held === null) return;
      this.held = null;
      if (held.size > 0) this.worker.postMessage({ type: 'reindex', meetingIds: [...held] });
    };
  }

  onStatus(listener: (status: IndexStatus) => void): () => void {
    this.statusListeners.add(listener);
    if (this.lastStatus !== null) listener(this.lastStatus);
    return () => this.statusListeners.delete(listener);
  }
}
