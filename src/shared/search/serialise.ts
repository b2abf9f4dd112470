import { SearchEngine, type SearchEngineOptions } from './engine';
import type { ShardSnapshot } from './shard';

/**
 * The index on disk: a manifest and one chunk per year of meetings, each a string of its own, so
 * persistence can store them as separate records, rewrite only the years that changed, and load the
 * most recent year first while older ones follow.
 */
export interface SearchChunk {
  /** "manifest", or "year:2024". */
  key: string;
  data: string;
}

export const SEARCH_INDEX_FORMAT = 'minute-book.search-index';
/** Bump when the tokeniser, the fields or the chunk layout change: old chunks are then rebuilt. */
export const SEARCH_INDEX_VERSION = 1;

interface Manifest {
  format: typeof SEARCH_INDEX_FORMAT;
  version: number;
  /** Newest first: the order to load them in. */
  years: number[];
}

interface YearChunk {
  year: number;
  index: ShardSnapshot;
}

export function yearChunkKey(year: number): string {
  return `year:${year}`;
}

export function manifestChunk(engine: SearchEngine): SearchChunk {
  const manifest: Manifest = {
    format: SEARCH_INDEX_FORMAT,
    version: SEARCH_INDEX_VERSION,
    years: engine.years,
  };
  return { key: 'manifest', data: JSON.stringify(manifest) };
}

export function yearChunk(engine: SearchEngine, year: number): SearchChunk | undefined {
  const index = engine.snapshotYear(year);
  if (index === undefined) return undefined;
  const chunk: YearChunk = { year, index };
  return { key: yearChunkKey(year), data: JSON.stringify(chunk) };
}

/** The whole index: the manifest, then every year, newest first. */
export function serialise(engine: SearchEngine): SearchChunk[] {
  const chunks = [manifestChunk(engine)];
  for (const year of engine.years) {
    const chunk = yearChunk(engine, year);
    if (chunk !== undefined) chunks.push(chunk);
  }
  return chunks;
}

/** Only what changed since the last call: the manifest and the years edited. */
export function serialiseChanges(engine: SearchEngine): SearchChunk[] {
  const chunks = [manifestChunk(engine)];
  for (const year of engine.takeChangedYears()) {
    const chunk = yearChunk(engine, year);
    if (chunk !== undefined) chunks.push(chunk);
  }
  return chunks;
}

/** The years a manifest lists, newest first, or null when it is from another version: rebuild. */
export function readManifest(chunk: SearchChunk): number[] | null {
  const manifest = JSON.parse(chunk.data) as Partial<Manifest>;
  if (manifest.format !== SEARCH_INDEX_FORMAT || manifest.version !== SEARCH_INDEX_VERSION) {
    return null;
  }
  return Array.isArray(manifest.years) ? manifest.years : null;
}

/** Loads one year into the engine, replacing what it held for that year. */
export function loadYearChunk(engine: SearchEngine, chunk: SearchChunk): void {
  const parsed = JSON.parse(chunk.data) as YearChunk;
  engine.installYear(parsed.year, parsed.index);
}

/** A new engine from saved chunks (the manifest among them, or not). */
export function loadEngine(
  chunks: Iterable<SearchChunk>,
  options: SearchEngineOptions = {},
): SearchEngine {
  const engine = new SearchEngine(options);
  for (const chunk of chunks) {
    if (chunk.key === 'manifest') {
      if (readManifest(chunk) === null) throw new Error('The saved search index is out of date');
    } else loadYearChunk(engine, chunk);
  }
  engine.takeChangedYears();
  return engine;
}
