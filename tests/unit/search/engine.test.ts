import { describe, expect, it } from 'vitest';
import { SearchEngine } from '@shared/search/engine';
import { buildEngine, ids, ITEMS } from './fixture';

describe('archive search: words, ranking and kinds of match', () => {
  const engine = buildEngine();

  it('finds every item containing a word, and nothing else', () => {
    expect(ids(engine, 'discharge ').sort()).toEqual(['m-2022-2']);
    expect(ids(engine, 'staffing ').sort()).toEqual(['m-2022-2', 'm-2024-1', 'm-finance-2025-1']);
    expect(ids(engine, 'xylophone ')).toEqual([]);
  });

  it('ranks a match in the title above mentions in the notes of a later meeting', () => {
    expect(ids(engine, 'maternity ')).toEqual(['m-2024-1', 'm-finance-2025-1']);
  });

  it('ranks the more recent of two otherwise equal items first', () => {
    const twins = new SearchEngine();
    const base = ITEMS[3];
    if (base === undefined) throw new Error('fixture changed');
    // Same year and the older one indexed first, so only recency can put the newer one ahead.
    twins.addItem({ ...base, id: 'old', date: '2024-01-02', meetingId: 'old-meeting' });
    twins.addItem({ ...base, id: 'new', date: '2024-12-20', meetingId: 'new-meeting' });
    expect(twins.search('hygiene ').hits.map((hit) => hit.id)).toEqual(['new', 'old']);
  });

  it('requires every word of a two-word query', () => {
    expect(ids(engine, 'hygiene wards ').sort()).toEqual(['m-2024-2']);
    expect(ids(engine, 'hygiene deficit ')).toEqual([]);
  });

  it('matches the word being typed as a prefix', () => {
    expect(ids(engine, 'matern').sort()).toEqual(['m-2024-1', 'm-finance-2025-1']);
    expect(ids(engine, 'hand hyg').sort()).toEqual(['m-2022-1', 'm-2024-2']);
    // Once a space follows, the word is whole: "matern" is not a word of the archive.
    expect(ids(engine, 'matern ')).toEqual([]);
  });

  it('forgives a one-letter typo: swapped, missing, extra or wrong letter', () => {
    for (const typo of ['matrenity ', 'materity ', 'materrnity ', 'matermity ']) {
      expect(ids(engine, typo).sort(), typo).toEqual(['m-2024-1', 'm-finance-2025-1']);
    }
    const response = engine.search('staffng ');
    expect(response.groups[0]?.terms).toEqual(['staffing']);
    expect(response.groups[0]?.corrected).toBe(true);
  });

  it('does not correct words two letters away', () => {
    expect(ids(engine, 'matrenty ')).toEqual([]);
  });

  it('finds quoted phrases only with their words together and in order', () => {
    expect(ids(engine, '"discharge lounge"').sort()).toEqual(['m-2022-2']);
    expect(ids(engine, '"board of governors"')).toEqual(['m-2024-1']);
    // Both words are in this item, but never side by side in this order.
    expect(ids(engine, '"lounge discharge"')).toEqual([]);
    expect(ids(engine, '"governors of the board"')).toEqual([]);
    const response = engine.search('"discharge lounge"');
    expect([response.total, response.totalIsEstimate]).toEqual([1, true]);
    expect(engine.search('discharge ').totalIsEstimate).toBe(false);
    // A phrase word the archive has never seen, even if the rest would match.
    expect(ids(engine, '"discharge zebra"')).toEqual([]);
  });

  it('folds diacritics both ways but leaves spelling alone', () => {
    const withAccents = ids(engine, 'Núñez ').sort();
    expect(withAccents).toEqual(['m-2022', 'm-2022-1', 'm-2022-2']);
    expect(ids(engine, 'nunez ').sort()).toEqual(withAccents);
    expect(ids(engine, 'NUNEZ ').sort()).toEqual(withAccents);
    expect(ids(engine, 'organisation ')).toContain('m-2022-2');
    expect(ids(engine, 'organisation ')).not.toContain('m-finance-2023-1');
    expect(ids(engine, 'organization ')).toEqual(['m-finance-2023-1']);
  });

  it('finds attendees and organisations through the meeting', () => {
    const hits = engine.search('bradford ').hits;
    expect(hits.map((hit) => [hit.kind, hit.id])).toEqual([['meeting', 'm-2024']]);
  });

  it('returns what a result line shows and the terms to highlight', () => {
    const [hit] = engine.search('matrenity ').hits;
    expect(hit).toMatchObject({
      kind: 'item',
      id: 'm-2024-1',
      boardId: 'quality',
      meetingId: 'm-2024',
      date: '2024-05-20',
      title: 'Maternity safety',
      itemNumber: 1,
      terms: ['maternity'],
    });
  });
});

