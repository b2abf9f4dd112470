import { SEARCH_INDEX_VERSION, readManifest, yearChunkKey, type SearchChunk } from '@shared/search';
import { z } from 'zod';
import { readStoredJson, requireStoredJson } from '@shared/stored-json';
import type { MinuteBookDatabase } from '../db/database';

/**
 * The saved index in the searchIndex table: the engine's own chunks (the manifest, "year:2024"…)
 * and, beside each year, which meetings and items it holds ("meetings:2024"), so that a meeting's
 * removed items can be taken out of the index after a restart. Both parts of a year are always
 * written in one transaction.
 */
const STATE_KEY = 'keeper';
const KEEPER_FORMAT = 'minute-book.search-keeper';
/** Bump when the bookkeeping below changes shape: the index is then rebuilt. */
const KEEPER_VERSION = 1;

/** Meeting id → the ids of its items, for one year. */
const yearBookSchema = z.record(z.string(), z.array(z.string()));
export type YearBook = z.infer<typeof yearBookSchema>;

const keeperStateSchema = z.object({
  format: z.literal(KEEPER_FORMAT),
  version: z.number(),
  indexVersion: z.number(),
  /** When the last save began: edits after it (less a margin) are caught up at start. */
  savedAt: z.string(),
});
type KeeperState = z.infer<typeof keeperStateSchema>;

export interface SavedIndex {
  years: number[];
  savedAt: string;
}

function bookKey(year: number): string {
  return `meetings:${year}`;
}

/** The saved years from the manifest and keeper records; null when they are missing or outdated. */
function savedIndexFrom(
  manifest: SearchChunk | undefined,
  state: SearchChunk | undefined,
): SavedIndex | null {
  if (manifest === undefined || state === undefined) return null;
  const keeper = readStoredJson(state.data, keeperStateSchema);
  if (
    keeper === null ||
    keeper.version !== KEEPER_VERSION ||
    keeper.indexVersion !== SEARCH_INDEX_VERSION
  )
    return null;
  const years = readManifest(manifest);
  return years === null ? null : { years, savedAt: keeper.savedAt };
}

/** The saved years, newest first, and when they were saved; null when there is nothing usable. */
export async function readSavedIndex(db: MinuteBookDatabase): Promise<SavedIndex | null> {
  const [manifest, state] = await db.searchIndex.bulkGet(['manifest', STATE_KEY]);
  return savedIndexFrom(manifest, state);
}

export interface SavedStart {
  saved: SavedIndex;
  /** The newest saved year, read in the same transaction. */
  newest?: { chunk: SearchChunk; book: YearBook };
}

/**
 * The manifest and the newest saved year, read straight from IndexedDB in one transaction, without
 * waiting for Dexie to open the database: the first thing the search worker does, on the way to
 * the newest year being searchable. Resolves null whenever this is not possible (no database yet,
 * one without the search's table, an outdated index); the Dexie path then decides.
 */
export function readSavedStart(factory: IDBFactory, name: string): Promise<SavedStart | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      resolve(null);
      return;
    }
    // Only a database that does not exist yet needs an upgrade here: leave its making to Dexie.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onsuccess = () => {
      const connection = request.result;
      // Never hold up the page opening the database for an upgrade.
      connection.onversionchange = () => connection.close();
      const finish = (value: SavedStart | null) => {
        connection.close();
        resolve(value);
      };
      try {
        const transaction = connection.transaction('searchIndex', 'readonly');
        transaction.onabort = () => finish(null);
        const store = transaction.objectStore('searchIndex');
        const manifest = store.get('manifest');
        const state = store.get(STATE_KEY);
        state.onsuccess = () => {
          const saved = savedIndexFrom(
            manifest.result as SearchChunk | undefined,
            state.result as SearchChunk | undefined,
          );
          const year = saved?.years[0];
          if (saved === null || year === undefined) {
            finish(saved === null ? null : { saved });
            return;
          }
          const chunk = store.get(yearChunkKey(year));
          const book = store.get(bookKey(year));
          book.onsuccess = () => {
            const chunkRecord = chunk.result as SearchChunk | undefined;
            const bookRecord = book.result as SearchChunk | undefined;
            // A book that cannot be read leaves the newest year to the Dexie path, which rebuilds.
            const yearBook =
              bookRecord === undefined ? null : readStoredJson(bookRecord.data, yearBookSchema);
            finish(
              chunkRecord === undefined || yearBook === null
                ? { saved }
                : { saved, newest: { chunk: chunkRecord, book: yearBook } },
            );
          };
        };
      } catch {
        finish(null);
      }
    };
  });
}

/** One saved year: the engine's chunk and its book. Throws when either is missing. */
export async function readSavedYear(
  db: MinuteBookDatabase,
  year: number,
): Promise<{ chunk: SearchChunk; book: YearBook }> {
  const [chunk, book] = await db.searchIndex.bulkGet([yearChunkKey(year), bookKey(year)]);
  if (chunk === undefined || book === undefined) throw new Error(`Year ${year} was not saved`);
  return {
    chunk,
    book: requireStoredJson(book.data, yearBookSchema, `The saved search index of ${year}`),
  };
}

/**
 * The records to store for a save: the chunks the engine gave, the books of the same years and when
 * the save began. Pure, so a benchmark can write a saved index the way the app does.
 */
export function savedIndexRecords(
  chunks: readonly SearchChunk[],
  books: ReadonlyMap<number, YearBook>,
  savedAt: string,
): SearchChunk[] {
  const state: KeeperState = {
    format: KEEPER_FORMAT,
    version: KEEPER_VERSION,
    indexVersion: SEARCH_INDEX_VERSION,
    savedAt,
  };
  return [
    ...chunks,
    ...[...books].map(([year, book]) => ({ key: bookKey(year), data: JSON.stringify(book) })),
    { key: STATE_KEY, data: JSON.stringify(state) },
  ];
}

/** Writes the chunks the engine gave and the books of the same years, all or nothing. */
export async function writeSavedChanges(
  db: MinuteBookDatabase,
  chunks: readonly SearchChunk[],
  books: ReadonlyMap<number, YearBook>,
  savedAt: string,
): Promise<void> {
  const records = savedIndexRecords(chunks, books, savedAt);
  await db.transaction('rw', db.searchIndex, () => db.searchIndex.bulkPut(records));
}

export async function clearSavedIndex(db: MinuteBookDatabase): Promise<void> {
  await db.searchIndex.clear();
}
