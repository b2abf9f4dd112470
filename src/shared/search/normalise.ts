/**
 * Turning text into search terms. Indexing, queries, phrase checks and highlighting all go through
 * here, so "Núñez" typed in a query meets "Nunez" in the minutes. Spelling is left alone: British and
 * American forms ("organisation", "organization") stay different words, as the minutes wrote them.
 */

/** A run of letters, combining marks and digits: what counts as one word. */
export const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+/gu;

const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /\p{M}/gu;

/** Letters that NFD does not decompose but people type without the accent anyway. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const SPECIAL_PATTERN = /[ßæœøłđðþı]/g;

/**
 * Words too common to help find anything. They are not indexed, which keeps the index small; phrases
 * are checked against the text itself, so "Board of Governors" still needs its "of".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its ' +
    'me my no not of on or our she so than that the their them then there these they this those ' +
    'to too us was we were what when which who will with would you your s t'
  ).split(' '),
);

/** Lower case with diacritics folded: "Núñez" → "nunez". Only for one word or a short string. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .replace(SPECIAL_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '');
}

/** The index's term for one token, or null for a word not worth indexing. */
export function normaliseToken(token: string): string | null {
  const term = fold(token);
  if (term.length === 0 || STOP_WORDS.has(term)) return null;
  return term;
}

/** The raw words of a text, before folding. */
export function splitWords(text: string): string[] {
  return text.match(WORD_PATTERN) ?? [];
}

/** Every folded word of a text, stop words included, in order: for checking phrases. */
export function foldedWords(text: string): string[] {
  return splitWords(text).map(fold);
}

/** The indexable terms of a text, in order. */
export function terms(text: string): string[] {
  const result: string[] = [];
  for (const token of splitWords(text)) {
    const term = normaliseToken(token);
    if (term !== null) result.push(term);
  }
  return result;
}

/** A word of a text with where it sits, for highlighting. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

export function tokensWithOffsets(text: string): Token[] {
  const result: Token[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) {
    result.push({ term: fold(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return result;
}
