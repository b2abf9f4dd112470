import { describe, expect, it } from 'vitest';
import { fold, terms } from '@shared/search/normalise';
import { parseQuery } from '@shared/search/query';
import { TypoIndex, withinOneEdit } from '@shared/search/typo-index';

describe('query parsing', () => {
  it('splits words, phrases and the word being typed', () => {
    expect(parseQuery('"Board of Governors" maternity staf')).toEqual({
      words: ['maternity'],
      prefix: 'staf',
      phrases: [['board', 'of', 'governors']],
    });
  });

  it('treats the last word as whole once a space or quote follows', () => {
    expect(parseQuery('maternity staff ').prefix).toBeNull();
    expect(parseQuery('"discharge lounge"').prefix).toBeNull();
  });

  it('drops stop words outside phrases, folds accents, and keeps an unclosed phrase', () => {
    expect(parseQuery('the Núñez report ')).toEqual({
      words: ['nunez', 'report'],
      prefix: null,
      phrases: [],
    });
    expect(parseQuery('"discharge lou').phrases).toEqual([['discharge', 'lou']]);
  });
});

describe('normalising words', () => {
  it('folds diacritics and special letters but not spelling', () => {
    expect(fold('Núñez')).toBe('nunez');
    expect(fold('Østergaard')).toBe('ostergaard');
    expect(fold('Straße')).toBe('strasse');
    expect(terms('The organisation, the organization')).toEqual(['organisation', 'organization']);
  });
});

describe('typo index', () => {
  it('knows one edit from two', () => {
    expect(withinOneEdit('maternity', 'matrenity')).toBe(true);
    expect(withinOneEdit('maternity', 'maternty')).toBe(true);
    expect(withinOneEdit('maternity', 'maternitty')).toBe(true);
    expect(withinOneEdit('maternity', 'maternuty')).toBe(true);
    expect(withinOneEdit('maternity', 'matrenty')).toBe(false);
    expect(withinOneEdit('maternity', 'maternity')).toBe(false);
  });

  it('finds vocabulary words one edit from a typo', () => {
    const index = new TypoIndex();
    for (const word of ['staffing', 'stuffing', 'staff', 'maternity']) index.add(word);
    expect(index.candidates('staffng').sort()).toEqual(['staffing']);
    expect(index.candidates('stxffing').sort()).toEqual(['staffing', 'stuffing']);
    expect(index.candidates('zzz')).toEqual([]);
  });
});
