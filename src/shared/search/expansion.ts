import { STOP_WORDS } from './normalise';
import type { ParsedQuery } from './query';
import type { TypoIndex } from './typo-index';
import { correctionScore } from './typo-likelihood';

/** How the engine asks the index about its vocabulary. */
export interface Vocabulary {
  typos: TypoIndex;
  docFrequency(term: string): number;
  completions(prefix: string): Map<string, number>;
  /** Whether some document holds `term` and, for each of `others`, one of its terms. */
  cooccurs(term: string, others: readonly (readonly string[])[]): boolean;
}

/** One word of the query, as the indexed terms any of which may satisfy it. */
export interface TermGroup {
  typed: string;
  /** Best first: for a typo, the likeliest correction first. */
  terms: string[];
  /** True when the terms are corrections of a typo rather than the word itself. */
  corrected: boolean;
  /** True for the word being typed, matched as a prefix. */
  prefix: boolean;
}

/** How many corrections of one typo are searched: the likeliest first. */
const MAX_CORRECTIONS = 3;
/**
 * A correction is searched beside the likeliest only if it is at least this likely next to it (as
 * a log ratio, about one in eight): "Showing results for server" should mostly show "server".
 */
const ALTERNATIVE_MARGIN = Math.log(8);
/** Far below any likelihood: a correction with which the query finds nothing. */
const FINDS_NOTHING = -1_000;
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

/**
 * The corrections of `word` found in the archive, likeliest first (see typo-likelihood.ts); those
 * with which the rest of the query finds nothing come last.
 */
function likeliestCorrections(
  vocabulary: Vocabulary,
  word: string,
  others: readonly (readonly string[])[],
): string[] {
  const scored = vocabulary.typos
    .candidates(word)
    .map((term) => ({ term, frequency: vocabulary.docFrequency(term) }))
    .filter(({ frequency }) => frequency > 0)
    .map(({ term, frequency }) => ({ term, score: correctionScore(word, term, frequency) }))
    .sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1));
  if (others.length > 0) {
    // Only the likeliest few are tried with the other words: each try reads posting lists.
    for (const candidate of scored.slice(0, MAX_CORRECTIONS * 3)) {
      if (!vocabulary.cooccurs(candidate.term, others)) candidate.score += FINDS_NOTHING;
    }
    scored.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1));
  }
  const best = scored[0]?.score ?? 0;
  return scored
    .filter(({ score }, index) => index === 0 || score >= best - ALTERNATIVE_MARGIN)
    .slice(0, MAX_CORRECTIONS)
    .map(({ term }) => term);
}

function exact(word: string, prefix = false): TermGroup {
  return { typed: word, terms: [word], corrected: false, prefix };
}

/**
 * A whole word: itself when the archive has it, or its likeliest corrections when it does not (or
 * has it in a document or two next to a far more common word one letter away). `others` are the
 * terms of the query's other words, which a correction must go with.
 */
export function expandWord(
  vocabulary: Vocabulary,
  word: string,
  others: readonly (readonly string[])[] = [],
): TermGroup {
  const frequency = vocabulary.docFrequency(word);
  if (frequency > RARE) return exact(word);
  if (frequency > 0) {
    const near = vocabulary.typos
      .candidates(word)
      .map((term): [string, number] => [term, vocabulary.docFrequency(term)])
      .filter(([, count]) => count >= frequency * FAR_MORE_COMMON);
    const terms = [word, ...mostCommon(near, MAX_CORRECTIONS - 1)];
    return { typed: word, terms, corrected: terms.length > 1, prefix: false };
  }
  return {
    typed: word,
    terms: likeliestCorrections(vocabulary, word, others),
    corrected: true,
    prefix: false,
  };
}

export function expandPrefix(
  vocabulary: Vocabulary,
  prefix: string,
  others: readonly (readonly string[])[] = [],
): TermGroup {
  const completions = vocabulary.completions(prefix);
  const terms = mostCommon(completions, MAX_COMPLETIONS);
  // The word as typed may be complete already; it must not lose its place to longer, commoner words.
  if ((completions.get(prefix) ?? 0) > 0 && !terms.includes(prefix)) terms.push(prefix);
  if (terms.length > 0) return { typed: prefix, terms, corrected: false, prefix: true };
  return { ...expandWord(vocabulary, prefix, others), prefix: true };
}

/**
 * Every group must be satisfied; a group with no terms means the query cannot match. `literal`
 * searches the words as typed, uncorrected ("search instead for…").
 */
export function expandQuery(
  vocabulary: Vocabulary,
  query: ParsedQuery,
  literal = false,
): TermGroup[] {
  const known = (word: string): TermGroup => ({
    ...exact(word),
    terms: vocabulary.docFrequency(word) > 0 ? [word] : [],
  });
  // Words found as typed first: a typo's corrections are then tried with them.
  const firstPass = query.words.map((word) =>
    literal || vocabulary.docFrequency(word) > RARE ? known(word) : null,
  );
  // A phrase's words must all be present, exactly; its stop words are checked in the text only.
  const phraseWords = [
    ...new Set(query.phrases.flat().filter((word) => !STOP_WORDS.has(word))),
  ].filter((word) => !query.words.includes(word));
  const phraseGroups = phraseWords.map(known);
  const settled = [
    ...firstPass.flatMap((group) => (group === null ? [] : [group])),
    ...phraseGroups,
  ];
  const others = settled.map((group) => group.terms);
  const groups = query.words.map(
    (word, index) => firstPass[index] ?? expandWord(vocabulary, word, others),
  );
  groups.push(...phraseGroups);
  if (query.prefix !== null) {
    const prefix = expandPrefix(vocabulary, query.prefix, literal ? [] : others);
    // Literally, a prefix with no completion is the word as typed, which finds nothing.
    groups.push(literal && prefix.corrected ? { ...known(query.prefix), prefix: true } : prefix);
  }
  return groups;
}
