/**
 * Ranking quality, as information retrieval measures it. Pure functions of a ranked list of
 * document keys and the judged grades (0 or absent: not relevant; 1: relevant; 2: very relevant).
 */
export type Grades = ReadonlyMap<string, number>;

/**
 * The share of the relevant documents found in the first `k` results, out of as many as could
 * fit: with 35 relevant documents, 20 of them in the first 20 is a recall of 1. NaN when none is.
 */
export function recallAt(ranked: readonly string[], grades: Grades, k = 20): number {
  let relevant = 0;
  for (const grade of grades.values()) if (grade > 0) relevant++;
  if (relevant === 0) return Number.NaN;
  const found = ranked.slice(0, k).filter((key) => (grades.get(key) ?? 0) > 0).length;
  return found / Math.min(k, relevant);
}

function discountedGain(grades: readonly number[]): number {
  return grades.reduce((sum, grade, rank) => sum + (2 ** grade - 1) / Math.log2(rank + 2), 0);
}

/**
 * Normalised discounted cumulative gain of the first `k` results: 1 when they are the best
 * documents in the best order, less as relevant ones come later or not at all. NaN when none is.
 */
export function ndcgAt(ranked: readonly string[], grades: Grades, k = 10): number {
  const ideal = [...grades.values()]
    .filter((grade) => grade > 0)
    .sort((a, b) => b - a)
    .slice(0, k);
  const best = discountedGain(ideal);
  if (best === 0) return Number.NaN;
  return discountedGain(ranked.slice(0, k).map((key) => grades.get(key) ?? 0)) / best;
}

/** The mean of the numbers that are not NaN (NaN if there are none). */
export function mean(values: readonly number[]): number {
  const known = values.filter((value) => !Number.isNaN(value));
  return known.length === 0 ? Number.NaN : known.reduce((a, b) => a + b, 0) / known.length;
}
