/**
 * `npm run bench -- search` (or `npm run bench:search` for exact memory figures): builds the
 * archive search index over generated archives of 1,000 and 10,000 meetings and times the queries
 * a user types. SEARCH_BENCH_SIZES=1000 runs the small archive only.
 */
import { itemText, meetingText, type SearchItemInput } from '../src/shared/search/documents';
import { SearchEngine } from '../src/shared/search/engine';
import {
  chunkBytes,
  loadYearChunk,
  readManifest,
  serialise,
  yearChunkKey,
  type SearchChunk,
} from '../src/shared/search/serialise';
import { generateArchive } from './support/archive-generator';
import { buildQueries } from './support/search-queries';
import { RelevanceJudge } from './support/relevance-judge';
import { planRelevance } from './support/relevance-plan';
import { measureRelevance, relevanceTable, type RelevanceFigures } from './support/relevance-run';
import { PAGE_LAYOUTS } from '../src/shared/search/page-layout';
import { summarise, type BenchResult } from './measure';

const QUERIES_PER_CLASS = 200;
/**
 * Each list of queries is run this many times over and each query's median kept: the build machine
 * has two cores shared with other work, and a query preempted once would otherwise count as slow.
 */
const PASSES = 3;
const UPDATES = 100;

const collect = (globalThis as { gc?: () => void }).gc;

