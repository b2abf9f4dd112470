import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { openDocx } from '../support/docx-reader';
import { restoreTheYear } from './helpers/board-year';
import { cli } from '../support/run-cli';
import { addAgendaItems, openItem, planMeeting, waitForSaved } from './helpers/meeting';
import { expect, expectAccessible, screenshot, test } from './fixtures';

const TERM = 'Term 21 June 2021 to 20 June 2022';

/** The board's two laptop sizes and a desktop screen, each screenshot saved for a person to look at. */
async function screenshotsAtLaptopSizes(
  page: Page,
  name: string,
  {
    scrollTo,
    dialog,
    pageMustFit = true,
  }: { scrollTo?: Locator; dialog?: Locator; pageMustFit?: boolean } = {},
) {
  for (const [width, height] of [
    [1093, 614],
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    if (dialog) {
      // A dialog: what it shows is scrolled into view and lies inside the window.
      await dialog.scrollIntoViewIfNeeded();
      await screenshot(page, `${name}-${width}x${height}`);
      const box = await dialog.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width, `${name} fits at ${width}px`).toBe(
        true,
      );
      continue;
    }
    await scrollTo?.scrollIntoViewIfNeeded();
    await screenshot(page, `${name}-${width}x${height}`);
    if (scrollTo) {
      // A box made to scroll sideways (the matrix of a long period) may; nothing else may spill.
      const fits = await scrollTo.evaluate(
        (element) =>
          getComputedStyle(element).overflowX === 'auto' ||
          element.scrollWidth <= element.clientWidth,
      );
      expect(fits, `${name}: its own content fits its box at ${width}px`).toBe(true);
    }
    // The meeting page around the agenda is laid out elsewhere; only pages of this feature are held to the window here.
    if (!pageMustFit) continue;
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth, `${name} at ${width}px must not scroll sideways`).toBeLessThanOrEqual(width);
    // Anything wider than the window, named, so a failure says what to fix.
    const tooWide = await page.evaluate(() =>
      Array.from(document.querySelectorAll('body *'))
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .filter((element) => !element.closest('.table-wrap'))
        .slice(0, 5)
        .map((element) => `${element.tagName}.${element.className}`),
    );
    expect(tooWide, `${name} at ${width}px must not overflow the window`).toEqual([]);
  }
  await page.setViewportSize({ width: 1360, height: 900 });
}

async function keepForViewing(path: string, name: string) {
  await mkdir('test-results/exports', { recursive: true });
  await copyFile(path, join('test-results/exports', name));
}

