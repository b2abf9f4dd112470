import { describe, expect, it } from 'vitest';
import type { SearchItemInput } from '@shared/search/documents';
import { SearchEngine } from '@shared/search/engine';

function item(id: number, title: string, notes: string): SearchItemInput {
  return {
    id: `item-${id}`,
    boardId: 'board',
    meetingId: `meeting-${id}`,
    date: '2024-05-01',
    itemNumber: 1,
    title,
    notes,
    decisions: [],
    actions: [],
  };
}

/** "server" in 30 items, "sever" in 3; "budget" with "capital" only, "budgpt" (a code) more often. */
function buildEngine(): SearchEngine {
  const engine = new SearchEngine();
  let id = 0;
  for (let i = 0; i < 30; i++) engine.addItem(item(++id, 'Digital', 'The server was replaced.'));
  for (let i = 0; i < 3; i++) engine.addItem(item(++id, 'Estates', 'Sever the old contract.'));
  for (let i = 0; i < 4; i++) engine.addItem(item(++id, 'Finance', 'The capital budget was set.'));
  for (let i = 0; i < 8; i++) engine.addItem(item(++id, 'Codes', 'Ledger code budgpt reviewed.'));
  return engine;
}

describe('archive search: correcting typos', () => {
  const engine = buildEngine();

  it('corrects to the likeliest word, not the rarest, and says so', () => {
    const response = engine.search('srever ');
    expect(response.groups[0]?.terms[0]).toBe('server');
    expect(response.correction).toBe('server ');
    expect(response.hits[0]?.terms).toEqual(['server']);
    // "sever" is one letter from the typo but far less likely: not searched beside "server".
    expect(response.hits.every((hit) => hit.terms.includes('server'))).toBe(true);
  });

  it('keeps what was typed around the corrected word', () => {
    expect(engine.search('Srever "capital budget"').correction).toBe('server "capital budget"');
  });

  it('chooses the correction with which the rest of the query finds something', () => {
    // "budgrt" alone: "budgpt" is commoner, but "budget" is a neighbouring key away.
    expect(engine.search('budgrt ').correction).toBe('budget ');
    // "budgat capital": only "budget" goes with "capital".
    const response = engine.search('budgat capital ');
    expect(response.correction).toBe('budget capital ');
    expect(response.hits).toHaveLength(4);
  });

  it('searches the words as typed when asked, correcting nothing', () => {
    const literal = engine.search('srever ', { literal: true });
    expect(literal.hits).toEqual([]);
    expect(literal.correction).toBeNull();
    expect(engine.search('server ', { literal: true }).hits).toHaveLength(20);
    expect(engine.search('serv', { literal: true }).hits).toHaveLength(20);
  });

  it('says nothing when no word was corrected', () => {
    expect(engine.search('server ').correction).toBeNull();
    expect(engine.search('serv').correction).toBeNull();
  });
});

describe('archive search: weights after many edits', () => {
  it('ranks the word in a title first even when replaced versions outnumber the documents', () => {
    const engine = new SearchEngine();
    const server = item(1, 'Server replacement', 'The server in the data centre is replaced.');
    const backups = item(2, 'Backups', 'Backups of the server run every night.');
    // Each save re-indexes the item; the old versions' postings stay until compaction.
    for (let edit = 0; edit < 5; edit++) {
      engine.addItem({ ...server, notes: `${server.notes} ${edit}` });
      engine.addItem({ ...backups, notes: `${backups.notes} ${edit}` });
    }
    for (const query of ['server ', 'srever ']) {
      const hits = engine.search(query).hits;
      expect(
        hits.map((hit) => hit.id),
        query,
      ).toEqual(['item-1', 'item-2']);
      expect(hits.every((hit) => hit.score > 0)).toBe(true);
    }
  });
});
