import { describe, expect, it } from 'vitest';
import { mean, ndcgAt, recallAt } from '../../../bench/support/relevance-metrics';

const grades = new Map([
  ['a', 2],
  ['b', 1],
  ['c', 1],
]);

describe('relevance metrics', () => {
  it('recall counts the relevant documents found out of as many as fit in the first k', () => {
    expect(recallAt(['a', 'x', 'b', 'c'], grades, 20)).toBe(1);
    expect(recallAt(['x', 'a', 'y'], grades, 20)).toBeCloseTo(1 / 3);
    expect(recallAt(['x', 'y', 'a'], grades, 2)).toBe(0);
    // Two places and three relevant documents: two found is all that could be.
    expect(recallAt(['b', 'c', 'a'], grades, 2)).toBe(1);
    expect(recallAt(['a'], new Map(), 20)).toBeNaN();
  });

  it('nDCG is 1 for the ideal order and less when the best document comes later', () => {
    expect(ndcgAt(['a', 'b', 'c'], grades, 10)).toBe(1);
    expect(ndcgAt(['a', 'c', 'b'], grades, 10)).toBe(1);
    const late = ndcgAt(['b', 'c', 'a'], grades, 10);
    const missing = ndcgAt(['b', 'c', 'x'], grades, 10);
    expect(late).toBeLessThan(1);
    expect(missing).toBeLessThan(late);
    expect(ndcgAt(['x', 'y'], grades, 10)).toBe(0);
    // gains 3, 1, 1 at discounts 1, 1/log2(3), 1/2; the list gives 1 at the first place only.
    const ideal = 3 + 1 / Math.log2(3) + 1 / 2;
    expect(ndcgAt(['b'], grades, 10)).toBeCloseTo(1 / ideal, 12);
  });

  it('counts only the first k results', () => {
    expect(ndcgAt(['x', 'a'], grades, 1)).toBe(0);
    expect(ndcgAt(['a', 'x'], grades, 1)).toBe(1);
  });

  it('averages over the queries that have relevant documents', () => {
    expect(mean([1, Number.NaN, 0])).toBe(0.5);
    expect(mean([Number.NaN])).toBeNaN();
  });
});
