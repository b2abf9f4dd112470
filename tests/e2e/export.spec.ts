import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { meetingFileSchema } from '../../src/shared/model';
import { EXAMPLE_BOARD, EXAMPLE_PEOPLE } from '../fixtures/nhs-python-board';
import { EXAMPLE_ITEMS } from '../fixtures/nhs-python-minutes';
import { displayName, enterExampleBoard } from './helpers/board';
import { addAgendaItems, notesField, openItem, planMeeting, waitForSaved } from './helpers/meeting';
import { expect, expectAccessible, screenshot, test } from './fixtures';

test('the minutes go out as a Word document, with cancel and an unwritable folder handled', async ({
  page,
  dataFolder,
  dialogs,
}) => {
  test.setTimeout(180_000);
  await enterExampleBoard(page);
  await planMeeting(page, { date: EXAMPLE_BOARD.meetingDate });
  await addAgendaItems(
    page,
    EXAMPLE_ITEMS.map((item) => item.title),
  );
  await page.getByRole('tab', { name: 'Attendance' }).click();
  for (const person of EXAMPLE_PEOPLE) {
    await page
      .getByRole('radiogroup', { name: `Attendance of ${displayName(person)}` })
      .getByRole('radio', { name: person.attendance === 'present' ? 'Present' : 'Apologies' })
      .check();
  }
  await page.getByRole('tab', { name: 'Minutes' }).click();
  for (const [index, item] of EXAMPLE_ITEMS.entries()) {
    await openItem(page, index + 1, item.title);
    await notesField(page, index + 1).fill(item.notes);
  }
  await page.getByLabel('Date of next meeting').fill(EXAMPLE_BOARD.nextMeetingDate);
  await waitForSaved(page);

  await page.getByRole('tab', { name: 'Word and files' }).click();
  await expectAccessible(page);
  const exportButton = page.getByRole('button', { name: 'Export to Word…' });

  // Cancelled: nothing written, nothing said.
  dialogs.saveAnswers.push(null);
  await exportButton.click();
  await expect(exportButton).toBeEnabled();
  expect(dialogs.saveRequests.at(-1)?.defaultFileName).toBe(
    '2021-06-21 NHS Python Community Board - Meeting Summary.docx',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect((await readdir(dataFolder)).filter((name) => name.endsWith('.docx'))).toEqual([]);

  // A "folder" that cannot be written: a clear message, and a chance to choose another.
  const notAFolder = join(dataFolder, 'not-a-folder');
  await writeFile(notAFolder, 'a file, not a folder');
  dialogs.saveAnswers.push(join(notAFolder, 'minutes.docx'));
  await exportButton.click();
  await expect(page.getByRole('alert')).toContainText('not-a-folder');
  await expect(page.getByRole('alert')).toContainText(/choose another/i);

  const target = join(dataFolder, '2021-06-21 NHS Python Community Board - Meeting Summary.docx');
  dialogs.saveAnswers.push(target);
  await page.getByRole('button', { name: 'Choose another folder…' }).click();
  await expect(
    page.getByText(/^Saved 2021-06-21 NHS Python Community Board - Meeting Summary\.docx/),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  const bytes = await readFile(target);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const history = page.getByRole('table', { name: 'Documents exported from this meeting' });
  await expect(history.getByRole('row', { name: /Meeting Summary\.docx/ })).toContainText(sha256);
  await screenshot(page, '16-export');

  const document = await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string');
  for (const text of [
    'Alex Cheung',
    'Sophie Williams',
    'Guy’s &amp; St. Thomas NHS Foundation Trust',
    ...EXAMPLE_ITEMS.map((item) => item.title),
  ]) {
    expect(document).toContain(text);
  }
  const headers = await Promise.all(
    Object.values((await JSZip.loadAsync(bytes)).files)
      .filter((file) => /word\/header\d*\.xml$/.test(file.name))
      .map((file) => file.async('string')),
  );
  expect(headers.join('')).toContain('DRAFT');

  // The same meeting as a meeting file.
  const jsonTarget = join(dataFolder, 'meeting.json');
  dialogs.saveAnswers.push(jsonTarget);
  await page.getByRole('button', { name: 'Save meeting file…' }).click();
  await expect(page.getByText('Saved meeting.json.')).toBeVisible();
  expect(existsSync(jsonTarget)).toBe(true);
  const file = meetingFileSchema.parse(JSON.parse(await readFile(jsonTarget, 'utf8')));
  expect(file.board).toBe(EXAMPLE_BOARD.name);
  expect(file.attendance.filter((person) => person.status === 'present')).toHaveLength(9);
  expect(file.attendance.find((person) => person.chair)?.name).toBe('Alex Cheung');
  expect(file.items.map((item) => item.notes)).toEqual(EXAMPLE_ITEMS.map((item) => item.notes));
  expect(file.nextMeetingDate).toBe(EXAMPLE_BOARD.nextMeetingDate);
});

test('a meeting file opens as a meeting of the board, people matched to the register', async ({
  page,
  dialogs,
}) => {
  await enterExampleBoard(page);
  await page.getByRole('tab', { name: 'Meetings' }).click();
  dialogs.openAnswers.push(join('tests', 'fixtures', 'nhs-python-board-2021-06-21.meeting.json'));
  await page.getByRole('button', { name: 'Open a meeting file…' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Meeting Summary · 21 June 2021' }),
  ).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Minutes' })).toHaveAttribute('aria-selected', 'true');
  for (const [index, item] of EXAMPLE_ITEMS.entries()) {
    await openItem(page, index + 1, item.title);
    await expect(notesField(page, index + 1)).toHaveValue(/\S/);
  }
  await page.getByRole('tab', { name: 'Attendance' }).click();
  for (const person of EXAMPLE_PEOPLE) {
    await expect(
      page
        .getByRole('radiogroup', { name: `Attendance of ${displayName(person)}` })
        .getByRole('radio', { checked: true }),
    ).toHaveAccessibleName(person.attendance === 'present' ? 'Present' : 'Apologies');
  }
  await expect(page.getByRole('row', { name: /^Alex Cheung/ })).toContainText('Chair');
});

test('a file that is not a meeting file is refused with a clear message', async ({
  page,
  dataFolder,
  dialogs,
}) => {
  await enterExampleBoard(page);
  await page.getByRole('tab', { name: 'Meetings' }).click();
  const notMinutes = join(dataFolder, 'shopping.json');
  await writeFile(notMinutes, '{"eggs": 12}');
  dialogs.openAnswers.push(notMinutes);
  await page.getByRole('button', { name: 'Open a meeting file…' }).click();
  await expect(page.getByRole('alert')).toContainText('shopping.json');
  await expect(page.getByText('No meetings yet.', { exact: false })).toBeVisible();
});
