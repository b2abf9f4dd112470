import { describe, expect, it } from 'vitest';
import { TypoIndex } from '@shared/search/typo-index';

describe('archive search: the typo index', () => {
  it('finds words added before and after a lookup', () => {
    const typos = new TypoIndex();
    typos.add('maternity');
    expect(typos.candidates('matrenity')).toEqual(['maternity']);
    typos.add('staffing');
    expect(typos.has('staffing')).toBe(true);
    expect(typos.candidates('staffng')).toEqual(['staffing']);
    expect(typos.candidates('matrenity')).toEqual(['maternity']);
  });

  it('never corrects numbers', () => {
    const typos = new TypoIndex();
    typos.add('2024');
    expect(typos.candidates('2025')).toEqual([]);
  });
});
