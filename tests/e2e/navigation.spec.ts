import type { Page } from '@playwright/test';
import { EXAMPLE_MINUTES_PATH } from '../support/example-minutes-path';
import { createBoard } from './helpers/board';
import { addAgendaItems, notesField, openItem, planMeeting, waitForSaved } from './helpers/meeting';
import { expect, test } from './fixtures';

const EXAMPLE_FILE = 'nhs-python-community-board-2021-06-21.md';

function searchBox(page: Page) {
  return page.getByRole('search', { name: 'Archive' }).getByRole('searchbox', {
    name: 'Search the minutes',
  });
}

function sidebar(page: Page) {
  return page.getByRole('navigation', { name: 'Boards' });
}

async function expectInMeeting(page: Page, tab: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: /21 June 2021/ })).toBeVisible();
  await expect(page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
}

test('tools and the search open over the meeting being minuted, and close back to it', async ({
  page,
  dialogs,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await createBoard(page, 'Quality Committee');
  await planMeeting(page, { date: '2021-06-21' });
  await addAgendaItems(page, ['Welcome', 'Waiting lists']);
  await page.getByRole('tab', { name: 'Minutes' }).click();
  await openItem(page, 2, 'Waiting lists');
  await notesField(page, 2).fill('The outpatient backlog fell by a fifth.');
  await waitForSaved(page);
  await expectInMeeting(page, 'Minutes');
  const board = sidebar(page).getByRole('button', { name: 'Quality Committee' });
  await expect(board).toHaveAttribute('aria-current', 'page');

  // An import under way stays as it is under a search, and closing it goes back to the meeting.
  await sidebar(page).getByRole('button', { name: 'Import past minutes' }).click();
  await expect(sidebar(page).getByRole('button', { name: 'Import past minutes' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(board).not.toHaveAttribute('aria-current', 'page');
  dialogs.importAnswers.push([EXAMPLE_MINUTES_PATH]);
  await page.getByRole('button', { name: 'Choose files…' }).click();
  const preview = page.getByRole('heading', { name: `Check what was read from ${EXAMPLE_FILE}` });
  await expect(preview).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('backlog');
  await expect(page.getByRole('heading', { level: 1, name: 'Search the minutes' })).toBeVisible();
  await expect(
    sidebar(page).getByRole('button', { name: 'Import past minutes' }),
  ).not.toHaveAttribute('aria-current', 'page');
  await page.getByRole('button', { name: '← Back to the board' }).click();
  await expect(preview).toBeVisible();
  // Escape from the box leaves the search as well, back to the same preview.
  await searchBox(page).fill('');
  await searchBox(page).press('ArrowDown');
  await expect(page.getByRole('heading', { level: 1, name: 'Search the minutes' })).toBeVisible();
  await searchBox(page).press('Escape');
  await expect(preview).toBeVisible();
  await page.getByRole('button', { name: 'Close import' }).click();
  await expectInMeeting(page, 'Minutes');

  // A new board, cancelled, goes back to the meeting too.
  await sidebar(page).getByRole('button', { name: 'New board' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New board' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expectInMeeting(page, 'Minutes');

  // A result opened from a search made over the backups page shows its meeting, not the backups.
  await sidebar(page).getByRole('button', { name: 'Backup and restore' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backup and restore' })).toBeVisible();
  await searchBox(page).fill('backlog');
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(results).toHaveCount(1);
  await results.first().getByRole('button').first().click();
  await expectInMeeting(page, 'Minutes');
  await expect(notesField(page, 2)).toHaveValue('The outpatient backlog fell by a fifth.');
  await expect(board).toHaveAttribute('aria-current', 'page');

  // The meeting and its tab are where a reload comes back to; the import does not come back.
  await page.getByRole('tab', { name: 'Attendance', exact: true }).click();
  await page.reload();
  await expectInMeeting(page, 'Attendance');
  await page.getByRole('button', { name: /All meetings of Quality Committee/ }).click();
  await expect(page.getByRole('tab', { name: 'Meetings' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await sidebar(page).getByRole('button', { name: 'Import past minutes' }).click();
  await expect(page.getByRole('button', { name: 'Choose files…' })).toBeVisible();
});

test('a place kept by the earlier release is opened, and a damaged one opens the register', async ({
  page,
}) => {
  await page.goto('/');
  await createBoard(page, 'Quality Committee');
  await page.evaluate(() =>
    localStorage.setItem(
      'minute-book:navigation',
      JSON.stringify({ boardTab: 'actions', meetingId: null, meetingTab: 'agenda' }),
    ),
  );
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Action log' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.evaluate(() => localStorage.setItem('minute-book:navigation', '{"place":'));
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Register' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});
