import { describe, expect, it } from 'vitest';
import { phraseMatcher } from '@shared/search/phrase';

describe('archive search: checking a phrase against a text', () => {
  it('needs the words side by side and in order, across spaces and punctuation', () => {
    const matches = phraseMatcher([['board', 'of', 'governors']]);
    expect(matches('Report to the Board of Governors.')).toBe(true);
    expect(matches('the board — of, governors')).toBe(true);
    expect(matches('the governors of the board')).toBe(false);
    expect(matches('the board of school governors')).toBe(false);
  });

  it('compares whole words only', () => {
    const matches = phraseMatcher([['hand', 'hygiene']]);
    expect(matches('Handhygiene audit')).toBe(false);
    expect(matches('secondhand hygiene')).toBe(false);
    expect(matches('hand hygienes')).toBe(false);
    expect(matches('(hand hygiene)')).toBe(true);
  });

  it('folds accents in the text and treats accented letters as part of a word', () => {
    expect(phraseMatcher([['maria', 'nunez']])('Report by Dr MARÍA NÚÑEZ, chair')).toBe(true);
    expect(phraseMatcher([['strasse', 'clinic']])('the Straße clinic')).toBe(true);
    // "é" is a letter: "café" is one word, not "caf" followed by a separator.
    expect(phraseMatcher([['caf', 'board']])('café board')).toBe(false);
    expect(phraseMatcher([['cafe', 'board']])('café board')).toBe(true);
    // Letters beyond the first 65,536 characters still join a word.
    expect(phraseMatcher([['board', 'meeting']])('board𝐀 meeting')).toBe(false);
  });

  it('requires every phrase of the query', () => {
    const matches = phraseMatcher([
      ['discharge', 'lounge'],
      ['bed', 'capacity'],
    ]);
    expect(matches('The discharge lounge eased bed capacity.')).toBe(true);
    expect(matches('The discharge lounge opened.')).toBe(false);
  });
});
