import { tokensWithOffsets } from './normalise';

/** A piece of a snippet; the UI renders the matched pieces as marks. Plain text, never HTML. */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

export interface SnippetOptions {
  /** Roughly how many characters of text to show. */
  maxLength?: number;
  /** How much text to keep before the first match. */
  lead?: number;
}

const ELLIPSIS = '…';

/**
 * A snippet of `text` around the first cluster of matches, with each word that matches one of
 * `terms` (folded, as a search result lists them) as its own segment.
 */
export function highlight(
  text: string,
  terms: Iterable<string>,
  { maxLength = 200, lead = 60 }: SnippetOptions = {},
): SnippetSegment[] {
  const wanted = new Set(terms);
  const tokens = tokensWithOffsets(text);
  const matched = tokens.filter((token) => wanted.has(token.term));
  const first = matched[0];
  let start = 0;
  if (first !== undefined && first.start > lead) {
    // Start at a word, so the snippet never opens with half of one.
    const opener = tokens.find((token) => token.start >= first.start - lead);
    start = opener?.start ?? first.start;
  }
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const cut = tokens.find((token) => token.start < end && token.end > end);
    if (cut !== undefined) end = cut.start;
  }

  const segments: SnippetSegment[] = [];
  const push = (piece: string, match: boolean): void => {
    if (piece.length === 0) return;
    const last = segments[segments.length - 1];
    if (last !== undefined && last.match === match && !match) last.text += piece;
    else segments.push({ text: piece, match });
  };
  if (start > 0) push(ELLIPSIS, false);
  let cursor = start;
  for (const token of matched) {
    if (token.start < start || token.end > end) continue;
    push(collapse(text.slice(cursor, token.start)), false);
    push(text.slice(token.start, token.end), true);
    cursor = token.end;
  }
  push(collapse(text.slice(cursor, end)), false);
  if (end < text.length) push(ELLIPSIS, false);
  return segments;
}

/** Line breaks and runs of spaces read as one space in a one-line snippet. */
function collapse(piece: string): string {
  return piece.replace(/\s+/g, ' ');
}
