/**
 * How likely a vocabulary word is the word meant by a typo one edit from it: how often the archive
 * uses the word, times how often people make that kind of slip. "srever" is "server" with two
 * letters swapped, a common slip, and "server" is common; "sever" would need an "r" typed for
 * nothing, and is rare. The query's other words decide the rest (expansion.ts).
 */
import { adjacentKeys } from './keyboard';

/**
 * How often each kind of slip is made, relative to the commonest: swapping two letters, hitting a
 * neighbouring key, or doubling a letter (or not) are common; a stray letter from across the
 * keyboard is rare. Rough figures from studies of typing errors; only their order matters much.
 */
export const SLIP_LIKELIHOOD = {
  swapped: 1,
  neighbourKey: 1,
  doubled: 1,
  neighbourExtra: 0.5,
  missing: 0.4,
  extra: 0.15,
  otherKey: 0.1,
} as const;

export type Slip = keyof typeof SLIP_LIKELIHOOD;

/** The slip that turns `intended` into `typed`, which must be one edit apart. */
export function slipBetween(typed: string, intended: string): Slip {
  let i = 0;
  while (i < typed.length && i < intended.length && typed[i] === intended[i]) i++;
  if (typed.length === intended.length) {
    if (typed[i] === intended[i + 1] && typed[i + 1] === intended[i]) return 'swapped';
    return adjacentKeys(intended[i] ?? '', typed[i] ?? '') ? 'neighbourKey' : 'otherKey';
  }
  if (typed.length > intended.length) {
    // typed[i] is a letter too many; a run of the same letter may put it a little later.
    const extra = typed[i] ?? '';
    if (extra === typed[i - 1] || extra === typed[i + 1]) return 'doubled';
    const nextTo =
      adjacentKeys(extra, typed[i - 1] ?? '') || adjacentKeys(extra, typed[i + 1] ?? '');
    return nextTo ? 'neighbourExtra' : 'extra';
  }
  const missing = intended[i] ?? '';
  return missing === intended[i - 1] || missing === intended[i + 1] ? 'doubled' : 'missing';
}

/** The log-likelihood that `intended`, found in `frequency` documents, is what `typed` meant. */
export function correctionScore(typed: string, intended: string, frequency: number): number {
  return Math.log(1 + frequency) + Math.log(SLIP_LIKELIHOOD[slipBetween(typed, intended)]);
}
