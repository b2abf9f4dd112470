import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { EXAMPLE_MINUTES_PATH } from '../support/example-minutes-path';
import { makeMinutesDocx } from '../support/minutes-docx';
import { expect, expectAccessible, screenshot, test } from './fixtures';

const EXAMPLE_FILE = 'nhs-python-community-board-2021-06-21.md';

/** The words of a Word document's body, to check what it says. */
async function readDocxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}
const BOARD = 'NHS Python Community Board';

const AUDIT_MINUTES =
  '# Audit Committee\n\n2nd May 2024 | Meeting Summary\n\n**Attendees**\n\n- Ann Shah - Trust **(Chair)**\n- Ben Okafor - PCN\n\n1. **Welcome**\n\nThe Chair welcomed members.\n\n2. **Internal audit plan**\n\nDECISION: The plan was approved.\n';

/** A PNG's first bytes: binary data, with NUL bytes. */
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
]);

/**
 * Holds every "read a batch" call until the test lets it through, so the progress shown while a
 * folder is read can be checked without depending on how fast this machine is.
 */
async function holdReading(page: Page): Promise<() => Promise<void>> {
  await page.addInitScript(() => {
    type Bridge = Record<string, (request: unknown) => Promise<unknown>>;
    const host = window as unknown as { minuteBook: Bridge; releaseReading?: () => void };
    const read = host.minuteBook['readImportBatch'];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    host.releaseReading = release;
    host.minuteBook['readImportBatch'] = async (request) => {
      await gate;
      return read?.(request);
    };
  });
  return () =>
    page.evaluate(() => (window as unknown as { releaseReading: () => void }).releaseReading());
}

