/**
 * `npm run bench`: runs every bench/*.bench.mts (or those named on the command line) and prints
 * one table. Exits non-zero when a p95 misses its target, so a regression is visible, and when a
 * name matches no benchmark, so a typo never passes as an empty run.
 */
import { readdir } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchResult } from './measure';

const only = process.argv.slice(2);
const available = (await readdir(resolve('bench')))
  .filter((file) => file.endsWith('.bench.mts'))
  .sort();
const nameOf = (file: string) => file.slice(0, -'.bench.mts'.length);
/** A name picks the benchmark of that name, or every one it begins: "docx" is docx-export. */
const matching = (name: string) =>
  available.filter((file) => nameOf(file) === name || nameOf(file).startsWith(`${name}-`));
const unmatched = only.filter((name) => matching(name).length === 0);
if (unmatched.length > 0) {
  console.error(
    `No benchmark is called ${unmatched.map((name) => `"${name}"`).join(' or ')}. ` +
      `Benchmarks: ${available.map(nameOf).join(', ')}.`,
  );
  process.exit(2);
}
const files = only.length === 0 ? available : [...new Set(only.flatMap(matching))].sort();

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
