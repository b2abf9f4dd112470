import type { Page } from '@playwright/test';
import { readJournalledNotes } from '../../src/main/journal/notes-journal';
import { EXAMPLE_BOARD } from '../fixtures/nhs-python-board';
import { enterExampleBoard } from './helpers/board';
import { addAgendaItems, notesField, openItem, planMeeting, waitForSaved } from './helpers/meeting';
import { expect, expectAccessible, screenshot, test } from './fixtures';

async function startMinutes(page: Page, date: string, titles: readonly string[]): Promise<void> {
  await planMeeting(page, { date });
  await addAgendaItems(page, titles);
  await page.getByRole('button', { name: 'Start meeting' }).click();
}

test('notes typed just before a reload are all there afterwards', async ({ page, dataFolder }) => {
  await enterExampleBoard(page);
  await startMinutes(page, EXAMPLE_BOARD.meetingDate, ['Terms of Reference']);
  const notes = notesField(page, 1);
  await notes.click();
  await page.keyboard.type('The Terms of Reference were discussed. ');
  await page.waitForTimeout(600);
  // Typed within the last half second, then the window reloads at once.
  await page.keyboard.type('Members sit for one year.');
  await page.reload();
  await expect(notesField(page, 1)).toHaveValue(
    'The Terms of Reference were discussed. Members sit for one year.',
  );
  // Whatever the journal restored is written to the database, and the journal emptied.
  await expect.poll(() => readJournalledNotes(dataFolder).length).toBe(0);
  await page.reload();
  await expect(notesField(page, 1)).toHaveValue(
    'The Terms of Reference were discussed. Members sit for one year.',
  );
});

test('actions and decisions typed in the notes are recorded, corrected, logged and followed up', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await enterExampleBoard(page);
  await startMinutes(page, EXAMPLE_BOARD.meetingDate, ['Terms of Reference', 'Questions/AOB']);
  await openItem(page, 1, 'Terms of Reference');
  const notes = notesField(page, 1);
  await notes.fill('The Terms of Reference were discussed.\n');
  await notes.press('End');
  // Alt+D starts a decision line; Alt+A an action line.
  await page.keyboard.press('Alt+KeyD');
  await page.keyboard.type('Board members sit for a term of one year.');
  await page.keyboard.press('Alt+KeyA');
  await page.keyboard.type(
    'Craig to circulate the Terms of Reference for signature by 31 August 2021',
  );
  await expect(notes).toHaveValue(
    'The Terms of Reference were discussed.\nDECISION: Board members sit for a term of one year.\nACTION: Craig to circulate the Terms of Reference for signature by 31 August 2021',
  );

  const decisions = page.getByRole('region', { name: 'Decisions on item 1' });
  await expect(decisions.getByRole('listitem')).toHaveText([
    'Board members sit for a term of one year.',
  ]);
  const actions = page.getByRole('region', { name: 'Actions on item 1' });
  await expect(actions.getByRole('listitem')).toHaveCount(1);
  await expect(actions.getByLabel('Owner of action 1 on item 1')).toHaveValue(/.+/);
  await expect(
    actions.getByLabel('Owner of action 1 on item 1').locator('option:checked'),
  ).toHaveText('Craig R. Shenton, PhD');
  await expect(actions.getByLabel('Due date of action 1 on item 1')).toHaveValue('2021-08-31');

  // The secretary corrects the owner; editing the line afterwards keeps the correction.
  await actions.getByLabel('Owner of action 1 on item 1').selectOption({ label: 'Alex Cheung' });
  await notes.press('End');
  await page.keyboard.type(' at the latest');
  await expect(actions.getByRole('listitem')).toContainText('by 31 August 2021 at the latest');
  await expect(
    actions.getByLabel('Owner of action 1 on item 1').locator('option:checked'),
  ).toHaveText('Alex Cheung');
  // A six-digit year in the due date is shown with a message and not stored.
  const due = actions.getByLabel('Due date of action 1 on item 1');
  await due.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('202111');
  await expect(
    actions.getByText('The year must have four digits, for example 2021.'),
  ).toBeVisible();
  await expect(due).toHaveValue('202111-08-31');
  await expectAccessible(page);
  await screenshot(page, '13-recognised-records');
  await due.fill('2021-08-31');
  await expect(actions.getByText('The year must have four digits')).toHaveCount(0);
  await expect(due).toHaveValue('2021-08-31');

  // Alt+↓ moves to the next item.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('heading', { level: 2, name: '2. Questions/AOB' })).toBeVisible();
  await page.getByLabel('Outcome of item 2').selectOption('Deferred to the next meeting');
  await page.getByLabel('Date of next meeting').fill('2021-07-27');
  await expect(page.getByText('Next meeting planned for 27 July 2021.')).toBeVisible();
  await page.getByRole('button', { name: 'End meeting' }).click();
  await waitForSaved(page);

  // The board-wide action log, filtered.
  await page.getByRole('button', { name: /All meetings of/ }).click();
  await page.getByRole('tab', { name: 'Action log' }).click();
  const log = page.getByRole('region', { name: 'Action log' });
  await expect(log.getByRole('row', { name: /Craig to circulate/ })).toBeVisible();
  await log.getByLabel('Owner', { exact: true }).selectOption({ label: 'Alex Cheung' });
  await expect(log.getByRole('status')).toHaveText('1 of 1 action');
  await log.getByLabel('Owner', { exact: true }).selectOption({ label: 'Mary Amanuel' });
  await expect(log.getByRole('status')).toHaveText('0 of 1 action');
  await log.getByLabel('Owner', { exact: true }).selectOption('');
  await log.getByRole('checkbox', { name: 'Overdue only' }).check();
  await expect(log.getByRole('row', { name: /Craig to circulate/ })).toContainText('Overdue');
  // Each action names the item that raised it, read from its meeting's minutes.
  await expect(log.getByRole('row', { name: /Craig to circulate/ })).toContainText(
    'Item 1. Terms of Reference',
  );
  await expectAccessible(page);
  await screenshot(page, '14-action-log');

  // The next meeting was planned with the deferred item, and its matters arising lists the open action.
  await page.getByRole('tab', { name: 'Meetings' }).click();
  await page.getByRole('button', { name: '27 July 2021' }).click();
  await expect(page.getByLabel('Title of item 5')).toHaveValue('Questions/AOB');
  await page.getByRole('tab', { name: 'Minutes' }).click();
  await openItem(page, 4, 'Matters arising and action log');
  const arising = page.getByRole('region', { name: 'Actions from earlier meetings' });
  await expect(arising.getByRole('listitem')).toContainText(
    'Craig to circulate the Terms of Reference',
  );
  await arising.getByLabel('Status of earlier action 1').selectOption('Done');
  await arising.getByLabel('Update on earlier action 1').fill('Circulated on 20 July.');
  await waitForSaved(page);
  await page.reload();
  await openItem(page, 4, 'Matters arising and action log');
  await expect(page.getByLabel('Status of earlier action 1')).toHaveValue('done');
  await expect(page.getByLabel('Update on earlier action 1')).toHaveValue('Circulated on 20 July.');
});

