import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, ToWorker } from '@renderer/search/protocol';
import {
  REINDEX_DELAY_MS,
  SEARCH_MARKS,
  SearchClient,
  type WorkerPort,
} from '@renderer/search/search-client';

/** Stands in for the worker: records what the page sent, and answers when told. */
function fakeWorker() {
  const sent: ToWorker[] = [];
  const listeners: {
    message: ((event: MessageEvent<FromWorker>) => void)[];
    error: (() => void)[];
  } = { message: [], error: [] };
  const port: WorkerPort = {
    postMessage: (message) => sent.push(message),
    addEventListener: (type: 'message' | 'error', listener: never) => {
      (listeners[type] as unknown[]).push(listener);
    },
  };
  return {
    port,
    sent,
    reply: (message: FromWorker) =>
      listeners.message.forEach((listener) =>
        listener({ data: message } as MessageEvent<FromWorker>),
      ),
    fail: () => listeners.error.forEach((listener) => listener()),
  };
}

afterEach(() => vi.useRealTimers());

describe('the page side of the search worker', () => {
  it('answers the newest search, and an overtaken one with null', async () => {
    const worker = fakeWorker();
    const client = new SearchClient(worker.port);
    const first = client.search('mat', {}, 20);
    const second = client.search('maternity', {}, 20);
    expect(await first).toBeNull();
    worker.reply({
      type: 'results',
      requestId: 2,
      results: [],
      total: 3,
      totalIsEstimate: false,
      correction: null,
    });
    expect(await second).toEqual({
      requestId: 2,
      results: [],
      total: 3,
      totalIsEstimate: false,
      correction: null,
    });
    expect(worker.sent.map((message) => message.type === 'search' && message.query)).toEqual([
      'mat',
      'maternity',
    ]);
  });

  it('asks for a meeting to be re-indexed once, after a pause in its edits', () => {
    vi.useFakeTimers();
    const worker = fakeWorker();
    const client = new SearchClient(worker.port);
    client.meetingChanged('m1');
    vi.advanceTimersByTime(REINDEX_DELAY_MS - 50);
    client.meetingChanged('m1');
    client.meetingChanged('m2');
    vi.advanceTimersByTime(REINDEX_DELAY_MS - 50);
    expect(worker.sent).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(worker.sent).toEqual([
      { type: 'reindex', meetingIds: ['m1'] },
      { type: 'reindex', meetingIds: ['m2'] },
    ]);
  });

  it('holds changes back during a bulk write and sends them in one message at its end', () => {
    vi.useFakeTimers();
    const worker = fakeWorker();
    const client = new SearchClient(worker.port);
    const release = client.holdChanges();
    const inner = client.holdChanges();
    for (const id of ['m1', 'm2', 'm1', 'm3']) client.meetingChanged(id);
    vi.advanceTimersByTime(REINDEX_DELAY_MS * 10);
    inner();
    expect(worker.sent).toEqual([]);
    release();
    release();
    expect(worker.sent).toEqual([{ type: 'reindex', meetingIds: ['m1', 'm2', 'm3'] }]);
    client.meetingChanged('m4');
    vi.advanceTimersByTime(REINDEX_DELAY_MS);
    expect(worker.sent).toHaveLength(2);
  });

  it('marks when the first year becomes searchable and when the whole archive is', () => {
    performance.clearMarks();
    const worker = fakeWorker();
    new SearchClient(worker.port);
    const status = (phase: 'loading' | 'ready', searchableYears: number[]) =>
      worker.reply({ type: 'status', status: { phase, searchableYears, pendingYears: [] } });
    status('loading', []);
    expect(performance.getEntriesByName(SEARCH_MARKS.firstYear)).toHaveLength(0);
    status('loading', [2025]);
    status('loading', [2025, 2024]);
    expect(performance.getEntriesByName(SEARCH_MARKS.firstYear)).toHaveLength(1);
    expect(performance.getEntriesByName(SEARCH_MARKS.ready)).toHaveLength(0);
    status('ready', [2025, 2024]);
    status('ready', [2025, 2024]);
    expect(performance.getEntriesByName(SEARCH_MARKS.ready)).toHaveLength(1);
  });

  it('passes on the index status, and fails searches when the worker cannot run', async () => {
    const worker = fakeWorker();
    const client = new SearchClient(worker.port);
    const statuses: string[] = [];
    client.onStatus((status) => statuses.push(status.phase));
    worker.reply({
      type: 'status',
      status: { phase: 'loading', searchableYears: [2026], pendingYears: [2025] },
    });
    expect(statuses).toEqual(['loading']);
    const waiting = client.search('budget', {}, 20);
    worker.fail();
    await expect(waiting).rejects.toThrow('could not start');
    await expect(client.search('budget', {}, 20)).rejects.toThrow('could not start');
  });
});
