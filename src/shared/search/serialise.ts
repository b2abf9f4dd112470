import { z } from 'zod';
import { readStoredJson } from '../stored-json';
import { SearchEngine, type SearchEngineOptions } from './engine';
import type { ShardSnapshot } from './shard';

/**
 * The index on disk: a manifest and one chunk per year of meetings, each a record of its own, so
 * persistence can rewrite only the years that changed and load the most recent year first while
 * older ones follow. A year is kept in typed arrays (see ShardSnapshot), not text, so that loading
 * it is copying blocks rather than parsing.
 */
export interface SearchChunk {
  /** "manifest", or "year:2024". */
  key: string;
  /** The manifest as JSON; empty for a year. */
  data: string;
  year?: YearChunk;
}

export const SEARCH_INDEX_FORMAT = 'minute-book.search-index';
/** Bump when the tokeniser, the fields or the chunk layout change: old chunks are then rebuilt. */
export const SEARCH_INDEX_VERSION = 2;

const manifestSchema = z.object({
  format: z.literal(SEARCH_INDEX_FORMAT),
  version: z.number(),
  /** Newest first: the order to load them in. */
  years: z.array(z.number().int()),
});
type Manifest = z.infer<typeof manifestSchema>;

export interface YearChunk {
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
  return { key: yearChunkKey(year), data: '', year: { year, index } };
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
  const manifest = readStoredJson(chunk.data, manifestSchema);
  return manifest?.version === SEARCH_INDEX_VERSION ? manifest.years : null;
}

/** Loads one year into the engine, replacing what it held for that year. */
export function loadYearChunk(engine: SearchEngine, chunk: SearchChunk): void {
  if (chunk.year === undefined) throw new Error(`${chunk.key} holds no year of the index`);
  engine.installYear(chunk.year.year, chunk.year.index);
}

/** What a chunk takes on disk, in bytes, near enough: its text and its arrays. */
export function chunkBytes(chunk: SearchChunk): number {
  const index = chunk.year?.index;
  if (index === undefined) return chunk.data.length * 2;
  const texts = index.keys.length + index.docs.length + index.terms.length;
  const arrays = [
    index.lengths,
    index.pairs.data,
    index.pairs.words,
    index.termEnds,
    index.postings,
  ];
  return texts * 2 + arrays.reduce((sum, array) => sum + array.byteLength, 0);
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
