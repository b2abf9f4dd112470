import { STOP_WORDS } from './normalise';
import type { ParsedQuery } from './query';
import type { TypoIndex } from './typo-index';

/** How the engine asks the index about its vocabulary. */
export interface Vocabulary {
  typos: TypoIndex;
  docFrequency(term: string): number;
  completions(prefix: string): Map<string, number>;
}

/** One word of the query, as the indexed terms any of which may satisfy it. */
export interface TermGroup {
  typed: string;
  terms: string[];
  /** True when the terms are corrections of a typo rather than the word itself. */
  corrected: boolean;
  /** True for the word being typed, matched as a prefix. */
  prefix: boolean;
}

/** How many corrections of one typo are searched: the most common first. */
const MAX_CORRECTIONS = 3;
/** How many completions of a prefix are searched: enough for the suggestions a user scans. */
const MAX_COMPLETIONS = 8;
/** A rare word that is one letter from a far more common one is probably a typo of it. */
const RARE = 2;
const FAR_MORE_COMMON = 50;

function mostCommon(entries: Iterable<[string, number]>, count: number): string[] {
  return [...entries]
    .filter(([, frequency]) => frequency > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([term]) => term);
}

function corrections(vocabulary: Vocabulary, word: string): [string, number][] {
  return vocabulary.typos
    .candidates(word)
    .map((term): [string, number] => [term, vocabulary.docFrequency(term)]);
}

export function expandWord(vocabulary: Vocabulary, word: string): TermGroup {
  const frequency = vocabulary.docFrequency(word);
  if (frequency > RARE) return { typed: word, terms: [word], corrected: false, prefix: false };
  const near = corrections(vocabulary, word);
  if (frequency > 0) {
    const likelier = near.filter(([, count]) => count >= frequency * FAR_MORE_COMMON);
    const terms = [word, ...mostCommon(likelier, MAX_CORRECTIONS - 1)];
    return { typed: word, terms, corrected: terms.length > 1, prefix: false };
  }
  return {
    typed: word,
    terms: mostCommon(near, MAX_CORRECTIONS),
    corrected: true,
    prefix: false,
  };
}

export function expandPrefix(vocabulary: Vocabulary, prefix: string): TermGroup {
  const completions = vocabulary.completions(prefix);
  const terms = mostCommon(completions, MAX_COMPLETIONS);
  // The word as typed may be complete already; it must not lose its place to longer, commoner words.
  if ((completions.get(prefix) ?? 0) > 0 && !terms.includes(prefix)) terms.push(prefix);
  if (terms.length > 0) return { typed: prefix, terms, corrected: false, prefix: true };
  return { ...expandWord(vocabulary, prefix), prefix: true };
}

/** Every group must be satisfied; a group with no terms means the query cannot match. */
export function expandQuery(vocabulary: Vocabulary, query: ParsedQuery): TermGroup[] {
  const groups = query.words.map((word) => expandWord(vocabulary, word));
  // A phrase's words must all be present, exactly; its stop words are checked in the text only.
  const phraseWords = new Set(query.phrases.flat().filter((word) => !STOP_WORDS.has(word)));
  for (const word of phraseWords) {
    if (!query.words.includes(word)) {
      const terms = vocabulary.docFrequency(word) > 0 ? [word] : [];
      groups.push({ typed: word, terms, corrected: false, prefix: false });
    }
  }
  if (query.prefix !== null) groups.push(expandPrefix(vocabulary, query.prefix));
  return groups;
}
