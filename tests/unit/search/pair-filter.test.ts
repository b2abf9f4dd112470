import { describe, expect, it } from 'vitest';
import { itemText, type DocKind, type SearchItemInput } from '@shared/search/documents';
import { SearchEngine } from '@shared/search/engine';
import { PairFilters, buildPairFilter, phrasePairs, wordHash } from '@shared/search/pair-filter';
import { loadEngine, serialise } from '@shared/search/serialise';
import { ITEMS, MEETINGS, ids } from './fixture';

/** A document of `count` words, each word its own: word0 word1 … */
function words(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}${index}`);
}

function hashes(list: readonly string[]): number[] {
  return list.map(wordHash);
}

describe('archive search: a year’s pair filters in one buffer', () => {
  it('holds each document’s filter as if built on its own, across the buffer growing', () => {
    const filters = new PairFilters(4);
    const documents = Array.from({ length: 40 }, (_, doc) => words(`d${doc}w`, 1 + doc * 7));
    for (const document of documents) filters.add(hashes(document));
    expect(filters.count).toBe(documents.length);
    documents.forEach((document, doc) => {
      expect(filters.filter(doc)).toEqual(buildPairFilter(hashes(document)));
      if (document.length < 2) return;
      const [first = '', second = ''] = document;
      expect(filters.mayContain(doc, phrasePairs([[first, second]]))).toBe(true);
      // Another document's pair gets the answer that document's filter alone would give.
      const alone = new PairFilters();
      alone.add(hashes(document));
      const other = documents[(doc + 5) % documents.length] ?? [];
      const pairs = phrasePairs([other.slice(0, 2)]);
      expect(filters.mayContain(doc, pairs)).toBe(alone.mayContain(0, pairs));
    });
  });

  it('answers "may contain" for a removed document, which no longer has a filter', () => {
    const filters = new PairFilters();
    filters.add(hashes(['board', 'minutes', 'approved']));
    filters.add(hashes(['capital', 'programme']));
    expect(filters.mayContain(0, phrasePairs([['capital', 'programme']]))).toBe(false);
    filters.remove(0);
    expect(filters.filter(0)).toHaveLength(0);
    expect(filters.mayContain(0, phrasePairs([['capital', 'programme']]))).toBe(true);
    expect(filters.mayContain(1, phrasePairs([['capital', 'programme']]))).toBe(true);
    expect(filters.mayContain(1, phrasePairs([['board', 'minutes']]))).toBe(false);
  });

  it('packs the chosen filters and unpacks them into one buffer that later documents join', () => {
    const documents = Array.from({ length: 30 }, (_, doc) => words(`s${doc}w`, 2 + doc * 11));
    const built = new PairFilters();
    for (const document of documents) built.add(hashes(document));
    built.add(hashes(['removed', 'before', 'saving']));
    built.remove(documents.length);
    const loaded = PairFilters.unpack(built.pack([...documents.keys(), documents.length]));
    expect(loaded.count).toBe(documents.length + 1);
    // A document saved without a filter may hold any pair.
    expect(loaded.mayContain(documents.length, phrasePairs([['any', 'pair']]))).toBe(true);
    const later = Array.from({ length: 200 }, (_, doc) => words(`n${doc}w`, 50));
    for (const document of later) loaded.add(hashes(document));
    documents.forEach((document, doc) => {
      expect(loaded.filter(doc)).toEqual(buildPairFilter(hashes(document)));
    });
    later.forEach((document, index) => {
      const doc = documents.length + 1 + index;
      expect(loaded.filter(doc)).toEqual(buildPairFilter(hashes(document)));
    });
  });

  it('finds phrases in edited, removed and reloaded documents', () => {
    const texts = new Map<string, string>();
    const textOf = (kind: DocKind, id: string): string | undefined =>
      kind === 'item' ? texts.get(id) : undefined;
    const engine = new SearchEngine({ textOf });
    for (const meeting of MEETINGS) engine.addMeeting(meeting);
    const put = (target: SearchEngine, entry: SearchItemInput): void => {
      texts.set(entry.id, itemText(entry));
      target.addItem(entry);
    };
    for (const entry of ITEMS) put(engine, entry);
    const [first, second] = ITEMS as [SearchItemInput, SearchItemInput];
    expect(ids(engine, '"hand hygiene audits"')).toEqual([first.id]);

    // Edited many times over, so the year's buffer grows and moves under the earlier filters.
    for (let round = 0; round < 60; round++) {
      put(engine, { ...second, notes: `${second.notes} Round ${round} of the quarterly audit.` });
    }
    expect(ids(engine, '"round 59 of the quarterly"')).toEqual([second.id]);
    expect(ids(engine, '"round 12 of the quarterly"')).toEqual([]);
    expect(ids(engine, '"hand hygiene audits"')).toEqual([first.id]);
    expect(ids(engine, '"discharge lounge proposal"')).toEqual([second.id]);

    put(engine, { ...first, notes: 'Withdrawn.' });
    expect(ids(engine, '"hand hygiene audits"')).toEqual([]);

    const loaded = loadEngine(serialise(engine), { textOf });
    const queries = [
      '"round 59 of the quarterly"',
      '"discharge lounge proposal"',
      '"board of governors"',
      '"hand hygiene"',
      '"maternity staffing"',
    ];
    for (const query of queries) {
      // Scores differ: saving drops the replaced versions, which still count in the engine.
      expect(ids(loaded, query)).toEqual(ids(engine, query));
    }
    // Edits after a load add to the loaded year's buffer.
    put(loaded, { ...first, notes: 'Hand hygiene audits resumed on every ward.' });
    expect(ids(loaded, '"hand hygiene audits resumed"')).toEqual([first.id]);
    expect(ids(loaded, '"round 59 of the quarterly"')).toEqual([second.id]);
    expect(ids(loaded, '"discharge lounge proposal"')).toEqual([second.id]);
  });
});