test('the agenda is reordered with the keyboard and by dragging, and keeps its order', async ({
  page,
}) => {
  await enterExampleBoard(page);
  await planMeeting(page, { date: EXAMPLE_BOARD.meetingDate, agenda: 'standard' });
  const titles = () =>
    page
      .getByLabel(/^Title of item \d+$/)
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  await expect
    .poll(titles)
    .toEqual([
      'Welcome and apologies',
      'Declarations of interest',
      'Minutes of the previous meeting',
      'Matters arising and action log',
      'Any other business',
      'Date of next meeting',
    ]);
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByLabel('Title of item 5')).toHaveValue('');
  await page.getByLabel('Title of item 5').fill('Terms of Reference');

  await page.getByLabel('Title of item 5').press('Alt+ArrowUp');
  await expect(page.getByLabel('Title of item 4')).toHaveValue('Terms of Reference');
  await expect(page.getByLabel('Title of item 4')).toBeFocused();
  await page.getByRole('button', { name: 'Move Terms of Reference down' }).click();
  await expect(page.getByLabel('Title of item 5')).toHaveValue('Terms of Reference');

  await page
    .getByRole('listitem', { name: 'Item 7: Date of next meeting' })
    .dragTo(page.getByRole('listitem', { name: 'Item 1: Welcome and apologies' }));
  await expect(page.getByLabel('Title of item 1')).toHaveValue('Date of next meeting');
  await waitForSaved(page);
  await page.reload();
  await expect
    .poll(titles)
    .toEqual([
      'Date of next meeting',
      'Welcome and apologies',
      'Declarations of interest',
      'Minutes of the previous meeting',
      'Matters arising and action log',
      'Terms of Reference',
      'Any other business',
    ]);
});

test('guests, late arrivals and declarations of interest are recorded', async ({ page }) => {
  await enterExampleBoard(page);
  await planMeeting(page, { date: EXAMPLE_BOARD.meetingDate, agenda: 'standard' });
  await page.getByRole('tab', { name: 'Attendance' }).click();
  await page.getByLabel('Guest’s name').fill('Zoë Núñez');
  await page.getByLabel('Guest’s organisation').fill('NHS England');
  await page.getByLabel('Attending as').fill('Presenter');
  await page.getByRole('button', { name: 'Add guest' }).click();
  await expect(page.getByText('Zoë Núñez – NHS England (Presenter)')).toBeVisible();
  await page
    .getByRole('group', { name: 'Items Zoë Núñez attended' })
    .getByRole('checkbox', { name: 'Item 4' })
    .check();

  const juan = page.getByRole('row', { name: /^Juan Adriano/ });
  await juan.getByRole('radio', { name: 'Present' }).check();
  await juan.getByLabel('Juan Adriano arrived during').selectOption('Arrived during item 3');

  await page
    .getByLabel('Member declaring')
    .selectOption({ label: 'Haris Shuaib, MPhys MSc MIPEM MFCI' });
  await page
    .getByLabel('Item concerned')
    .selectOption({ label: 'Item 4: Matters arising and action log' });
  await page.getByLabel('Nature of the interest').fill('Employed by a supplier named in the paper');
  await page.getByRole('button', { name: 'Record declaration' }).click();
  await expectAccessible(page);
  await screenshot(page, '15-guests-declarations');
  await waitForSaved(page);

  await page.reload();
  await expect(page.getByText('Zoë Núñez – NHS England (Presenter)')).toBeVisible();
  await expect(
    page
      .getByRole('group', { name: 'Items Zoë Núñez attended' })
      .getByRole('checkbox', { name: 'Item 4' }),
  ).toBeChecked();
  await expect(page.getByLabel('Juan Adriano arrived during')).toHaveValue(/.+/);
  await expect(
    page.getByText(
      'Haris Shuaib, MPhys MSc MIPEM MFCI, Item 4: Matters arising and action log: Employed by a supplier',
    ),
  ).toBeVisible();

  // The declaration shows on its item while minuting.
  await page.getByRole('tab', { name: 'Minutes' }).click();
  await openItem(page, 4, 'Matters arising and action log');
  await expect(page.getByRole('note')).toContainText(
    'Haris Shuaib, MPhys MSc MIPEM MFCI (Employed by a supplier named in the paper)',
  );
});