/** The JS heap plus array buffers: posting lists live in typed arrays, outside the heap proper. */
function memoryAfterGc(): number {
  collect?.();
  collect?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/**
 * Loading the saved index as the app's worker does: the manifest, then the years newest first. The
 * newest year must be searchable within a second, the whole archive within 15.
 */
function timeLoading(
  chunks: readonly SearchChunk[],
  typo: string,
): { newestMs: number; firstTypoMs: number; allMs: number } {
  const byKey = new Map(chunks.map((chunk) => [chunk.key, chunk]));
  const start = performance.now();
  const manifest = byKey.get('manifest');
  const years = manifest === undefined ? null : readManifest(manifest);
  if (years === null) throw new Error('The benchmark saved no manifest');
  const engine = new SearchEngine();
  let newestMs = 0;
  let firstTypoMs = 0;
  for (const year of years) {
    const chunk = byKey.get(yearChunkKey(year));
    if (chunk !== undefined) loadYearChunk(engine, chunk);
    if (newestMs === 0) {
      newestMs = performance.now() - start;
      // The typo index links the loaded words on its first lookup: a cost the first typo pays.
      const typoStart = performance.now();
      engine.search(typo);
      firstTypoMs = performance.now() - typoStart;
    }
  }
  const allMs = performance.now() - start;
  console.log(
    `  loaded the newest year in ${newestMs.toFixed(0)} ms (first typo then ${firstTypoMs.toFixed(0)} ms), all ${years.length} in ${(allMs - firstTypoMs).toFixed(0)} ms`,
  );
  return { newestMs, firstTypoMs, allMs: allMs - firstTypoMs };
}

function label(meetings: number): string {
  return `${meetings.toLocaleString('en-GB')} meetings`;
}

/** Builds, searches, edits and saves one archive; returns the figures and the saved chunks. */
function benchIndex(meetings: number): {
  results: BenchResult[];
  chunks: SearchChunk[];
  typo: string;
} {
  const name = label(meetings);
  const texts = new Map<string, string>();
  const samples: SearchItemInput[] = [];
  // The relevance test set's words are planted in the archive as it is generated, and judged.
  const plan = planRelevance(meetings);
  const judge = new RelevanceJudge(plan.queries);
  const archive = [...generateArchive(meetings, undefined, plan.plant)];
  let words = 0;
  for (const generated of archive) {
    judge.observe(generated);
    const { meeting, items } = generated;
    texts.set(`meeting:${meeting.id}`, meetingText(meeting));
    for (const item of items) {
      const text = itemText(item);
      words += text.split(/\s+/).length;
      texts.set(`item:${item.id}`, text);
      if (samples.length < UPDATES && item.itemNumber === 3) samples.push(item);
    }
  }
  const itemCount = archive.reduce((sum, { items }) => sum + items.length, 0);
  console.log(`  ${name}: ${itemCount} items, ${(words / 1e6).toFixed(1)} million words`);

  const before = memoryAfterGc();
  const engine = new SearchEngine({ textOf: (kind, id) => texts.get(`${kind}:${id}`) });
  const buildStart = performance.now();
  for (const { meeting, items } of archive) {
    engine.addMeeting(meeting);
    for (const item of items) engine.addItem(item);
  }
  const buildMs = performance.now() - buildStart;
  const indexMb = (memoryAfterGc() - before) / 2 ** 20;
  console.log(`  built in ${(buildMs / 1000).toFixed(1)} s, ${indexMb.toFixed(0)} MB`);
  // The app's worker holds the index, not the minutes: free them, so collecting the garbage of a
  // 4 GB heap does not land in the query timings.
  archive.length = 0;

  const queries = buildQueries([...texts.values()], QUERIES_PER_CLASS);
  const fast = meetings <= 1_000 ? 5 : 20;
  const slow = meetings <= 1_000 ? 5 : 50;
  const timeOnce = (query: string): number => {
    const start = performance.now();
    engine.search(query);
    return performance.now() - start;
  };
  // Whole passes over the list, so a query's runs are not back to back.
  const time = (list: readonly string[]): number[] => {
    const runs = list.map((): number[] => []);
    for (let pass = 0; pass < PASSES; pass++) {
      list.forEach((query, index) => runs[index]?.push(timeOnce(query)));
    }
    return runs.map((timings) => timings.sort((a, b) => a - b)[timings.length >> 1] ?? NaN);
  };
  // Warm every kind of query up on other words first, as a worker is after its first few searches,
  // so the figures are of the search rather than of the JavaScript engine compiling it.
  const warmUp = buildQueries([...texts.values()], 20, 8);
  for (const query of [
    ...warmUp.single,
    ...warmUp.prefix,
    ...warmUp.typo.map(({ query }) => query),
    ...warmUp.twoWords,
    ...warmUp.phrase,
  ]) {
    engine.search(query);
  }

  const memoryName = `search ${name}: index memory${collect ? '' : ' (run bench:search for this)'}`;
  const results: BenchResult[] = [
    summarise(`search ${name}: build index`, 'ms', [buildMs]),
    summarise(memoryName, 'MB', [indexMb], meetings > 1_000 ? 1_000 : undefined),
    summarise(`search ${name}: one word`, 'ms', time(queries.single), fast),
    summarise(`search ${name}: prefix`, 'ms', time(queries.prefix), fast),
    summarise(
      `search ${name}: one-letter typo`,
      'ms',
      time(queries.typo.map(({ query }) => query)),
      fast,
    ),
    summarise(`search ${name}: two words`, 'ms', time(queries.twoWords), fast),
    summarise(`search ${name}: phrase`, 'ms', time(queries.phrase), slow),
  ];

  const missed = queries.typo.filter(({ query, intended }) => {
    const response = engine.search(query);
    return !(
      response.hits.length > 0 && response.groups.some((group) => group.terms.includes(intended))
    );
  }).length;
  results.push(
    summarise(`search ${name}: typos not found`, '%', [(100 * missed) / queries.typo.length], 10),
  );

  const relevance = measureRelevance(engine, judge.judged).figures;
  console.log(`  relevance of ${judge.judged.length} judged queries at ${name}:`);
  console.table(relevanceTable(relevance));
  // The ways meetings could share the page, compared on the same queries (docs/search.md).
  const of = (figures: RelevanceFigures[], kind: string, what: 'recallAt20' | 'ndcgAt10') =>
    (figures.find((figure) => figure.kind === kind)?.[what] ?? Number.NaN).toFixed(3);
  console.table(
    PAGE_LAYOUTS.map((layout) => {
      const figures = measureRelevance(engine, judge.judged, layout).figures;
      return {
        layout,
        'all recall@20': of(figures, 'all', 'recallAt20'),
        'all nDCG@10': of(figures, 'all', 'ndcgAt10'),
        'names nDCG@10': of(figures, 'name', 'ndcgAt10'),
        'committee words nDCG@10': of(figures, 'committee word', 'ndcgAt10'),
        'committee phrases nDCG@10': of(figures, 'committee phrase', 'ndcgAt10'),
        'common words nDCG@10': of(figures, 'common word', 'ndcgAt10'),
      };
    }),
  );
  const overall = relevance.find((figure) => figure.kind === 'all');
  const typos = relevance.find((figure) => figure.kind === 'typo');
  const score = (what: string, value: number | undefined): BenchResult =>
    summarise(`search ${name}: ${what} (higher is better)`, '', [value ?? Number.NaN]);
  results.push(
    score('relevance recall@20', overall?.recallAt20),
    score('relevance nDCG@10', overall?.ndcgAt10),
    score('typos with the word meant first', typos?.intendedFirst),
  );

  const updates = samples.map((item, index) => {
    const edited = { ...item, notes: `${item.notes}\n\nFurther discussion of item ${index}.` };
    const start = performance.now();
    engine.addItem(edited);
    return performance.now() - start;
  });
  results.push(summarise(`search ${name}: update an item`, 'ms', updates, 15));

  const saveStart = performance.now();
  const chunks = serialise(engine);
  const saveMs = performance.now() - saveStart;
  const megabytes = chunks.reduce((sum, chunk) => sum + chunkBytes(chunk), 0) / 2 ** 20;
  console.log(
    `  saved ${chunks.length} chunks, ${megabytes.toFixed(0)} MB in ${saveMs.toFixed(0)} ms`,
  );
  results.push(summarise(`search ${name}: save every chunk`, 'ms', [saveMs]));
  return { results, chunks, typo: queries.typo[0]?.query ?? 'comittee ' };
}

async function benchArchive(meetings: number): Promise<BenchResult[]> {
  const name = label(meetings);
  const { results, chunks, typo } = benchIndex(meetings);
  // A worker starting up holds the saved chunks, not a built index and every text as well: let
  // those go first, so collecting them does not land in the loading times.
  collect?.();
  const { newestMs, firstTypoMs, allMs } = timeLoading(chunks, typo);
  results.push(summarise(`search ${name}: load manifest + newest year`, 'ms', [newestMs], 1_000));
  results.push(summarise(`search ${name}: first typo after loading`, 'ms', [firstTypoMs]));
  results.push(summarise(`search ${name}: load every year`, 'ms', [allMs], 15_000));
  return results;
}

export async function run(): Promise<BenchResult[]> {
  const sizes = (process.env.SEARCH_BENCH_SIZES ?? '1000,10000').split(',').map(Number);
  const results: BenchResult[] = [];
  for (const meetings of sizes) results.push(...(await benchArchive(meetings)));
  return results;
}
