/**
 * `npm run bench`: runs every bench/*.bench.mts (or those named on the command line) and prints
 * one table. Exits non-zero when a p95 misses its target, so a regression is visible.
 */
import { readdir } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchResult } from './measure';

const only = process.argv.slice(2);
const files = (await readdir(resolve('bench')))
  .filter((file) => file.endsWith('.bench.mts'))
  .filter((file) => only.length === 0 || only.some((name) => file === `${name}.bench.mts`))
  .sort();

const results: BenchResult[] = [];
for (const file of files) {
  console.log(`running ${basename(file)}…`);
  const module = (await import(pathToFileURL(resolve('bench', file)).href)) as {
    run: () => Promise<BenchResult[]>;
  };
  results.push(...(await module.run()));
}

const rows = results.map((result) => ({
  benchmark: result.name,
  samples: result.samples,
  p50: `${result.p50.toFixed(2)} ${result.unit}`,
  p95: `${result.p95.toFixed(2)} ${result.unit}`,
  target: result.target === undefined ? '' : `< ${result.target} ${result.unit}`,
  verdict: result.target === undefined ? '' : result.p95 < result.target ? 'ok' : 'MISSED',
}));
console.table(rows);
if (rows.some((row) => row.verdict === 'MISSED')) process.exitCode = 1;
