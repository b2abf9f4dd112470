/**
 * Starts the search worker as the first thing the page runs, ahead of the app's own script: the
 * worker then reads the saved index while the app is still being loaded and drawn, which is what
 * makes the newest year searchable within a second of opening. The app picks it up with
 * `takeEarlyWorker`.
 */
const EARLY_WORKER = '__minuteBookSearchWorker';

type Host = Record<typeof EARLY_WORKER, Worker | undefined>;

export function startEarlyWorker(): void {
  (globalThis as unknown as Host)[EARLY_WORKER] = new Worker(
    new URL('./search.worker.ts', import.meta.url),
    { type: 'module', name: 'archive-search' },
  );
}

/** The worker started early, once; undefined when there was none (as in unit tests). */
export function takeEarlyWorker(): Worker | undefined {
  const host = globalThis as unknown as Host;
  const worker = host[EARLY_WORKER];
  host[EARLY_WORKER] = undefined;
  return worker;
}