test('a year of the example board: the attendance record on screen, in Word and as CSV', async ({
  page,
  dataFolder,
  dialogs,
}) => {
  test.setTimeout(180_000);
  await restoreTheYear(page, dataFolder, dialogs.openAnswers);

  await page.getByRole('tab', { name: 'Attendance record' }).click();
  const summary = page.getByRole('status').filter({ hasText: 'meetings held' });
  // The NHS financial year, as an annual report gives it.
  await page.getByLabel('Period').selectOption({ label: 'Financial year 2021/22' });
  await expect(summary).toContainText(
    '9 meetings held from 1 April 2021 to 31 March 2022; 1 cancelled and not counted.',
  );
  // Any dates: the wrong way round is put into words, then the quarter the secretary meant.
  await page.getByLabel('Period').selectOption({ label: 'Any dates…' });
  await page.getByLabel('From', { exact: true }).fill('2022-01-01');
  await page.getByLabel('To', { exact: true }).fill('2021-12-01');
  await expect(page.getByRole('alert')).toContainText('The period ends before it starts.');
  await page.getByLabel('To', { exact: true }).fill('2022-03-31');
  await expect(page.getByRole('alert')).toBeHidden();
  await expect(summary).toContainText('3 meetings held from 1 January 2022 to 31 March 2022.');
  await expect(
    page.getByRole('table', { name: /Attendance of each member/ }).getByRole('row', {
      name: /Priya Shah/,
    }),
  ).toContainText('3 of 3 meetings');

  await page.getByLabel('Period').selectOption({ label: TERM });
  await expect(page.getByRole('status').filter({ hasText: 'meetings held' })).toContainText(
    '11 meetings held from 21 June 2021 to 20 June 2022; 1 cancelled and not counted.',
  );
  const table = page.getByRole('table', { name: /Attendance of each member/ });
  // Worked by hand from the year's pattern: see tests/support/board-year.ts.
  await expect(table.getByRole('row', { name: /Alex Cheung/ })).toContainText('9 of 11 meetings');
  await expect(table.getByRole('row', { name: /Alex Cheung/ })).toContainText('82%');
  await expect(table.getByRole('row', { name: /Arouba Zubair/ })).toContainText('4 of 6 meetings');
  await expect(table.getByRole('row', { name: /Arouba Zubair/ })).toContainText('1 late');
  await expect(table.getByRole('row', { name: /Priya Shah/ })).toContainText('5 of 5 meetings');
  await expect(
    table.getByRole('img', { name: /Attended 9, apologies 2, absent 0, of 11/ }),
  ).toBeVisible();
  await expect(page.getByText('Sam Okafor')).toBeVisible();

  // Sorting by share, highest first, by keyboard.
  const share = table.getByRole('columnheader', { name: 'Share' });
  await share.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(share).toHaveAttribute('aria-sort', 'descending');
  const shares = await table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Number.parseInt(row.children[2]?.textContent ?? '0')));
  expect(shares).toEqual([...shares].sort((a, b) => b - a));
  await expectAccessible(page);
  await screenshotsAtLaptopSizes(page, 'attendance-record', { scrollTo: table });
  await screenshotsAtLaptopSizes(page, 'attendance-matrix', {
    scrollTo: page.getByRole('region', { name: 'Meeting by meeting' }),
  });

  // Word, for the annual report.
  const docxPath = join(dataFolder, 'attendance.docx');
  dialogs.saveAnswers.push(docxPath);
  await page.getByRole('button', { name: 'Export to Word' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved attendance.docx' })).toBeVisible();
  expect(dialogs.saveRequests.at(-1)?.defaultFileName).toBe(
    'NHS Python Community Board - Attendance 2021-06-21 to 2022-06-20.docx',
  );
  const docx = await openDocx(await readFile(docxPath));
  const texts = docx.paragraphs.map((paragraph) => paragraph.text);
  expect(texts).toContain('Attendance record | 21st June 2021 to 20th June 2022');
  expect(texts).toContain('9 of 11 meetings');
  expect(texts).toContain(
    'The meeting planned for 13th December 2021 did not take place and is not counted.',
  );
  await keepForViewing(docxPath, 'attendance-record.docx');

  // CSV, for a spreadsheet.
  const csvPath = join(dataFolder, 'attendance.csv');
  dialogs.saveAnswers.push(csvPath);
  await page.getByRole('button', { name: 'Save as CSV' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved attendance.csv' })).toBeVisible();
  const csv = await readFile(csvPath, 'utf8');
  expect(csv).toContain('Priya Shah,Member,NHS Digital,Not in office');
  expect(csv.split('\r\n')[1]).toMatch(
    /^Alex Cheung,Chair,NHSE\/I,Apologies,"Present, arrived late"/,
  );

  // A member's own page shows their attendance over their terms.
  await page.getByRole('tab', { name: 'Register' }).click();
  await page.getByRole('radio', { name: 'Everyone in the register' }).check();
  await page.getByRole('button', { name: 'Edit Arouba Zubair' }).click();
  const dialog = page.getByRole('dialog', { name: /Arouba Zubair/ });
  const own = dialog.getByRole('region', { name: 'Attendance over their terms' });
  await expect(own).toContainText(
    'Attended 4 of 6 meetings (67%), from 21 June 2021 to 31 December 2021.',
  );
  await expect(own.getByRole('listitem').first()).toHaveText('21 June 2021: Absent');
  await screenshotsAtLaptopSizes(page, 'member-attendance', { dialog: own });
  await dialog.getByRole('button', { name: 'Done' }).click();

  // Re-appointed for the spring (a new register entry of the same name): each term is given apart.
  await page.getByRole('button', { name: 'Add member' }).click();
  const again = page.getByRole('dialog', { name: 'New member' });
  await again.getByLabel('Full name').fill('Arouba Zubair');
  await again.getByLabel('Organisation').fill('NHSX');
  await again.getByLabel('Term starts').fill('2022-03-01');
  await again.getByLabel('Term ends').fill('2022-06-20');
  await again.getByRole('button', { name: 'Done' }).click();
  await expect(again).toBeHidden();
  await page.getByRole('button', { name: 'Edit Arouba Zubair' }).last().click();
  const terms = page
    .getByRole('dialog', { name: /Arouba Zubair/ })
    .getByRole('region', { name: 'Attendance over their terms' });
  // Nothing was marked for her at the three meetings of her second term: the gap shows.
  await expect(terms).toContainText(
    'Attended 4 of 9 meetings (44%), from 21 June 2021 to 20 June 2022.',
  );
  await expect(terms.getByRole('list', { name: 'Each term' })).toHaveText(
    [
      'Term 21 June 2021 to 31 December 2021: attended 4 of 6 meetings (67%).',
      'Term 1 March 2022 to 20 June 2022: attended 0 of 3 meetings (0%).',
    ].join(''),
  );
  await expect(terms).toContainText('21 March 2022: Not recorded');
  await screenshotsAtLaptopSizes(page, 'member-attendance-terms', { dialog: terms });
});

test('an interest declared in a meeting goes into the register and is flagged on a later agenda', async ({
  page,
  dataFolder,
  dialogs,
}) => {
  test.setTimeout(180_000);
  await restoreTheYear(page, dataFolder, dialogs.openAnswers);

  // Declared at the May meeting, and added to the register in one step.
  await page.getByRole('tab', { name: 'Meetings' }).click();
  await page
    .getByRole('button', { name: /16 May 2022/ })
    .first()
    .click();
  await page.getByRole('tab', { name: 'Attendance' }).click();
  const standing = page.getByRole('region', { name: 'Standing interests of those present' });
  await expect(standing).toContainText('None of the members present has an interest');
  await page.getByLabel('Member declaring').selectOption({ label: 'Dr Mark A. Bailey' });
  await page.getByLabel('Item concerned').selectOption({ label: 'Item 3: Community update' });
  await page.getByLabel('Nature of the interest').fill('Director of Acme Health Ltd');
  await page.getByRole('button', { name: 'Record declaration' }).click();
  await page
    .getByLabel('Type of interest: Director of Acme Health Ltd')
    .selectOption({ label: 'Financial interest' });
  await page.getByLabel('Organisation: Director of Acme Health Ltd').fill('Acme Health Ltd');
  await page.getByRole('button', { name: 'Add to register' }).click();
  await expect(page.getByText('In the register')).toBeVisible();
  await expect(standing).toContainText(
    'Dr Mark A. Bailey: Financial interest, Director of Acme Health Ltd (Acme Health Ltd)',
  );
  await waitForSaved(page);
  // The meeting's "Declarations of interest" item reads out the same standing interests.
  await page.getByRole('tab', { name: 'Minutes' }).click();
  await openItem(page, 2, 'Declarations of interest');
  await expect(
    page.getByRole('region', { name: 'Standing interests of those present' }),
  ).toContainText(
    'Dr Mark A. Bailey: Financial interest, Director of Acme Health Ltd (Acme Health Ltd)',
  );

  // A later agenda naming the organisation is flagged to the Chair.
  await page.getByRole('button', { name: /All meetings of/ }).click();
  await planMeeting(page, { date: '2022-06-13' });
  await addAgendaItems(page, [
    'Contract renewal with Acme Health Ltd',
    'Community update',
    'Procurement plan',
  ]);
  // The organisation named only in an item's papers is flagged too.
  await page.getByLabel('Reference of item 3').fill('Paper C: proposal from Acme Health Ltd');
  const flags = page.getByRole('region', { name: 'Interests to note for the Chair' });
  await expect(flags).toContainText('Item 1: Contract renewal with Acme Health Ltd');
  await expect(flags).toContainText(
    'Dr Mark A. Bailey – Financial interest: Director of Acme Health Ltd (Acme Health Ltd, named in the title)',
  );
  await expect(flags).toContainText('Item 3: Procurement plan');
  await expect(flags).toContainText('(Acme Health Ltd, named in the papers)');
  await expect(flags).not.toContainText('Community update');
  await screenshotsAtLaptopSizes(page, 'agenda-interest-flags', {
    scrollTo: flags,
    pageMustFit: false,
  });

  // The register: this year's round, a reminder drafted for the mail program, and the exports.
  await page.getByRole('button', { name: /All meetings of/ }).click();
  await page.getByRole('tab', { name: 'Interests' }).click();
  const round = page.getByRole('region', { name: /Confirmation round/ });
  await expect(round).toContainText('Not yet confirmed this year (1 of 1): Priya Shah.');
  await round.getByRole('button', { name: 'Draft a reminder e-mail' }).click();
  await expect(round.getByRole('status')).toContainText('is open in your mail program');
  expect(dialogs.mailDrafts).toHaveLength(1);
  expect(dialogs.mailDrafts[0]).toMatch(/^mailto:priya%40example\.nhs\.uk\?subject=NHS%20Python/);

  await page.getByLabel('Register as at').fill('2022-05-20');
  const mark = page.getByRole('region', { name: /Dr Mark A\. Bailey/ });
  await expect(mark).toContainText('Director of Acme Health Ltd');
  await page.getByLabel('Member', { exact: true }).selectOption({ label: 'Alex Cheung' });
  await page
    .getByLabel('Type of interest', { exact: true })
    .selectOption({ label: 'Indirect interest' });
  await page.getByLabel('Description').fill('Spouse is a governor of Riverside NHS Trust');
  await page.getByLabel('Organisation', { exact: true }).fill('Riverside NHS Trust');
  await page.getByLabel('Declared on').fill('2022-02-01');
  await page.getByLabel('Publish in the public register').uncheck();
  await page.getByRole('button', { name: 'Add to register' }).click();
  await expect(page.getByRole('region', { name: /^Alex Cheung/ })).toContainText(
    'Spouse is a governor of Riverside NHS Trust',
  );
  await page.getByRole('button', { name: 'Record a nil return for Alex Cheung' }).click();
  await expect(page.getByRole('region', { name: /^Alex Cheung/ }).getByRole('alert')).toContainText(
    'A nil return says there is nothing to declare',
  );
  await expectAccessible(page);
  await screenshotsAtLaptopSizes(page, 'register-of-interests', { scrollTo: round });
  await screenshotsAtLaptopSizes(page, 'register-of-interests-entries', {
    scrollTo: page.getByRole('region', { name: /^Alex Cheung/ }),
  });

  const publicPath = join(dataFolder, 'register-public.docx');
  dialogs.saveAnswers.push(publicPath);
  await page.getByRole('button', { name: 'Export for publication' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved register-public.docx' }),
  ).toBeVisible();
  const published = (await openDocx(await readFile(publicPath))).paragraphs
    .map((paragraph) => paragraph.text)
    .join('\n');
  expect(published).toContain('Director of Acme Health Ltd');
  expect(published).not.toContain('Riverside');
  await keepForViewing(publicPath, 'register-of-interests-public.docx');

  const fullPath = join(dataFolder, 'register-full.docx');
  dialogs.saveAnswers.push(fullPath);
  await page.getByRole('button', { name: 'Export full register' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved register-full.docx' }),
  ).toBeVisible();
  const full = (await openDocx(await readFile(fullPath))).paragraphs
    .map((paragraph) => paragraph.text)
    .join('\n');
  expect(full).toContain('Director of Acme Health Ltd');
  expect(full).toContain('Spouse is a governor of Riverside NHS Trust');
  expect(full).toContain('Not for publication');
  await keepForViewing(fullPath, 'register-of-interests-full.docx');

  // Both records travel in a backup the app makes, and the command line reads them from it.
  await page
    .getByRole('navigation', { name: 'Boards' })
    .getByRole('button', { name: 'Backup and restore' })
    .click();
  const backupPath = join(dataFolder, 'board archive.minutebook');
  dialogs.saveAnswers.push(backupPath);
  await page.getByRole('button', { name: 'Back up to a file…' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Backed up the whole archive' }),
  ).toBeVisible();
  const board = ['--board', 'NHS Python Community Board'];
  const attendance = await cli(
    [
      'attendance',
      'board archive.minutebook',
      ...board,
      '--from',
      '2021-06-21',
      '--to',
      '2022-06-20',
    ],
    dataFolder,
  );
  expect(attendance).toMatchObject({ code: 0, stderr: '' });
  expect(attendance.stdout).toMatch(/Alex Cheung\s+Chair\s+9 of 11 meetings\s+82%/);
  expect(attendance.stdout).toContain('Meeting by meeting:');
  const register = await cli(
    ['interests', 'board archive.minutebook', ...board, '--as-of', '2022-05-20', '--public'],
    dataFolder,
  );
  expect(register).toMatchObject({ code: 0, stderr: '' });
  expect(register.stdout).toContain('Director of Acme Health Ltd');
  expect(register.stdout).not.toContain('Riverside');
  await keepForViewing(backupPath, 'board-archive.minutebook');

  // Priya Shah makes her nil return: the round is complete and the register says when.
  await page
    .getByRole('navigation', { name: 'Boards' })
    .getByRole('button', { name: 'NHS Python Community Board' })
    .click();
  await page.getByRole('tab', { name: 'Interests' }).click();
  await page.getByRole('button', { name: 'Record a nil return for Priya Shah' }).click();
  await expect(page.getByRole('region', { name: /Confirmation round/ })).toContainText(
    'Every member in office has confirmed their entries this year.',
  );
  await expect(page.getByRole('region', { name: /^Priya Shah/ })).toContainText('Nil return, ');
});
