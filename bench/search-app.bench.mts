/**
 * Archive search in the app, in Chromium, with 10,000 generated meetings (115,000 items) stored in
 * the app's IndexedDB and their search index saved, as after years of use. From opening the app:
 * the first screen usable, the most recent year searchable, the whole archive searchable. The
 * browser is started afresh on the seeded profile for each opening, as the app would be.
 * SEARCH_APP_BENCH_MEETINGS=1000 runs a smaller archive.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialise, searchDocumentsFromRecords, SearchEngine } from '../src/shared/search';
import { savedIndexRecords, type YearBook } from '../src/renderer/src/search/saved-index';
import { SEARCH_MARKS } from '../src/renderer/src/search/search-client';
import { chromiumLaunchOptions } from '../tests/support/chromium';
import { summarise, type BenchResult } from './measure';
import { generateArchive } from './support/archive-generator';
import { storedBoard, storedMeeting, type StoredMeeting } from './support/archive-records';
import { serveRenderer } from './support/renderer-server';
import { putRecordsInPage } from './support/seed-records';

const MEETINGS = Number(process.env['SEARCH_APP_BENCH_MEETINGS'] ?? 10_000);
const OPENINGS = 5;
const BATCH = 200;
/** A word in most meetings' notes: the first results come as soon as the newest year is loaded. */
const QUERY = 'board ';

async function savedKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('minute-book');
        open.onerror = () => reject(new Error('The app database did not open'));
        open.onsuccess = () => {
          const db = open.result;
          const keys = db.transaction('searchIndex').objectStore('searchIndex').getAllKeys();
          keys.onsuccess = () => {
            db.close();
            resolve(keys.result.map(String));
          };
        };
      }),
  );
}

/** Fills the app's database with the archive and writes its saved index, built here in Node. */
async function seed(page: Page): Promise<{ newestYear: number }> {
  const engine = new SearchEngine();
  const books = new Map<number, YearBook>();
  const boards = new Set<string>();
  let batch: StoredMeeting[] = [];
  const flush = async () => {
    await page.evaluate(putRecordsInPage, {
      meetings: batch.map((each) => each.meeting),
      minutes: batch.map((each) => ({
        meetingId: each.meeting.id,
        boardId: each.meeting.boardId,
        items: each.items,
        attendance: each.attendance,
        declarations: [],
        decisions: each.decisions,
        actions: each.actions,
        updatedAt: each.meeting.updatedAt,
      })),
    });
    batch = [];
  };
  let newestYear = 0;
  for (const generated of generateArchive(MEETINGS)) {
    const stored = storedMeeting(generated);
    boards.add(stored.meeting.boardId);
    const documents = searchDocumentsFromRecords({ ...stored, members: new Map() });
    engine.addMeeting(documents.meeting);
    for (const item of documents.items) engine.addItem(item);
    const year = Number(stored.meeting.date.slice(0, 4));
    newestYear = Math.max(newestYear, year);
    const book = books.get(year) ?? {};
    book[stored.meeting.id] = stored.items.map((item) => item.id);
    books.set(year, book);
    batch.push(stored);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  await page.evaluate(putRecordsInPage, {
    boards: [...boards].map((id) => storedBoard(id, `Board ${id.replace('board-', '')}`)),
  });
  const records = savedIndexRecords(serialise(engine), books, new Date().toISOString());
  for (const record of records) await page.evaluate(putRecordsInPage, { searchIndex: [record] });
  return { newestYear };
}

interface Opening {
  firstScreen: number;
  newestYear: number;
  firstResult: number;
  wholeArchive: number;
}

/** When a User Timing mark was made, from the start of navigation, waiting for it if need be. */
async function markTime(page: Page, name: string, timeout: number): Promise<number> {
  const handle = await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime,
    name,
    { timeout },
  );
  return Number(await handle.jsonValue());
}

