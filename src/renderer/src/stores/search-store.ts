import { create } from 'zustand';
import type { SearchFilters } from '@shared/search';
import type { IndexStatus, SearchAnswer } from '../search/protocol';
import type { SearchClient } from '../search/search-client';

/** A pause in typing before searching: each search is quick, but not every keystroke needs one. */
export const SEARCH_DELAY_MS = 150;
export const RESULTS_PER_PAGE = 20;

/** The filters as the form holds them: empty means not set. */
export interface FilterFields {
  boardId: string;
  from: string;
  to: string;
  person: string;
  openActionsOnly: boolean;
}

/** Where a result was opened, so live minutes can show that item with the matched words. */
export interface SearchFocus {
  meetingId: string;
  itemId: string;
  words: string[];
}

export interface SearchState {
  query: string;
  filters: FilterFields;
  /** Search the words exactly as typed ("search instead for…"), until the query changes. */
  literal: boolean;
  /** The answer to `answered`, the newest search sent. */
  answer: SearchAnswer | null;
  answered: { query: string; filters: FilterFields; literal: boolean } | null;
  searching: boolean;
  failed: boolean;
  status: IndexStatus | null;
  focus: SearchFocus | null;
  start: () => void;
  setQuery: (query: string) => void;
  setFilters: (changes: Partial<FilterFields>) => void;
  /** Searches the query as typed, without correcting it. */
  searchLiteral: () => void;
  /** Remembers the result opened, for the live minutes to show its item with the matched words. */
  openResult: (focus: SearchFocus) => void;
  clearFocus: () => void;
}

export const NO_FILTERS: FilterFields = {
  boardId: '',
  from: '',
  to: '',
  person: '',
  openActionsOnly: false,
};

export function engineFilters(fields: FilterFields): SearchFilters {
  return {
    ...(fields.boardId !== '' ? { boardIds: [fields.boardId] } : {}),
    ...(fields.from !== '' ? { from: fields.from } : {}),
    ...(fields.to !== '' ? { to: fields.to } : {}),
    ...(fields.person.trim() !== '' ? { person: fields.person.trim() } : {}),
    ...(fields.openActionsOnly ? { openActionsOnly: true } : {}),
  };
}

export function hasFilters(filters: FilterFields): boolean {
  return Object.keys(engineFilters(filters)).length > 0;
}

function hasCriteria(query: string, filters: FilterFields): boolean {
  return query.trim() !== '' || hasFilters(filters);
}

/**
 * `searchShowing` says whether the search screen is on screen (the navigation store decides that),
 * so that a change to the index re-runs only a search someone is looking at.
 */
export function createSearchStore(client: () => SearchClient, searchShowing: () => boolean) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  let started = false;

  return create<SearchState>()((set, get) => {
    /**
     * One search at a time: while one is with the worker, the next waits and then searches for
     * whatever is on screen by then. Sending a search per keystroke or per year loaded would have
     * each overtake the last, and none be shown until they stopped coming.
     */
    let inFlight = false;
    let again = false;

    async function run(): Promise<void> {
      if (inFlight) {
        again = true;
        return;
      }
      const { query, filters, literal } = get();
      if (!hasCriteria(query, filters)) {
        set({ answer: null, answered: null, searching: false, failed: false });
        return;
      }
      inFlight = true;
      const current = (): boolean =>
        get().query === query && get().filters === filters && get().literal === literal;
      try {
        const answer = await client().search(
          query,
          engineFilters(filters),
          RESULTS_PER_PAGE,
          literal,
        );
        // Shown only if it answers what is on screen; otherwise the next search is on its way.
        if (answer !== null && current())
          set({ answer, answered: { query, filters, literal }, searching: false, failed: false });
      } catch {
        if (current()) set({ searching: false, failed: true });
      } finally {
        inFlight = false;
        if (again) {
          again = false;
          void run();
        }
      }
    }

    function schedule(): void {
      clearTimeout(timer);
      timer = undefined;
      set({ searching: true });
      timer = setTimeout(() => {
        timer = undefined;
        void run();
      }, SEARCH_DELAY_MS);
    }

    /**
     * Runs the search on screen again as the index changes (a year loaded, a meeting re-indexed).
     * Unlike typing, a stream of such changes must not keep putting the search off.
     */
    function refresh(): void {
      if (timer !== undefined || refreshTimer !== undefined) return;
      refreshTimer = setTimeout(() => {
        refreshTimer = undefined;
        void run();
      }, SEARCH_DELAY_MS);
    }

    return {
      query: '',
      filters: NO_FILTERS,
      literal: false,
      answer: null,
      answered: null,
      searching: false,
      failed: false,
      status: null,
      focus: null,

      start: () => {
        if (started) return;
        started = true;
        client().onStatus((status) => {
          set({ status });
          // Years that become searchable, or meetings just re-indexed, may change what is on screen.
          if (searchShowing() && hasCriteria(get().query, get().filters)) refresh();
        });
      },
      setQuery: (query) => {
        set({ query, literal: false });
        schedule();
      },
      searchLiteral: () => {
        set({ literal: true, searching: true });
        void run();
      },
      setFilters: (changes) => {
        set((state) => ({ filters: { ...state.filters, ...changes } }));
        schedule();
      },
      openResult: (focus) => set({ focus }),
      clearFocus: () => set({ focus: null }),
    };
  });
}

export type SearchStore = ReturnType<typeof createSearchStore>;