test('imports the example minutes, corrected in the preview, and refuses them a second time', async ({
  page,
  dialogs,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Import past minutes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import past minutes' })).toBeVisible();

  // Cancelling the dialog leaves everything as it was.
  dialogs.importAnswers.push(null);
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await expect(page.getByRole('button', { name: 'Choose files…' })).toBeEnabled();

  dialogs.importAnswers.push([EXAMPLE_MINUTES_PATH]);
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await expect(
    page.getByRole('heading', { name: `Check what was read from ${EXAMPLE_FILE}` }),
  ).toBeVisible();
  await expect(
    page.getByText('1 file read: 1 with minutes, 0 that cannot be imported.'),
  ).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(EXAMPLE_FILE) });
  await expect(row).toContainText('21 June 2021 · Meeting Summary');
  await expect(row).toContainText(`${BOARD} (new board)`);
  await expect(row).toContainText('9 present, 1 apology');
  await expect(row).toContainText('Chair: Alex Cheung');
  await expect(row).toContainText('Next meeting 27 July 2021');
  await expectAccessible(page);
  await screenshot(page, 'import-preview');

  // Correct what was read wrongly.
  await page.getByRole('button', { name: `Review ${EXAMPLE_FILE}` }).click();
  await expect(page.getByRole('heading', { name: `Review ${EXAMPLE_FILE}` })).toBeFocused();
  await expect(page.getByLabel('Board', { exact: true })).toHaveValue('new');
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2021-06-21');
  await expect(page.getByLabel('Name of person 1', { exact: true })).toHaveValue('Alex Cheung');
  await expect(page.getByRole('radio', { name: 'Person 1 chaired', exact: true })).toBeChecked();
  await expect(page.getByLabel('Attendance of person 10')).toHaveValue('apologies');
  await page
    .getByLabel('Organisation of person 2')
    .fill('Gloucestershire Hospitals NHS Foundation Trust');
  await page.getByLabel('Title of item 1', { exact: true }).fill('Welcome and introductions');
  await expect(page.getByLabel('Notes of item 1', { exact: true })).toHaveValue(
    /The Chair welcomed attendees/,
  );
  await expectAccessible(page);
  await screenshot(page, 'import-review');
  await page.getByRole('button', { name: 'Back to the list' }).first().click();

  await page.getByRole('button', { name: 'Import 1 meeting' }).click();
  await expect(page.getByRole('heading', { name: 'Imported 1 meeting.' })).toBeVisible();
  await expect(page.getByText(`New board: ${BOARD}.`)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: `Show the meetings of ${BOARD}` }).click();

  // The meeting is there, marked as imported, with its items and attendance.
  const meetingRow = page.getByRole('row', { name: /21 June 2021/ });
  await expect(meetingRow).toContainText(`Imported from ${EXAMPLE_FILE}`);
  await screenshot(page, 'import-meetings-list');
  await meetingRow.getByRole('button', { name: '21 June 2021' }).click();
  await expect(page.getByText(`Imported from ${EXAMPLE_FILE}`)).toBeVisible();
  await page.getByRole('tab', { name: 'Details and agenda' }).click();
  await expect(page.getByLabel('Title of item 1', { exact: true })).toHaveValue(
    'Welcome and introductions',
  );
  await expect(page.getByLabel('Title of item 2')).toHaveValue('Goals of the NHS Python Community');
  await page.getByRole('tab', { name: 'Attendance' }).click();
  await expect(page.getByText('Gloucestershire Hospitals NHS Foundation Trust')).toBeVisible();
  // Accepted into the new board's register: a member, written as the register writes names.
  await expect(page.getByRole('rowheader', { name: /Sophie Williams, PhD/ })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'import-meeting');

  // The same file again: already there, so skipped unless the user says otherwise.
  await page.getByRole('button', { name: 'Import past minutes' }).click();
  dialogs.importAnswers.push([EXAMPLE_MINUTES_PATH]);
  await page.getByRole('button', { name: 'Choose files…' }).click();
  const again = page.getByRole('row', { name: new RegExp(EXAMPLE_FILE) });
  await expect(again).toContainText('Already in Minute Book: will be skipped.');
  await expect(again).toContainText(BOARD);
  await expect(page.getByRole('button', { name: 'Import 0 meetings' })).toBeDisabled();
  await expectAccessible(page);
  await screenshot(page, 'import-already-there');
  await page.getByRole('checkbox', { name: /^Import again/ }).check();
  await expect(page.getByRole('button', { name: 'Import 1 meeting' })).toBeEnabled();
  await page.getByRole('checkbox', { name: /^Import again/ }).uncheck();
  await page.getByRole('button', { name: 'Close import' }).click();
  // Back where the user was, with still one meeting of that day.
  await page.getByRole('button', { name: `← All meetings of ${BOARD}` }).click();
  await expect(page.getByRole('row', { name: /21 June 2021/ })).toHaveCount(1);
});

