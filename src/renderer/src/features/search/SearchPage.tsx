import { useMemo } from 'react';
import {
  useBoardsStore,
  useNavigationStore,
  useRecordFocusStore,
  useSearchStore,
} from '../../stores';
import { RESULTS_PER_PAGE } from '../../stores/search-store';
import type { SearchResultView } from '../../search/protocol';
import { SearchCorrection } from './SearchCorrection';
import { SearchFilters } from './SearchFilters';
import { SearchResult } from './SearchResult';
import { statusText } from './status-text';

function countText(total: number, estimate: boolean): string {
  if (estimate || total > RESULTS_PER_PAGE)
    return `About ${total.toLocaleString('en-GB')} ${total === 1 ? 'result' : 'results'}`;
  return total === 1 ? '1 result' : `${total} results`;
}

/**
 * Goes to the meeting and item of a result: live minutes for an item, attendance for a meeting;
 * the register of interests or the attendance record at the member for a standing record.
 */
function openResult(result: SearchResultView): void {
  useBoardsStore.getState().selectBoard(result.boardId);
  if (result.kind === 'interest' || result.kind === 'attendance') {
    useRecordFocusStore.getState().show({
      kind: result.kind,
      boardId: result.boardId,
      recordId: result.id,
      memberId: result.meetingId,
      date: result.date,
    });
    useNavigationStore
      .getState()
      .showBoard(result.kind === 'interest' ? 'interests' : 'attendance-record');
    return;
  }
  useNavigationStore
    .getState()
    .openMeeting(result.meetingId, result.kind === 'item' ? 'minutes' : 'attendance');
  useSearchStore
    .getState()
    .openResult({ meetingId: result.meetingId, itemId: result.id, words: result.matched });
}

export function SearchPage() {
  const answer = useSearchStore((state) => state.answer);
  const answered = useSearchStore((state) => state.answered);
  const searching = useSearchStore((state) => state.searching);
  const failed = useSearchStore((state) => state.failed);
  const status = useSearchStore((state) => state.status);
  const close = useNavigationStore((state) => state.closeSearch);
  const searchLiteral = useSearchStore((state) => state.searchLiteral);
  const boards = useBoardsStore((state) => state.boards);
  const boardNames = useMemo(
    () => new Map(boards.map((board) => [board.id, board.name.trim() || 'Untitled board'])),
    [boards],
  );
  const progress = statusText(status);

  return (
    <div className="page search-page">
      <div className="page__header">
        <button type="button" className="link-button" onClick={close}>
          ← Back to the board
        </button>
        <h1>Search the minutes</h1>
      </div>
      <SearchFilters />
      <section
        className="search-page__results"
        aria-labelledby="search-results-heading"
        aria-busy={searching}
      >
        <h2 id="search-results-heading" className="visually-hidden">
          Results
        </h2>
        <div className="search-page__summary">
          <p className="search-page__count">
            {answer !== null && answer.results.length > 0
              ? countText(answer.total, answer.totalIsEstimate)
              : ''}
          </p>
          <p className="search-page__status" role="status">
            {progress}
          </p>
        </div>
        {!failed &&
          answer !== null &&
          answer.correction !== null &&
          answered?.literal === false && (
            <SearchCorrection
              corrected={answer.correction}
              typed={answered.query}
              onSearchTyped={searchLiteral}
            />
          )}
        {failed ? (
          <p className="empty-state">
            That search could not be finished. Try again, or change a word.
          </p>
        ) : answered === null || answer === null ? (
          <p className="empty-state">
            Type a word, a name or a “quoted phrase” in the search box to look through the minutes
            of every board. Filters narrow the results to a board, a time, a person or open actions.
          </p>
        ) : answer.results.length === 0 ? (
          <p className="empty-state">
            No minutes match
            {answered.query.trim() !== '' ? ` “${answered.query.trim()}”` : ' these filters'}. Check
            the spelling, try fewer or other words, or clear the filters.
          </p>
        ) : (
          <ol className="search-results" aria-label="Search results">
            {answer.results.map((result) => (
              <SearchResult
                key={`${result.kind}:${result.id}`}
                result={result}
                boardName={boardNames.get(result.boardId) ?? 'A deleted board'}
                onOpen={openResult}
              />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
