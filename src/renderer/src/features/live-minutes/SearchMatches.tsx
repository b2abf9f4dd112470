import { useEffect, useState, type RefObject } from 'react';
import { useSearchStore } from '../../stores';

/** Where the first of the words appears in the notes, ignoring case, or null. */
function firstMatch(
  notes: string,
  words: readonly string[],
): { start: number; end: number } | null {
  const lower = notes.toLocaleLowerCase();
  let found: { start: number; end: number } | null = null;
  for (const word of words) {
    const start = lower.indexOf(word.toLocaleLowerCase());
    if (start >= 0 && (found === null || start < found.start))
      found = { start, end: start + word.length };
  }
  return found;
}

/**
 * When this item was opened from a search result: puts the cursor in its notes with the first
 * matched word selected (so the textarea scrolls to it), and returns the words to list above them.
 */
export function useSearchMatches(
  itemId: string,
  textarea: RefObject<HTMLTextAreaElement | null>,
): string[] {
  const clearFocus = useSearchStore((state) => state.clearFocus);
  // The editor mounts afresh for each item, after the result was opened: read the words once.
  const [words] = useState(() => {
    const focus = useSearchStore.getState().focus;
    return focus?.itemId === itemId ? focus.words : [];
  });

  useEffect(() => {
    if (words.length === 0) return;
    const field = textarea.current;
    if (field !== null) {
      field.focus();
      const match = firstMatch(field.value, words);
      if (match !== null) field.setSelectionRange(match.start, match.end);
      field.scrollIntoView({ block: 'center' });
    }
    if (useSearchStore.getState().focus?.itemId === itemId) clearFocus();
  }, [words, textarea, itemId, clearFocus]);

  return words;
}

/** The words the search found in these notes, marked as in the results. */
export function SearchMatches({ words }: { words: readonly string[] }) {
  return (
    <p className="search-matches" role="note">
      Found by your search:{' '}
      {words.map((word, index) => (
        <span key={word}>
          {index > 0 && ', '}
          <mark>{word}</mark>
        </span>
      ))}
    </p>
  );
}
