import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../../bench/support/archive-generator';
import { SearchEngine } from '@shared/search/engine';

/**
 * Scoring takes shortcuts (a rare word's documents are looked up in a common word's list by leaps
 * rather than reading it through); these tests hold it to what plain BM25 gives, on a generated
 * archive large enough for the shortcuts to be taken.
 */
function buildArchive(): SearchEngine {
  const engine = new SearchEngine();
  for (const { meeting, items } of generateArchive(60)) {
    engine.addMeeting(meeting);
    for (const item of items) engine.addItem(item);
  }
  return engine;
}

function scores(engine: SearchEngine, query: string): Map<string, number> {
  const response = engine.search(query, { limit: 1_000_000 });
  return new Map(response.hits.map((hit) => [`${hit.kind}:${hit.id}`, hit.score]));
}

describe('archive search: ranking', () => {
  const engine = buildArchive();
  const vocabulary = [...engine.completions('')].filter(([word]) => !/\d/.test(word));
  const rare = vocabulary
    .filter(([, count]) => count >= 3 && count <= 15)
    .map(([word]) => word)
    .sort()
    .slice(0, 6);
  const common = vocabulary
    .filter(([, count]) => count > 200)
    .map(([word]) => word)
    .sort()
    .slice(0, 4);

  it('has rare and common words to combine', () => {
    expect(rare.length).toBeGreaterThan(3);
    expect(common.length).toBeGreaterThan(1);
  });

  it('scores two words as the sum of each, over exactly the documents holding both', () => {
    for (const a of rare) {
      for (const b of common) {
        const first = scores(engine, `${a} `);
        const second = scores(engine, `${b} `);
        const both = engine.search(`${a} ${b} `, { limit: 1_000_000 });
        const expected = [...first.keys()].filter((key) => second.has(key));
        expect(both.total, `${a} ${b}`).toBe(expected.length);
        expect(both.hits.map((hit) => `${hit.kind}:${hit.id}`).sort()).toEqual(expected.sort());
        for (const hit of both.hits) {
          const key = `${hit.kind}:${hit.id}`;
          expect(hit.score).toBeCloseTo((first.get(key) ?? 0) + (second.get(key) ?? 0), 9);
        }
      }
    }
  });

  it('gives the same first page as ranking every match', () => {
    for (const query of [...common.map((word) => `${word} `), `${rare[0]} ${common[0]} `, 'com']) {
      const everything = engine.search(query, { limit: 1_000_000 }).hits;
      const page = engine.search(query, { limit: 20 }).hits;
      expect(page, query).toEqual(everything.slice(0, 20));
    }
  });
});
