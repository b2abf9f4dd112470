import { STOP_WORDS, WORD_PATTERN, fold } from './normalise';

/** What the user typed, split into the parts the engine treats differently. */
export interface ParsedQuery {
  /** Whole words outside quotes, folded, stop words dropped. */
  words: string[];
  /** The last word while it is still being typed (no space after it yet), matched as a prefix. */
  prefix: string | null;
  /** Each quoted phrase as its folded words, stop words kept: they are checked against the text. */
  phrases: string[][];
}

/** Filters narrow the results without affecting their order. All given filters must hold. */
export interface SearchFilters {
  boardIds?: readonly string[];
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  /** A name or part of one: an attendee of the meeting, the item's presenter or an action owner. */
  person?: string;
  /** Only items with an action still open (or carried forward). */
  openActionsOnly?: boolean;
}

const QUOTED = /"([^"]*)"?/g;

function wordsOf(text: string): string[] {
  return (text.match(WORD_PATTERN) ?? []).map(fold);
}

export function parseQuery(input: string): ParsedQuery {
  const phrases: string[][] = [];
  // An unclosed quote while typing still counts as a phrase so far.
  const outside = input.replace(QUOTED, (_match, inner: string) => {
    const words = wordsOf(inner);
    if (words.length > 1) phrases.push(words);
    else if (words.length === 1) return ` ${inner} `;
    return ' ';
  });
  const raw = wordsOf(outside);
  const typing = raw.length > 0 && /[\p{L}\p{M}\p{N}]$/u.test(input);
  const last = typing ? (raw.pop() ?? null) : null;
  const words = [...new Set(raw.filter((word) => !STOP_WORDS.has(word)))];
  return { words, prefix: last, phrases };
}