/**
 * Opens the app in a new tab and times what the user sees, in the page's own clock from the start
 * of navigation, checked at every frame: Playwright's own waiting polls at growing intervals (up to
 * half a second), which would time its polling rather than the app.
 */
async function open(context: BrowserContext, url: string, newestYear: number): Promise<Opening> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const firstScreen = await page.waitForFunction(
      () =>
        [...document.querySelectorAll('h1')].some((heading) =>
          heading.textContent?.startsWith('Board '),
        )
          ? performance.now()
          : false,
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
    const box = page.getByRole('searchbox', { name: 'Search the minutes' });
    await box.fill(QUERY);
    const firstResult = await page.waitForFunction(
      (year) =>
        [...document.querySelectorAll('[aria-label="Search results"] li')].some((item) =>
          item.textContent?.includes(year),
        )
          ? performance.now()
          : false,
      String(newestYear),
      { polling: 'raf', timeout: 60_000 },
    );
    return {
      firstScreen: Number(await firstScreen.jsonValue()),
      newestYear: await markTime(page, SEARCH_MARKS.firstYear, 60_000),
      firstResult: Number(await firstResult.jsonValue()),
      wholeArchive: await markTime(page, SEARCH_MARKS.ready, 180_000),
    };
  } finally {
    await page.close();
  }
}

/** The browser with its own profile on disk, as the app has its data folder. */
async function launch(profile: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions(),
    viewport: { width: 1360, height: 900 },
  });
  // tsx keeps function names by wrapping them in __name(), which functions sent to the page also call.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return context;
}

export async function run(): Promise<BenchResult[]> {
  const server = await serveRenderer(4332);
  const profile = await mkdtemp(join(tmpdir(), 'minute-book-search-app-bench-'));
  let context = await launch(profile);
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Welcome to Minute Book' }).waitFor();
    // The worker's first save of the empty archive, before the seeded index replaces it.
    for (let attempt = 0; !(await savedKeys(page)).includes('keeper'); attempt++) {
      if (attempt > 100) throw new Error('The search worker never saved its index');
      await page.waitForTimeout(100);
    }
    const seedStart = Date.now();
    const { newestYear } = await seed(page);
    console.log(`seeded ${MEETINGS} meetings in ${((Date.now() - seedStart) / 1000).toFixed(0)} s`);
    // Each opening is a fresh start of the browser on its profile, as opening the app starts its
    // process. A first start, not timed, lets the database settle after a gigabyte was written in
    // one go, which the app does not do between two openings.
    await context.close();
    context = await launch(profile);
    await open(context, server.url, newestYear);
    await context.close();

    const openings: Opening[] = [];
    for (let index = 0; index < OPENINGS; index++) {
      context = await launch(profile);
      const opening = await open(context, server.url, newestYear);
      await context.close();
      console.log(
        `  opening ${index + 1}: first screen ${opening.firstScreen.toFixed(0)} ms, newest year ${opening.newestYear.toFixed(0)} ms, first result ${opening.firstResult.toFixed(0)} ms, whole archive ${opening.wholeArchive.toFixed(0)} ms`,
      );
      openings.push(opening);
    }
    const label = `${MEETINGS.toLocaleString('en-GB')} meetings`;
    return [
      summarise(
        `app opened, ${label}: first screen usable`,
        'ms',
        openings.map((each) => each.firstScreen),
        1_500,
      ),
      summarise(
        `app opened, ${label}: newest year searchable (saved index)`,
        'ms',
        openings.map((each) => each.newestYear),
        1_000,
      ),
      summarise(
        `app opened, ${label}: first result, query typed at the first screen`,
        'ms',
        openings.map((each) => each.firstResult),
      ),
      summarise(
        `app opened, ${label}: whole archive searchable (saved index)`,
        'ms',
        openings.map((each) => each.wholeArchive),
        15_000,
      ),
    ];
  } finally {
    await context.close();
    server.stop();
    await rm(profile, { recursive: true, force: true });
  }
}
