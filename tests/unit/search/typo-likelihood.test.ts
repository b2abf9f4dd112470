import { describe, expect, it } from 'vitest';
import { adjacentKeys } from '@shared/search/keyboard';
import { correctionScore, slipBetween } from '@shared/search/typo-likelihood';

describe('how likely a correction is the word meant', () => {
  it('knows the keys around each key', () => {
    expect(adjacentKeys('s', 'a')).toBe(true);
    expect(adjacentKeys('s', 'w')).toBe(true);
    expect(adjacentKeys('s', 'z')).toBe(true);
    expect(adjacentKeys('s', 'p')).toBe(false);
    expect(adjacentKeys('q', 'a')).toBe(true);
    expect(adjacentKeys('m', 'n')).toBe(true);
  });

  it('names the slip that turns the word meant into the typo', () => {
    expect(slipBetween('srever', 'server')).toBe('swapped');
    // The stray "r" sits next to the "e" after it on the keyboard.
    expect(slipBetween('srever', 'sever')).toBe('neighbourExtra');
    expect(slipBetween('budgxet', 'budget')).toBe('extra');
    expect(slipBetween('budgrt', 'budget')).toBe('neighbourKey');
    expect(slipBetween('budgpt', 'budget')).toBe('otherKey');
    expect(slipBetween('comittee', 'committee')).toBe('doubled');
    expect(slipBetween('committtee', 'committee')).toBe('doubled');
    expect(slipBetween('maternty', 'maternity')).toBe('missing');
    expect(slipBetween('budgert', 'budget')).toBe('neighbourExtra');
  });

  it('prefers the common word reached by a common slip', () => {
    // "srever": "server" in 30 documents by a swap beats "sever" in 3 by a stray letter.
    expect(correctionScore('srever', 'server', 30)).toBeGreaterThan(
      correctionScore('srever', 'sever', 3),
    );
    // A neighbouring key outweighs a word somewhat more common reached from across the keyboard.
    expect(correctionScore('budgrt', 'budget', 10)).toBeGreaterThan(
      correctionScore('budgrt', 'budgpt', 15),
    );
    // But a far more common word wins whatever the slip.
    expect(correctionScore('budgpt', 'budget', 1_000)).toBeGreaterThan(
      correctionScore('budgpt', 'budgrt', 10),
    );
  });
});
