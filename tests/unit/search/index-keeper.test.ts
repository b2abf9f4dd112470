import { randomUUID } from 'node:crypto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Decision } from '@shared/model';
import { MinuteBookDatabase } from '@renderer/db/database';
import { LATEST_SCHEMA_VERSION } from '@renderer/db/schema';
import { readSavedStart } from '@renderer/search/saved-index';
import { IndexKeeper } from '@renderer/search/index-keeper';
import type { IndexStatus } from '@renderer/search/protocol';
import { RecordReader } from '@renderer/search/read-records';
import { Searcher } from '@renderer/search/searcher';
import {
  aMeeting,
  aMember,
  STAMP,
  anAction,
  anAttendance,
  anInterest,
  anItem,
} from '../../support/records';
import { patchRecord, withoutRecord } from '@renderer/db/meeting-minutes';
import { changeMinutes } from '@renderer/db/minutes-repository';
import { addToMinutes } from '../../support/minutes';

/** One IndexedDB kept across "restarts" of the app, as Chromium keeps it on disk. */
function storage() {
  const name = `search-${randomUUID()}`;
  const options = { indexedDB: new IDBFactory(), IDBKeyRange };
  const opened: MinuteBookDatabase[] = [];
  return {
    name,
    factory: options.indexedDB,
    open(): MinuteBookDatabase {
      const db = new MinuteBookDatabase(name, options);
      opened.push(db);
      return db;
    },
    close(): void {
      for (const db of opened) db.close();
    },
  };
}

/** What the worker runs: a keeper and a searcher over one connection. */
async function startSearch(db: MinuteBookDatabase) {
  const statuses: IndexStatus[] = [];
  const records: { keeper?: IndexKeeper } = {};
  const searcher = new Searcher(new RecordReader(db), (kind, id) =>
    records.keeper?.recordText(kind, id),
  );
  const keeper = new IndexKeeper(db, {
    textOf: searcher.textOf,
    onStatus: (status) => statuses.push(status),
    onReindexed: (meetingId, itemIds) => searcher.forget(meetingId, itemIds),
    // Saves are awaited by the tests instead.
    saveDelayMs: 60_000,
  });
  records.keeper = keeper;
  await keeper.start();
  return {
    keeper,
    statuses,
    search: (query: string, filters = {}) => searcher.search(keeper.engine, query, filters, 20),
    titles: async (query: string) =>
      (await searcher.search(keeper.engine, query, {}, 20)).results.map((result) =>
        result.title.map((segment) => segment.text).join(''),
      ),
  };
}

const decision: Decision = {
  id: 'd1',
  meetingId: 'm2021',
  itemId: 'i-budget',
  text: 'The board approved the capital budget.',
  source: 'notes',
  createdAt: '2021-06-21T10:00:00.000Z',
};

async function seedArchive(db: MinuteBookDatabase): Promise<void> {
  await db.members.bulkAdd([
    aMember('chair', 'María Núñez', { title: 'Dr', role: 'Chair' }),
    aMember('tom', 'Tom Baker'),
  ]);
  await db.meetings.bulkAdd([
    aMeeting('m2021', '2021-06-21'),
    aMeeting('m2026', '2026-02-10', { title: 'Quality Committee' }),
  ]);
  await addToMinutes(db, {
    agendaItems: [
      anItem('i-welcome', 1, 'Welcome', { meetingId: 'm2021', notes: 'Introductions were made.' }),
      anItem('i-budget', 2, 'Capital programme', {
        meetingId: 'm2021',
        notes: 'The estates team presented the refurbishment of the maternity wing.',
      }),
      anItem('i-digital', 1, 'Digital strategy', {
        meetingId: 'm2026',
        notes: 'The electronic patient record went live in the maternity unit.',
      }),
    ],
    decisions: [decision],
    actions: [
      anAction('a1', 'm2026', {
        itemId: 'i-digital',
        text: 'Tom to report on training',
        ownerMemberId: 'tom',
      }),
    ],
    attendance: [anAttendance('chair', 'present', { meetingId: 'm2026' })],
  });
}

let current: ReturnType<typeof storage> | undefined;
afterEach(() => current?.close());

