import { describe, expect, it } from 'vitest';
import type { SearchEngine } from '@shared/search/engine';
import type { SearchFilters } from '@shared/search/query';
import {
  SEARCH_INDEX_VERSION,
  loadEngine,
  readManifest,
  serialise,
  serialiseChanges,
  yearChunkKey,
} from '@shared/search/serialise';
import { buildEngine, ITEMS, textOf } from './fixture';

const QUERIES: [string, SearchFilters][] = [
  ['maternity ', {}],
  ['matern', {}],
  ['matrenity ', {}],
  ['"board of governors"', {}],
  ['staffing ', { openActionsOnly: true }],
  ['plan ', { boardIds: ['finance'] }],
  ['nunez ', {}],
  ['discharge ', { person: 'Núñez' }],
  ['', { person: 'Owen Griffiths', from: '2024-01-01' }],
];

function answers(engine: SearchEngine): unknown[] {
  return QUERIES.map(([query, filters]) => engine.search(query, { filters }));
}

describe('archive search: saving and loading the index', () => {
  it('gives identical results after a save and a load', () => {
    const engine = buildEngine();
    const loaded = loadEngine(serialise(engine), { textOf });
    expect(answers(loaded)).toEqual(answers(engine));
    expect(loaded.documentCount).toBe(engine.documentCount);
  });

  it('saves a manifest and one chunk per year, newest first', () => {
    const chunks = serialise(buildEngine());
    expect(chunks.map((chunk) => chunk.key)).toEqual([
      'manifest',
      'year:2025',
      'year:2024',
      'year:2023',
      'year:2022',
    ]);
    const manifest = chunks[0];
    expect(manifest === undefined ? null : readManifest(manifest)).toEqual([
      2025, 2024, 2023, 2022,
    ]);
  });

  it('refuses chunks from another version of the index', () => {
    const chunks = serialise(buildEngine()).map((chunk) =>
      chunk.key === 'manifest'
        ? {
            ...chunk,
            data: chunk.data.replace(
              `"version":${SEARCH_INDEX_VERSION}`,
              `"version":${SEARCH_INDEX_VERSION - 1}`,
            ),
          }
        : chunk,
    );
    expect(() => loadEngine(chunks)).toThrow(/out of date/);
  });

  it('reads no years from a manifest that is not JSON or not of its shape', () => {
    const manifest = serialise(buildEngine()).find((chunk) => chunk.key === 'manifest');
    if (manifest === undefined) throw new Error('no manifest');
    expect(readManifest({ ...manifest, data: manifest.data.slice(0, 20) })).toBeNull();
    expect(
      readManifest({ ...manifest, data: manifest.data.replace('"years":[', '"years":["') }),
    ).toBeNull();
  });

  it('refuses a saved year whose documents are not as the index saved them', () => {
    const chunks = serialise(buildEngine()).map((chunk) =>
      chunk.year === undefined
        ? chunk
        : {
            ...chunk,
            year: { ...chunk.year, index: { ...chunk.year.index, docs: '[{"kind":"item"}]' } },
          },
    );
    expect(() => loadEngine(chunks)).toThrow(/not as Minute Book stores it/);
  });

  it('can load the newest year alone, then the rest', () => {
    const chunks = serialise(buildEngine());
    const newest = chunks.filter((chunk) => chunk.key === yearChunkKey(2025));
    const partial = loadEngine(newest, { textOf });
    expect(partial.search('maternity ').hits.map((hit) => hit.id)).toEqual(['m-finance-2025-1']);
    const complete = loadEngine(chunks, { textOf });
    expect(complete.search('maternity ').hits.map((hit) => hit.id)).toEqual([
      'm-2024-1',
      'm-finance-2025-1',
    ]);
  });

  it('saves only the years edited since the last save', () => {
    const engine = buildEngine();
    serialiseChanges(engine);
    const edited = ITEMS[2];
    if (edited === undefined) throw new Error('fixture changed');
    engine.addItem({ ...edited, notes: 'Revised notes on neonatal staffing.' });
    expect(serialiseChanges(engine).map((chunk) => chunk.key)).toEqual(['manifest', 'year:2024']);
    expect(serialiseChanges(engine).map((chunk) => chunk.key)).toEqual(['manifest']);
  });

  it('keeps edits made after a load', () => {
    const loaded = loadEngine(serialise(buildEngine()), { textOf });
    const edited = ITEMS[0];
    if (edited === undefined) throw new Error('fixture changed');
    loaded.addItem({ ...edited, notes: 'Sepsis screening.' });
    expect(loaded.search('sepsis ').hits.map((hit) => hit.id)).toEqual(['m-2022-1']);
    expect(loaded.search('audits ').hits).toEqual([]);
  });
});
