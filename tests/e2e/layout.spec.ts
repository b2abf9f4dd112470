import { EXAMPLE_BOARD, EXAMPLE_PEOPLE } from '../fixtures/nhs-python-board';
import { displayName, enterExampleBoard } from './helpers/board';
import { restoreTheYear } from './helpers/board-year';
import { checkScreen } from './helpers/layout';
import { notesField, planMeeting } from './helpers/meeting';
import { expect, test } from './fixtures';

/**
 * Every screen at every window size from the app's minimum to 1920×1080: nothing scrolls sideways,
 * nothing sticks out of its card, axe finds nothing. Screenshots go to test-results/layout/.
 */
test('every screen fits every window size, from the smallest laptop up', async ({ page }) => {
  // Sixteen screens at five sizes, each checked by axe: long on a busy machine.
  test.setTimeout(3_600_000);
  await page.goto('/');
  await expect(page.getByLabel('Board name')).toBeVisible({ timeout: 30_000 });
  await checkScreen(page, '01-first-board');

  await enterExampleBoard(page);
  await checkScreen(page, '02-register-and-board-details');

  await page.getByRole('button', { name: 'Edit Alex Cheung' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit Alex Cheung' })).toBeVisible();
  await checkScreen(page, '03-member-dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();

  await page.getByRole('tab', { name: 'Meetings' }).click();
  await page.getByRole('button', { name: 'Plan a meeting' }).click();
  await checkScreen(page, '04-plan-meeting');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await planMeeting(page, { date: EXAMPLE_BOARD.meetingDate, agenda: 'standard' });
  await page
    .getByLabel('Title of item 2')
    .fill('Minutes of the previous meeting, matters arising and the review of the action log');
  await checkScreen(page, '05-agenda-editor');

  await page.getByRole('tab', { name: 'Attendance' }).click();
  for (const person of EXAMPLE_PEOPLE)
    await page
      .getByRole('radiogroup', { name: `Attendance of ${displayName(person)}` })
      .getByRole('radio', { name: person.attendance === 'present' ? 'Present' : 'Apologies' })
      .check();
  await checkScreen(page, '06-attendance');

  await page.getByRole('button', { name: 'Start meeting' }).click();
  await notesField(page, 1).fill(
    'The Chair welcomed everyone.\nDECISION: The board agreed the terms of reference as circulated.\nACTION: Alex Cheung to circulate the terms of reference to all members by 31 August 2021.',
  );
  await expect(
    page.getByRole('region', { name: 'Actions on item 1' }).getByRole('listitem'),
  ).toHaveCount(1);
  await checkScreen(page, '07-live-minutes');

  await page.getByRole('button', { name: 'End meeting' }).click();
  await page.getByRole('tab', { name: 'Word and files' }).click();
  await checkScreen(page, '08-export');
  await page.getByRole('tab', { name: 'Sign-off' }).click();
  await checkScreen(page, '09-sign-off');

  await page.getByRole('button', { name: /All meetings of/ }).click();
  await checkScreen(page, '10-meetings-list');
  await page.getByRole('tab', { name: 'Action log' }).click();
  await checkScreen(page, '11-action-log');
  await page.getByRole('tab', { name: 'Documents' }).click();
  await checkScreen(page, '12-documents');

  await page.getByRole('searchbox', { name: 'Search the minutes' }).fill('terms of reference');
  await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
  await checkScreen(page, '13-search');
  await page.getByRole('searchbox', { name: 'Search the minutes' }).press('Escape');

  await page.getByRole('button', { name: 'Import past minutes' }).click();
  await checkScreen(page, '14-import');
  await page
    .getByRole('navigation', { name: 'Boards' })
    .getByRole('button', { name: 'Backup and restore' })
    .click();
  await checkScreen(page, '15-backups');
});

test('the standing records and the Teams screens fit every window size, with a year of meetings', async ({
  page,
  dataFolder,
  dialogs,
}) => {
  test.setTimeout(3_600_000);
  await restoreTheYear(page, dataFolder, dialogs.openAnswers);

  await page.getByRole('tab', { name: 'Attendance record' }).click();
  await expect(page.getByRole('table').first()).toBeVisible();
  await checkScreen(page, '17-attendance-record');
  await page.getByRole('tab', { name: 'Interests' }).click();
  await checkScreen(page, '18-register-of-interests');

  await page.getByRole('tab', { name: 'Meetings' }).click();
  await page
    .getByRole('button', { name: /21 June 2021/ })
    .first()
    .click();
  await page.getByRole('tab', { name: 'Teams' }).click();
  await checkScreen(page, '19-teams');
});
