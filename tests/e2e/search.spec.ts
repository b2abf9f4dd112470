import type { Page } from '@playwright/test';
import { createBoard } from './helpers/board';
import { addAgendaItems, notesField, openItem, planMeeting, waitForSaved } from './helpers/meeting';
import { expect, expectAccessible, screenshot, test } from './fixtures';

async function minuteMeeting(
  page: Page,
  date: string,
  items: ReadonlyArray<{ title: string; notes: string }>,
): Promise<void> {
  await planMeeting(page, { date });
  await addAgendaItems(
    page,
    items.map((item) => item.title),
  );
  await page.getByRole('tab', { name: 'Minutes' }).click();
  for (const [index, item] of items.entries()) {
    await openItem(page, index + 1, item.title);
    await notesField(page, index + 1).fill(item.notes);
  }
  await waitForSaved(page);
}

function searchBox(page: Page) {
  return page.getByRole('search', { name: 'Archive' }).getByRole('searchbox', {
    name: 'Search the minutes',
  });
}

function results(page: Page) {
  return page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
}

/** The saved index, read the way the app stores it, so a reload is tested against a saved one. */
function savedIndexKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('minute-book');
        request.onerror = () => reject(new Error('The database did not open'));
        request.onsuccess = () => {
          const db = request.result;
          const keys = db.transaction('searchIndex').objectStore('searchIndex').getAllKeys();
          keys.onsuccess = () => {
            resolve(keys.result.map(String));
            db.close();
          };
        };
      }),
  );
}

test('searching the minutes: typos, prefixes, filters, opening a result, new notes, after a reload', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await createBoard(page, 'Quality Committee');
  await minuteMeeting(page, '2021-06-21', [
    { title: 'Welcome', notes: 'The Chair welcomed everyone.' },
    {
      title: 'Maternity services',
      notes:
        'The estates team presented the refurbishment of the maternity wing.\nDECISION: The board approved the capital budget.',
    },
  ]);
  await page.getByRole('button', { name: /All meetings of/ }).click();
  await minuteMeeting(page, '2024-03-05', [
    {
      title: 'Digital strategy',
      notes: 'The electronic patient record went live on the maternity unit.',
    },
  ]);

  // Ctrl+K from anywhere puts the cursor in the search box.
  await page.keyboard.press('Control+k');
  await expect(searchBox(page)).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Search the minutes' })).toBeVisible();
  await expect(page.getByText(/Type a word, a name or a “quoted phrase”/)).toBeVisible();

  // A typo, finished with a space: corrected to the word in the minutes.
  await searchBox(page).pressSequentially('maternty ');
  await expect(results(page)).toHaveCount(2);
  await expect(page.getByText('2 results')).toBeVisible();
  // The item with the word in its title ranks first.
  const older = results(page).first();
  await expect(older).toContainText('Quality Committee · 21 June 2021 · Item 2');
  await expect(older.getByRole('button', { name: '2. Maternity services' })).toBeVisible();
  await expect(older.locator('mark')).toHaveText(['Maternity', 'maternity']);
  const newer = results(page).nth(1);
  await expect(newer).toContainText('Quality Committee · 5 March 2024 · Item 1');
  await expect(newer.getByRole('button', { name: '1. Digital strategy' })).toBeVisible();
  await expect(newer.locator('mark')).toHaveText('maternity');
  await expectAccessible(page);
  await screenshot(page, '60-search-results');

  // The word being typed is a prefix.
  await searchBox(page).fill('refurb');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).locator('mark')).toHaveText('refurbishment');

  // A filter narrows the results.
  await searchBox(page).fill('maternity ');
  await expect(results(page)).toHaveCount(2);
  await page.getByLabel('From').fill('2022-01-01');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page)).toContainText('5 March 2024');
  await page.getByLabel('From').fill('');
  await page.getByRole('checkbox', { name: 'Open actions only' }).check();
  await expect(page.getByText(/No minutes match “maternity”/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '61-search-no-results');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(results(page)).toHaveCount(2);

  // Opening a result goes to the item's notes, with the words found.
  await results(page).first().getByRole('button', { name: '2. Maternity services' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Meeting Summary · 21 June 2021' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: '2. Maternity services' }),
  ).toBeVisible();
  await expect(notesField(page, 2)).toBeVisible();
  await expect(notesField(page, 2)).toBeFocused();
  await expect(notesField(page, 2)).toHaveValue(/refurbishment of the maternity wing/);
  await expect(
    page.getByRole('note').filter({ hasText: 'Found by your search' }).locator('mark'),
  ).toHaveText(['maternity']);
  await expectAccessible(page);
  await screenshot(page, '62-search-opened-item');

  // New notes are found as soon as they are saved.
  await notesField(page, 2).press('End');
  await notesField(page, 2).pressSequentially('\nA birthing pool was commissioned.');
  await waitForSaved(page);
  await searchBox(page).fill('birthing ');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).locator('mark')).toHaveText('birthing');

  // After a reload, the saved index answers.
  await expect.poll(() => savedIndexKeys(page), { timeout: 20_000 }).toContain('year:2021');
  await page.reload();
  await searchBox(page).fill('birthing ');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page)).toContainText('21 June 2021 · Item 2');
  await searchBox(page).fill('zzqxv ');
  await expect(page.getByText(/No minutes match “zzqxv”/)).toBeVisible();
});

test('a misspelt word is corrected to the likeliest word, and the search as typed is one click away', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await createBoard(page, 'Digital Committee');
  await minuteMeeting(page, '2025-02-10', [
    { title: 'Server replacement', notes: 'The server in the data centre is to be replaced.' },
    { title: 'Backups', notes: 'Backups of the server now run every night.' },
    { title: 'Contracts', notes: 'The board agreed to sever the old support contract.' },
  ]);

  await page.keyboard.press('Control+k');
  await searchBox(page).pressSequentially('srever ');
  // "server" is the likelier word: two letters swapped, and more common than "sever".
  await expect(page.getByText(/Showing results for/)).toContainText(
    'Showing results for server — search instead for srever',
  );
  // The two items with the word meant come first, the item with the title word first; the
  // item with the rival correction "sever", if it is shown at all, comes after them.
  await expect(results(page).first()).toContainText('1. Server replacement');
  await expect(results(page).nth(1)).toContainText('2. Backups');
  await expectAccessible(page);
  for (const [width, height] of [
    [1093, 614],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `63-search-correction-${width}`);
  }

  // The search as typed, by keyboard: it finds nothing, and says so.
  const literal = page.getByRole('button', { name: 'search instead for srever' });
  await literal.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/No minutes match “srever”/)).toBeVisible();
  await expect(page.getByText(/Showing results for/)).toHaveCount(0);

  // Typing again corrects again.
  await searchBox(page).fill('srever backups ');
  await expect(page.getByText(/Showing results for/)).toContainText(
    'Showing results for server backups — search instead for srever backups',
  );
  await expect(results(page)).toHaveCount(1);
  await expect(results(page)).toContainText('2. Backups');
});