describe('archive search: filters', () => {
  const engine = buildEngine();

  it('by board', () => {
    expect(ids(engine, 'plan ', { boardIds: ['finance'] }).sort()).toEqual([
      'm-finance-2023-1',
      'm-finance-2025-1',
    ]);
    expect(ids(engine, 'plan ', { boardIds: ['quality'] })).toEqual([]);
  });

  it('by date range, inclusive', () => {
    expect(ids(engine, 'staffing ', { from: '2024-01-01' }).sort()).toEqual([
      'm-2024-1',
      'm-finance-2025-1',
    ]);
    expect(ids(engine, 'staffing ', { from: '2022-03-14', to: '2024-05-20' }).sort()).toEqual([
      'm-2022-2',
      'm-2024-1',
    ]);
  });

  it('by person: presenter, action owner or attendee, accents and part names allowed', () => {
    expect(ids(engine, 'discharge ', { person: 'Nunez' })).toEqual(['m-2022-2']);
    expect(ids(engine, 'maternity ', { person: 'María Núñez' })).toEqual([]);
    // Tom Baker presents nothing in 2024 but attended that meeting.
    expect(ids(engine, 'maternity ', { person: 'tom bak' })).toEqual(['m-2024-1']);
  });

  it('to items with actions still open, carried-forward ones included', () => {
    expect(ids(engine, 'staffing ', { openActionsOnly: true }).sort()).toEqual([
      'm-2022-2',
      'm-2024-1',
    ]);
    expect(ids(engine, 'estates ', { openActionsOnly: true })).toEqual(['m-finance-2023-1']);
  });

  it('lists everything a filter allows when no words are typed', () => {
    expect(ids(engine, '', { person: 'Owen Griffiths' })).toEqual([
      'm-finance-2025',
      'm-finance-2025-1',
      'm-finance-2023',
      'm-finance-2023-1',
    ]);
  });

  it('combines filters', () => {
    expect(
      ids(engine, 'staffing ', {
        openActionsOnly: true,
        boardIds: ['quality'],
        from: '2023-01-01',
      }),
    ).toEqual(['m-2024-1']);
  });
});

describe('archive search: keeping up with edits', () => {
  it('replaces an item when it is added again and forgets removed ones', () => {
    const engine = buildEngine();
    const first = ITEMS[0];
    if (first === undefined) throw new Error('fixture changed');
    engine.addItem({ ...first, notes: 'Sepsis screening was discussed instead.' });
    expect(ids(engine, 'sepsis ')).toEqual(['m-2022-1']);
    expect(ids(engine, 'audits ')).toEqual([]);
    expect(engine.search('sepsis ').total).toBe(1);

    engine.removeItem('m-2022-1');
    expect(ids(engine, 'sepsis ')).toEqual([]);
    expect(engine.has('item', 'm-2022-1')).toBe(false);

    engine.removeMeeting('m-2022');
    expect(ids(engine, 'nunez ')).toEqual(['m-2022-2']);
  });

  it('completes words added after the first completion', () => {
    const engine = buildEngine();
    const first = ITEMS[0];
    if (first === undefined) throw new Error('fixture changed');
    expect([...engine.completions('sep').keys()]).toEqual([]);
    engine.addItem({ ...first, notes: 'Sepsis screening was discussed instead.' });
    expect([...engine.completions('sep').keys()]).toEqual(['sepsis']);
    expect(ids(engine, 'seps')).toEqual(['m-2022-1']);
    engine.removeItem('m-2022-1');
    expect(ids(engine, 'seps')).toEqual([]);
  });

  it('moves an item whose meeting date changes year, filters included', () => {
    const engine = buildEngine();
    const moved = ITEMS[1];
    if (moved === undefined) throw new Error('fixture changed');
    engine.addItem({ ...moved, date: '2026-02-02' });
    expect(ids(engine, 'lounge ', { from: '2026-01-01' })).toEqual(['m-2022-2']);
    expect(ids(engine, 'lounge ', { to: '2025-12-31' })).toEqual([]);
    expect(engine.documentCount).toBe(10);
  });

  it('drops the old version of an item edited many times', () => {
    const engine = new SearchEngine();
    const base = ITEMS[2];
    if (base === undefined) throw new Error('fixture changed');
    for (let version = 0; version < 2_500; version++) {
      engine.addItem({ ...base, notes: `Draft number w${version} of the notes.` });
    }
    expect(ids(engine, 'w2499 ')).toEqual(['m-2024-1']);
    expect(ids(engine, 'w10 ')).toEqual([]);
    expect(engine.docFrequency('draft')).toBe(2_500);
    expect(engine.compact()).toEqual([2024]);
    expect(engine.docFrequency('draft')).toBe(1);
    expect(engine.compact()).toEqual([]);
    expect(ids(engine, 'w2499 ')).toEqual(['m-2024-1']);
    expect(ids(engine, 'draft ', { openActionsOnly: true })).toEqual(['m-2024-1']);
  });
});
