import { formatLongDate } from '@shared/model';
import type { SearchResultView } from '../../search/protocol';
import { Marked } from './Marked';

interface SearchResultProps {
  result: SearchResultView;
  boardName: string;
  onOpen: (result: SearchResultView) => void;
}

/** One result: where it is (board, date, item), its title and the words found, in context. */
export function SearchResult({ result, boardName, onOpen }: SearchResultProps) {
  const where = {
    item: `${boardName} · ${formatLongDate(result.date)} · Item ${result.itemNumber}`,
    meeting: `${boardName} · ${formatLongDate(result.date)} · Attendance`,
    interest: `${boardName} · Register of interests · Declared ${formatLongDate(result.date)}`,
    attendance: `${boardName} · Attendance record`,
  }[result.kind];
  return (
    <li className="search-result">
      <p className="search-result__where">{where}</p>
      <h3 className="search-result__title">
        <button type="button" className="link-button" onClick={() => onOpen(result)}>
          {result.kind === 'item' && <span>{result.itemNumber}. </span>}
          <Marked segments={result.title} />
        </button>
      </h3>
      {result.snippet.length > 0 && (
        <p className="search-result__snippet">
          <Marked segments={result.snippet} />
        </p>
      )}
    </li>
  );
}
