/**
 * Queries for the search benchmark, drawn from the generated texts themselves (so words come in
 * proportion to how often they are written, as a user's would) and always the same for a seed.
 */
import { STOP_WORDS, fold, splitWords } from '../../src/shared/search/normalise';
import { seededRandom } from './archive-generator';

export interface QuerySet {
  single: string[];
  prefix: string[];
  typo: { query: string; intended: string }[];
  twoWords: string[];
  phrase: string[];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function oneLetterTypo(word: string, next: () => number): string {
  const at = Math.floor(next() * word.length);
  const letter = LETTERS[Math.floor(next() * LETTERS.length)] ?? 'e';
  switch (Math.floor(next() * 4)) {
    case 0:
      return word.slice(0, at) + letter + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + letter + word.slice(at);
    default: {
      const i = Math.min(at, word.length - 2);
      return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
    }
  }
}

export function buildQueries(texts: readonly string[], count: number, seed = 7): QuerySet {
  const next = seededRandom(seed);
  const wordsOfText = (): string[] => {
    const text = texts[Math.floor(next() * texts.length)] ?? '';
    return splitWords(text).map(fold);
  };
  const contentWord = (minLength: number): string => {
    for (;;) {
      const words = wordsOfText();
      const word = words[Math.floor(next() * words.length)] ?? '';
      if (word.length >= minLength && !STOP_WORDS.has(word) && !/\d/.test(word)) return word;
    }
  };
  const set: QuerySet = { single: [], prefix: [], typo: [], twoWords: [], phrase: [] };
  while (set.single.length < count) set.single.push(`${contentWord(3)} `);
  while (set.prefix.length < count) {
    const word = contentWord(6);
    set.prefix.push(word.slice(0, 3 + Math.floor(next() * 3)));
  }
  while (set.typo.length < count) {
    const intended = contentWord(5);
    const query = oneLetterTypo(intended, next);
    if (query !== intended) set.typo.push({ query: `${query} `, intended });
  }
  while (set.twoWords.length < count) {
    const words = wordsOfText().filter((word) => word.length >= 3 && !STOP_WORDS.has(word));
    const a = words[Math.floor(next() * words.length)];
    const b = words[Math.floor(next() * words.length)];
    if (a !== undefined && b !== undefined && a !== b) set.twoWords.push(`${a} ${b} `);
  }
  while (set.phrase.length < count) {
    const words = wordsOfText();
    const length = 2 + Math.floor(next() * 2);
    const at = Math.floor(next() * Math.max(1, words.length - length));
    const phrase = words.slice(at, at + length);
    if (phrase.filter((word) => !STOP_WORDS.has(word)).length >= 2) {
      set.phrase.push(`"${phrase.join(' ')}"`);
    }
  }
  return set;
}