describe('the search worker keeping its index', () => {
  it('builds the index from the records the first time, newest meetings first', async () => {
    current = storage();
    const db = current.open();
    await seedArchive(db);
    const search = await startSearch(db);

    expect(search.statuses.some((status) => status.phase === 'building')).toBe(true);
    expect(search.statuses.at(-1)).toMatchObject({ phase: 'ready', searchableYears: [2026, 2021] });
    expect(await search.titles('maternity')).toEqual(['Digital strategy', 'Capital programme']);
    expect(await search.titles('maternty')).toHaveLength(2);
    expect(await search.titles('refurb')).toEqual(['Capital programme']);
    expect(await db.searchIndex.get('manifest')).toBeDefined();
  });

  it('shows snippets with the matched words, and checks quoted phrases against the text', async () => {
    current = storage();
    const db = current.open();
    await seedArchive(db);
    const search = await startSearch(db);

    const found = await search.search('"capital budget"');
    expect(found.results.map((result) => result.id)).toEqual(['i-budget']);
    expect(found.results[0]?.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(
      ['capital', 'budget'],
    );
    expect(found.results[0]?.matched).toEqual(['capital', 'budget']);
    expect((await search.search('"budget capital"')).results).toEqual([]);
  });

  it('filters by person and open actions', async () => {
    current = storage();
    const db = current.open();
    await seedArchive(db);
    const search = await startSearch(db);

    const owned = await search.search('', { person: 'tom', openActionsOnly: true });
    expect(owned.results.map((result) => result.id)).toEqual(['i-digital']);
    const attended = await search.search('', { person: 'nunez' });
    expect(attended.results.map((result) => result.meetingId)).not.toContain('m2021');
  });

  it('re-reads an edited meeting from the database and finds its new words only', async () => {
    current = storage();
    const db = current.open();
    await seedArchive(db);
    const search = await startSearch(db);
    expect(await search.titles('maternity')).toHaveLength(2);

    await changeMinutes(db, 'm2021', (minutes) => ({
      ...minutes,
      items: patchRecord(minutes.items, 'i-budget', { notes: 'The car park levy was discussed.' }),
      decisions: withoutRecord(minutes.decisions, 'd1'),
    }));
    await search.keeper.reindex(['m2021']);

    expect(await search.titles('levy')).toEqual(['Capital programme']);
    expect(await search.titles('maternity')).toEqual(['Digital strategy']);
    const snippet = (await search.search('levy')).results[0]?.snippet;
    expect(snippet?.map((part) => part.text).join('')).toBe('The car park levy was discussed.');
  });

  it('starts from the saved index, newest year first, without rebuilding', async () => {
    current = storage();
    const db = current.open();
    const first = await startSearch(db);
    await seedArchive(db);
    await first.keeper.reindex(['m2021', 'm2026']);
    await first.keeper.save();

    const again = await startSearch(current.open());
    expect(again.statuses.some((status) => status.phase === 'building')).toBe(false);
    expect(again.statuses.filter((status) => status.phase === 'loading')).toEqual([
      { phase: 'loading', searchableYears: [2026], pendingYears: [2021] },
      { phase: 'loading', searchableYears: [2026, 2021], pendingYears: [] },
    ]);
    expect(await again.titles('maternity')).toEqual(['Digital strategy', 'Capital programme']);
  });

  it('reads the manifest and the newest year straight from IndexedDB, as the worker starts', async () => {
    current = storage();
    // No database yet: nothing read, and none made behind Dexie's back.
    expect(await readSavedStart(current.factory, current.name)).toBeNull();
    const db = current.open();
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const first = await startSearch(db);
    await seedArchive(db);
    await first.keeper.reindex(['m2021', 'm2026']);
    await first.keeper.save();

    const start = await readSavedStart(current.factory, current.name);
    expect(start?.saved.years).toEqual([2026, 2021]);
    expect(start?.newest?.chunk.key).toBe('year:2026');
    expect(Object.keys(start?.newest?.book ?? {})).toEqual(['m2026']);

    const reopened = current.open();
    const searcher = new Searcher(new RecordReader(reopened));
    const statuses: IndexStatus[] = [];
    const keeper = new IndexKeeper(reopened, {
      textOf: searcher.textOf,
      saveDelayMs: 60_000,
      onStatus: (status) => statuses.push(status),
      readStart: () => readSavedStart(current?.factory ?? new IDBFactory(), current?.name ?? ''),
    });
    await keeper.start();
    expect(statuses.some((status) => status.phase === 'building')).toBe(false);
    const found = await searcher.search(keeper.engine, 'maternity', {}, 20);
    expect(found.results.map((result) => result.title.map((part) => part.text).join(''))).toEqual([
      'Digital strategy',
      'Capital programme',
    ]);
  });

  it('lets a waiting search answer from the newest year before loading the older ones', async () => {
    current = storage();
    const db = current.open();
    const first = await startSearch(db);
    await seedArchive(db);
    await first.keeper.reindex(['m2021', 'm2026']);
    await first.keeper.save();

    const reopened = current.open();
    const searcher = new Searcher(new RecordReader(reopened));
    const yearsSearched: number[][] = [];
    const keeper = new IndexKeeper(reopened, {
      textOf: searcher.textOf,
      saveDelayMs: 60_000,
      beforeNextYear: async () => {
        // Where the worker answers the search that was waiting: only the newest year is in yet.
        const found = await searcher.search(keeper.engine, 'maternity', {}, 20);
        yearsSearched.push(found.results.map((result) => Number(result.date.slice(0, 4))));
      },
    });
    await keeper.start();
    expect(yearsSearched).toEqual([[2026]]);
  });

  it('catches up at start with edits made after the last save', async () => {
    current = storage();
    const db = current.open();
    await seedArchive(db);
    const first = await startSearch(db);
    await first.keeper.save();

    // The app closed before these edits reached the index.
    const later = new Date(Date.now() + 1_000).toISOString();
    await db.minutes
      .where('meetingId')
      .anyOf('m2026', 'm2021')
      .modify((minutes) => {
        minutes.items = withoutRecord(
          patchRecord(minutes.items, 'i-digital', { notes: 'Cyber security audit.' }),
          'i-welcome',
        );
        minutes.updatedAt = later;
      });
    await db.meetings.add(aMeeting('m2024', '2024-03-01'));
    await addToMinutes(db, {
      agendaItems: [
        anItem('i-estates', 1, 'Estates', { meetingId: 'm2024', notes: 'Boiler replacement.' }),
      ],
    });
    await db.meetings.delete('m2026');

    const again = await startSearch(current.open());
    expect(again.statuses.some((status) => status.phase === 'building')).toBe(false);
    expect(await again.titles('boiler')).toEqual(['Estates']);
    expect(await again.titles('introductions')).toEqual([]);
    expect(await again.titles('cyber')).toEqual([]);
    expect(await again.titles('maternity')).toEqual(['Capital programme']);
  });

  it('leaves the newest year to be read again when its saved book is not as it was saved', async () => {
    current = storage();
    const db = current.open();
    await seedArchive(db);
    const first = await startSearch(db);
    await first.keeper.save();
    await db.searchIndex.put({ key: 'meetings:2026', data: '{"m2026":"not a list"}' });

    const start = await readSavedStart(current.factory, current.name);
    expect(start?.saved.years).toEqual([2026, 2021]);
    expect(start?.newest).toBeUndefined();
  });

  it('rebuilds quietly when the saved index cannot be read', async () => {
    current = storage();
    const db = current.open();
    await seedArchive(db);
    const first = await startSearch(db);
    await first.keeper.save();
    await db.searchIndex.put({ key: 'year:2026', data: '{"year": 2026, "ind' });

    const again = await startSearch(current.open());
    expect(again.statuses.some((status) => status.phase === 'building')).toBe(true);
    expect(again.statuses.at(-1)?.phase).toBe('ready');
    expect(await again.titles('maternity')).toEqual(['Digital strategy', 'Capital programme']);
  });

  it('indexes the register of interests and attendance, and keeps them in step as they change', async () => {
    current = storage();
    const db = current.open();
    await seedArchive(db);
    await db.boards.add({
      id: 'b',
      name: 'NHS Python Community Board',
      description: '',
      quorum: { kind: 'fraction', numerator: 1, denominator: 2 },
      createdAt: STAMP,
      updatedAt: STAMP,
    });
    await db.members.update('chair', { termStart: '2025-01-01', termEnd: '2026-12-31' });
    await db.interests.add(
      anInterest('i1', 'chair', { organisation: 'Riverside Hospice', description: 'Trustee' }),
    );
    const { keeper, search } = await startSearch(db);
    const found = async (query: string) =>
      (await search(query)).results.map((result) => ({
        kind: result.kind,
        id: result.id,
        member: result.meetingId,
        snippet: result.snippet.map((part) => part.text).join(''),
      }));

    const register = await found('riverside');
    expect(register.map(({ kind, id, member }) => ({ kind, id, member }))).toEqual([
      { kind: 'interest', id: 'i1', member: 'chair' },
    ]);
    expect(register[0]?.snippet).toContain('Financial interest: Trustee');
    const summary = (await found('Núñez')).find((each) => each.kind === 'attendance');
    expect(summary?.snippet).toContain('Attended 1 of 1 meeting (100%)');

    // An interest added, one ended: the worker is told of the board and indexes it again.
    await db.interests.add(anInterest('i2', 'tom', { organisation: 'Acme Health Ltd' }));
    await db.interests.update('i1', { endedOn: '2026-01-31' });
    await keeper.refreshRecords(['b']);
    expect((await found('acme')).map((each) => each.id)).toEqual(['i2']);
    expect((await found('riverside'))[0]?.snippet).toContain('ended 31 January 2026');

    // An interest deleted is no longer found.
    await db.interests.delete('i2');
    await keeper.refreshRecords(['b']);
    expect(await found('acme')).toEqual([]);

    // Attendance recorded at a meeting changes the member's summary once it is re-indexed.
    await changeMinutes(db, 'm2026', (minutes) => ({
      ...minutes,
      attendance: patchRecord(minutes.attendance, 'chair-present', { status: 'apologies' }),
    }));
    await keeper.reindex(['m2026']);
    const after = (await found('Núñez')).find((each) => each.kind === 'attendance');
    expect(after?.snippet).toContain('Attended 0 of 1 meeting (0%); 1 apology');

    // A restart from the saved index finds them again, with their text.
    await keeper.save();
    const again = await startSearch(current.open());
    const reloaded = (await again.search('riverside')).results;
    expect(reloaded.map((result) => result.id)).toEqual(['i1']);
    expect(reloaded[0]?.snippet.map((part) => part.text).join('')).toContain('Trustee');
  });
});
