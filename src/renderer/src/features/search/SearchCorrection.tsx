import './search-correction.css';

interface SearchCorrectionProps {
  /** The query as the search corrected it. */
  corrected: string;
  /** The query as typed. */
  typed: string;
  onSearchTyped: () => void;
}

/** "Showing results for server — search instead for srever": the typo fixed, and a way back. */
export function SearchCorrection({ corrected, typed, onSearchTyped }: SearchCorrectionProps) {
  return (
    <p className="search-correction">
      Showing results for{' '}
      <strong>
        <em>{corrected.trim()}</em>
      </strong>{' '}
      —{' '}
      <button type="button" className="link-button" onClick={onSearchTyped}>
        search instead for <em>{typed.trim()}</em>
      </button>
    </p>
  );
}
