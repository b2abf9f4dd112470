import type { DocKind, SearchFilters, SnippetSegment } from '@shared/search';

/** How far the worker has got: which years answer searches now, and which are still to come. */
export interface IndexStatus {
  phase: 'starting' | 'loading' | 'building' | 'ready';
  /** Newest first. */
  searchableYears: number[];
  pendingYears: number[];
  indexedMeetings?: number;
  totalMeetings?: number;
}

export interface SearchResultView {
  kind: DocKind;
  id: string;
  boardId: string;
  /** The meeting; for an interest or an attendance summary, the member (register entry). */
  meetingId: string;
  date: string;
  itemNumber: number;
  title: SnippetSegment[];
  snippet: SnippetSegment[];
  /** The words matched, as typed in the text: what the item's notes should show selected. */
  matched: string[];
}

export interface SearchAnswer {
  requestId: number;
  results: SearchResultView[];
  total: number;
  totalIsEstimate: boolean;
  /** The query as corrected ("Showing results for…"), or null when no word was corrected. */
  correction: string | null;
}

/** Messages from the page to the worker. */
export type ToWorker =
  | {
      type: 'search';
      requestId: number;
      query: string;
      filters: SearchFilters;
      limit: number;
      /** Search the words as typed, correcting none ("search instead for…"). */
      literal: boolean;
    }
  | { type: 'reindex'; meetingIds: string[] }
  /** A board's register or interests changed: its standing records are indexed again. */
  | { type: 'reindex-records'; boardIds: string[] };

/** Messages from the worker to the page. */
export type FromWorker =
  | { type: 'status'; status: IndexStatus }
  | ({ type: 'results' } & SearchAnswer)
  | { type: 'failed'; requestId: number };
