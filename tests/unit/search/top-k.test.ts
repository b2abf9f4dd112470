import { describe, expect, it } from 'vitest';
import { TopK } from '@shared/search/top-k';

const CANDIDATES: [number, number, number][] = [
  [2, 0, 5],
  [3, 1, 2],
  [3, 0, 9],
  [3, 0, 4],
  [1, 2, 1],
  [3, 2, 0],
  [2.5, 1, 7],
];

function page(order: readonly [number, number, number][], size: number): string[] {
  const top = new TopK(size);
  for (const [score, shard, doc] of order) top.offer(score, shard, doc);
  return top.sorted().map(({ score, shard, doc }) => `${score}/${shard}/${doc}`);
}

describe('archive search: the best candidates', () => {
  it('keeps the best, breaking ties by year then document, whatever the order offered', () => {
    const expected = ['3/0/4', '3/0/9', '3/1/2'];
    expect(page(CANDIDATES, 3)).toEqual(expected);
    expect(page([...CANDIDATES].reverse(), 3)).toEqual(expected);
    expect(
      page(
        [...CANDIDATES].sort((a, b) => a[2] - b[2]),
        3,
      ),
    ).toEqual(expected);
  });

  it('reports the score to beat only once full', () => {
    const top = new TopK(2);
    top.offer(1, 0, 0);
    expect(top.threshold).toBe(-Infinity);
    top.offer(4, 0, 1);
    expect(top.threshold).toBe(1);
    top.offer(2, 0, 2);
    expect(top.threshold).toBe(2);
    expect(top.wouldAccept(1.5)).toBe(false);
    expect(top.wouldAccept(2)).toBe(true);
  });
});
