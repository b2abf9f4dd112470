import { EXAMPLE_BOARD, EXAMPLE_PEOPLE } from '../fixtures/nhs-python-board';
import { EXAMPLE_ITEMS } from '../fixtures/nhs-python-minutes';
import { displayName, enterExampleBoard } from './helpers/board';
import { addAgendaItems, notesField, openItem, planMeeting, waitForSaved } from './helpers/meeting';
import { expect, expectAccessible, screenshot, test } from './fixtures';

test('a minute-taker reproduces the example meeting, and all of it is there after a reload', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await enterExampleBoard(page);
  await planMeeting(page, { date: EXAMPLE_BOARD.meetingDate });
  await expect(
    page.getByRole('heading', { level: 1, name: 'Meeting Summary · 21 June 2021' }),
  ).toBeVisible();
  await addAgendaItems(
    page,
    EXAMPLE_ITEMS.map((item) => item.title),
  );
  await expectAccessible(page);
  await screenshot(page, '10-agenda');

  await page.getByRole('tab', { name: 'Attendance' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Not quorate.' })).toBeVisible();
  for (const [index, person] of EXAMPLE_PEOPLE.entries()) {
    const row = page.getByRole('row', {
      name: new RegExp(`^${displayName(person).replace(/[.'()]/g, '\\$&')}`),
    });
    if (index % 2 === 0) {
      // One key marks a member: focus the row's choices and press P or A.
      await row.getByRole('radio', { name: 'Present' }).focus();
      await page.keyboard.press(person.attendance === 'present' ? 'p' : 'a');
    } else {
      await row
        .getByRole('radio', { name: person.attendance === 'present' ? 'Present' : 'Apologies' })
        .check();
    }
  }
  for (const person of EXAMPLE_PEOPLE) {
    const label = `Attendance of ${displayName(person)}`;
    await expect(
      page.getByRole('radiogroup', { name: label }).getByRole('radio', { checked: true }),
    ).toHaveAccessibleName(person.attendance === 'present' ? 'Present' : 'Apologies');
  }
  await expect(page.getByRole('row', { name: /^Alex Cheung/ })).toContainText('Chair');
  await expect(page.getByRole('status').filter({ hasText: 'Quorate.' })).toHaveText(
    'Quorate. 9 voting members present; 5 needed.',
  );
  await expectAccessible(page);
  await screenshot(page, '11-attendance');

  await page.getByRole('button', { name: 'Start meeting' }).click();
  await expect(page.getByRole('tab', { name: 'Minutes' })).toHaveAttribute('aria-selected', 'true');
  for (const [index, item] of EXAMPLE_ITEMS.entries()) {
    await openItem(page, index + 1, item.title);
    await notesField(page, index + 1).fill(item.notes);
  }
  await page.getByLabel('Date of next meeting').fill(EXAMPLE_BOARD.nextMeetingDate);
  await expect(page.getByText('Next meeting planned for 27 July 2021.')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '12-live-minutes');
  await page.getByRole('button', { name: 'End meeting' }).click();
  await waitForSaved(page);

  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Meeting Summary · 21 June 2021' }),
  ).toBeVisible();
  await expect(page.getByText('Draft minutes')).toBeVisible();
  for (const [index, item] of EXAMPLE_ITEMS.entries()) {
    await openItem(page, index + 1, item.title);
    await expect(notesField(page, index + 1)).toHaveValue(item.notes);
  }
  await expect(page.getByLabel('Date of next meeting')).toHaveValue(EXAMPLE_BOARD.nextMeetingDate);

  await page.getByRole('tab', { name: 'Attendance' }).click();
  for (const person of EXAMPLE_PEOPLE) {
    const label = `Attendance of ${displayName(person)}`;
    await expect(
      page.getByRole('radiogroup', { name: label }).getByRole('radio', { checked: true }),
    ).toHaveAccessibleName(person.attendance === 'present' ? 'Present' : 'Apologies');
  }

  await page.getByRole('button', { name: /All meetings of/ }).click();
  const meetings = page.getByRole('table');
  await expect(meetings.getByRole('row', { name: /27 July 2021/ })).toContainText('Planned');
  await expect(meetings.getByRole('row', { name: /21 June 2021/ })).toContainText('Draft minutes');
});