test('a folder of good and bad files: each bad one named with its problem, the good ones imported', async ({
  page,
  dialogs,
  dataFolder,
}) => {
  test.setTimeout(120_000);
  const folder = join(dataFolder, 'old minutes');
  await mkdir(join(folder, '2024'), { recursive: true });
  await writeFile(join(folder, '2024', 'audit-committee.md'), AUDIT_MINUTES);
  await writeFile(
    join(folder, 'finance-committee.docx'),
    await makeMinutesDocx({
      items: 3,
      words: 60,
      title: 'Minutes of the Finance Committee, 3 February 2022',
    }),
  );
  await writeFile(join(folder, 'damaged.docx'), 'PK\u0003\u0004 not really a Word document');
  await writeFile(join(folder, 'photo.md'), PNG);
  await writeFile(join(folder, 'empty.txt'), '');
  await copyFile(EXAMPLE_MINUTES_PATH, join(folder, 'notes.pdf'));

  const release = await holdReading(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Import past minutes' }).click();
  dialogs.importAnswers.push([folder]);
  await page.getByRole('button', { name: 'Choose a folder…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reading 0 of 5 files…' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Reading 0 of 5 files…' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'import-reading');
  await release();

  await expect(
    page.getByRole('heading', { name: 'Check what was read from old minutes' }),
  ).toBeVisible();
  await expect(
    page.getByText('5 files read: 2 with minutes, 3 that cannot be imported.'),
  ).toBeVisible();
  const problems = page.getByRole('region', { name: '3 files cannot be imported' });
  await expect(problems.getByRole('listitem')).toHaveText([
    /^damaged\.docx: It is not a Word document that can be read: the file is damaged/,
    'empty.txt: The file is empty.',
    /^photo\.md: It is not a text file \(it holds binary data/,
  ]);
  await expect(page.getByRole('row', { name: /2024\/audit-committee\.md/ })).toContainText(
    '2 May 2024 · Meeting Summary',
  );
  await expect(page.getByRole('row', { name: /finance-committee\.docx/ })).toContainText(
    'Finance Committee (new board)',
  );
  await expectAccessible(page);
  await screenshot(page, 'import-mixed-folder');

  await page.getByRole('button', { name: 'Import 2 meetings' }).click();
  await expect(page.getByRole('heading', { name: 'Imported 2 meetings.' })).toBeVisible();
  const notImported = page.getByRole('region', { name: 'Not imported' });
  await expect(notImported.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('navigation', { name: 'Boards' }).getByRole('listitem')).toHaveText([
    'Audit Committee',
    'Finance Committee',
  ]);
  await expectAccessible(page);
  await screenshot(page, 'import-done');
  await page.getByRole('button', { name: 'Show the meetings of Audit Committee' }).click();
  await expect(page.getByRole('row', { name: /2 May 2024/ })).toContainText(
    'Imported from audit-committee.md',
  );
});

test('a committee’s minutes into a new board: the register proposed, then attendance, quorum and the formal export as the source says', async ({
  page,
  dialogs,
  dataFolder,
}) => {
  test.setTimeout(180_000);
  const source = join(process.cwd(), 'tests/fixtures/import-corpus/qc-2024-03-14.md');
  await page.setViewportSize({ width: 1093, height: 614 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Import past minutes' }).click();
  dialogs.importAnswers.push([source]);
  await page.getByRole('button', { name: 'Choose files…' }).click();
  const row = page.getByRole('row', { name: /qc-2024-03-14\.md/ });
  await expect(row).toContainText('14 March 2024 · Minutes');
  await expect(row).toContainText('Quality Committee (new board)');
  await expect(row).toContainText('5 present, 1 apology, 2 in attendance');
  await expect(row).toContainText('Chair: Jane Roe');

  const register = page.getByRole('region', {
    name: 'Register of the new board Quality Committee',
  });
  await expect(register).toContainText('6 members will be added to the register');
  await expect(register.getByLabel('Place of Jane Roe')).toHaveValue('Chair');
  await expect(register.getByLabel('Place of Helen Ward')).toHaveValue('Member');
  await expect(register.getByLabel('Place of Ruth Kerr')).toHaveValue('guest');
  await expect(
    register.getByRole('checkbox', { name: 'Add Ruth Kerr to the register' }),
  ).not.toBeChecked();
  await expectAccessible(page);
  await screenshot(page, 'import-register-1093');
  await page.setViewportSize({ width: 1280, height: 720 });
  await screenshot(page, 'import-register-1280');

  await page.getByRole('button', { name: 'Review qc-2024-03-14.md' }).click();
  await expect(page.getByLabel('Held')).toHaveValue('private');
  await expect(page.getByLabel('Venue')).toHaveValue(
    'Seminar Room 2, Riverside House and MS Teams',
  );
  await expect(page.getByLabel('Note on person 6')).toHaveValue('for item QC/24/034');
  await expect(page.getByLabel('Reference of item 3')).toHaveValue('QC/24/033');
  await expect(page.getByLabel('Owner of action 1 of item 3')).toHaveValue(
    'Chiamaka Okonkwo-Ndiaye',
  );
  await expect(page.getByLabel('Due date of action 1 of item 3')).toHaveValue('2024-04-11');

  // Records the reading missed are added, and one read wrongly removed, by keyboard.
  await page.getByRole('button', { name: 'Add a decision to item 3' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Decision 1 of item 3', { exact: true })).toBeFocused();
  await page.keyboard.type('Not a decision');
  await page.getByRole('button', { name: 'Remove decision 1 of item 3' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Decision 1 of item 3', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add a decision to item 3' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('The committee asked for the dashboard to show falls by ward.');
  await page.getByRole('button', { name: 'Add an action to item 3' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Action 2 of item 3', { exact: true })).toBeFocused();
  await page.keyboard.type('Liam Fox to add falls by ward to the dashboard');
  await page.getByLabel('Owner of action 2 of item 3').selectOption('Liam Fox');
  await page.getByLabel('Due date of action 2 of item 3').fill('2024-05-09');
  await expect(page.getByLabel('Status of action 2 of item 3')).toHaveValue('open');
  await expect(page.getByText('Put these right before importing')).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'import-review-1280');
  await page.setViewportSize({ width: 1093, height: 614 });
  await page.getByLabel('Action 2 of item 3', { exact: true }).scrollIntoViewIfNeeded();
  await screenshot(page, 'import-review-1093');
  await page.getByRole('button', { name: 'Back to the list' }).first().click();

  await page.getByRole('button', { name: 'Import 1 meeting' }).click();
  await expect(page.getByRole('heading', { name: 'Imported 1 meeting.' })).toBeVisible();
  await page.getByRole('button', { name: 'Show the meetings of Quality Committee' }).click();
  await page
    .getByRole('row', { name: /14 March 2024/ })
    .getByRole('button', { name: '14 March 2024' })
    .click();
  await expect(page.getByText('Held in private')).toBeVisible();
  await page.getByRole('tab', { name: 'Attendance' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Quorate.' })).toContainText(
    '5 voting members present; 3 needed.',
  );
  await expect(page.getByText('Ruth Kerr').first()).toBeVisible();
  await screenshot(page, 'import-attendance');

  await page.getByRole('tab', { name: 'Word and files' }).click();
  await page.getByLabel(/Formal minutes/).check();
  const target = join(dataFolder, 'quality-committee.docx');
  dialogs.saveAnswers.push(target);
  await page.getByRole('button', { name: 'Export to Word…' }).click();
  await expect(page.getByText(/^Saved quality-committee\.docx/)).toBeVisible();
  const document = await readDocxText(target);
  expect(document).toContain('Jane Roe');
  expect(document).toMatch(/Quorate|quorate/);
  expect(document).not.toContain('No members were recorded as present');
  expect(document).not.toContain('DRAFT – not yet approved, ');
  // The decision and the action added in the review, with the owner chosen.
  expect(document).toContain('The committee asked for the dashboard to show falls by ward.');
  expect(document).toContain('Liam Fox to add falls by ward to the dashboard');
});

test('minutes a later file approved come in approved, with the approval shown in their sign-off', async ({
  page,
  dialogs,
}) => {
  test.setTimeout(180_000);
  const corpus = join(process.cwd(), 'tests/fixtures/import-corpus');
  await page.goto('/');
  await page.getByRole('button', { name: 'Import past minutes' }).click();
  dialogs.importAnswers.push([
    join(corpus, 'qc-2024-03-14.md'),
    join(corpus, 'quality-committee-2024-04-11.docx'),
  ]);
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await page.getByRole('button', { name: 'Review qc-2024-03-14.md' }).click();
  await expect(page.getByRole('checkbox', { name: /^Approved at the time/ })).toBeChecked();
  await page.getByRole('button', { name: 'Back to the list' }).first().click();
  await page.getByRole('button', { name: 'Import 2 meetings' }).click();
  await expect(page.getByRole('heading', { name: 'Imported 2 meetings.' })).toBeVisible();
  await page.getByRole('button', { name: 'Show the meetings of Quality Committee' }).click();
  await page
    .getByRole('row', { name: /14 March 2024/ })
    .getByRole('button', { name: '14 March 2024' })
    .click();
  await page.getByRole('tab', { name: 'Sign-off' }).click();
  const audit = page.getByRole('table', { name: 'Audit trail' });
  const approved = audit.getByRole('row', { name: /Approved/ });
  await expect(approved).toContainText(
    'Approved at the meeting of 11 April 2024, as the minutes of that meeting in quality-committee-2024-04-11.docx record; imported from qc-2024-03-14.md (SHA-256 ',
  );
  await expectAccessible(page);
  await screenshot(page, 'import-historic-sign-off');
});
