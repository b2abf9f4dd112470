/** One benchmark figure as reported by `npm run bench`. */
export interface BenchResult {
  name: string;
  /** What was measured, e.g. "ms per build". */
  unit: string;
  samples: number;
  p50: number;
  p95: number;
  /** The figure the p95 must stay under, when an issue sets one. */
  target?: number;
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export function summarise(
  name: string,
  unit: string,
  timings: readonly number[],
  target?: number,
): BenchResult {
  const sorted = [...timings].sort((a, b) => a - b);
  return {
    name,
    unit,
    samples: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    target,
  };
}

/** Times `task` `iterations` times after `warmup` untimed runs. */
export async function measure(
  name: string,
  task: () => unknown,
  {
    iterations = 30,
    warmup = 3,
    target,
  }: { iterations?: number; warmup?: number; target?: number } = {},
): Promise<BenchResult> {
  for (let i = 0; i < warmup; i++) await task();
  const timings: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await task();
    timings.push(performance.now() - start);
  }
  return summarise(name, 'ms', timings, target);
}
