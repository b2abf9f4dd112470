import type { Page } from '@playwright/test';
import { enterExampleBoard } from './helpers/board';
import { expect, expectAccessible, screenshot, test } from './fixtures';

function searchBox(page: Page) {
  return page.getByRole('search', { name: 'Archive' }).getByRole('searchbox', {
    name: 'Search the minutes',
  });
}

function results(page: Page) {
  return page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
}

test('the search finds the register of interests and attendance, and opens them at the member', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await enterExampleBoard(page);

  // An interest declared in the board's first year (its members' term has since ended).
  await page.getByRole('tab', { name: 'Interests' }).click();
  await page.getByLabel('Register as at').fill('2021-07-01');
  await page.getByLabel('Member', { exact: true }).selectOption({ label: 'Alex Cheung' });
  await page.getByLabel('Description').fill('Trustee of the hospice');
  await page.getByLabel('Organisation', { exact: true }).fill('Riverside Hospice');
  await page.getByLabel('Declared on').fill('2021-07-01');
  await page.getByRole('button', { name: 'Add to register' }).click();
  await expect(page.getByRole('region', { name: /^Alex Cheung/ })).toContainText(
    'Trustee of the hospice',
  );
  await page.getByLabel('Register as at').fill('2026-01-01');

  // The organisation finds the entry, which opens the register at the member, on a day it is on it.
  await searchBox(page).fill('riverside');
  const entry = results(page).first();
  await expect(entry).toContainText(
    'NHS Python Community Board · Register of interests · Declared 1 July 2021',
  );
  await expect(entry.getByRole('button', { name: 'Alex Cheung: Riverside Hospice' })).toBeVisible();
  await expect(entry).toContainText('Trustee of the hospice');
  await expectAccessible(page);
  await page.setViewportSize({ width: 1093, height: 614 });
  await screenshot(page, 'search-register-of-interests');
  await entry.getByRole('button', { name: 'Alex Cheung: Riverside Hospice' }).click();
  await expect(page.getByRole('tab', { name: 'Interests' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByLabel('Register as at')).toHaveValue('2021-07-01');
  await expect(page.getByRole('heading', { name: /^Alex Cheung/ })).toBeFocused();
  await screenshot(page, 'search-opened-register-at-member');

  // An edit reaches the search: the entry ended is found with its end.
  const alex = page.getByRole('region', { name: /^Alex Cheung/ });
  await alex
    .getByLabel(/Ended on/)
    .first()
    .fill('2021-12-31');
  await expect(async () => {
    await searchBox(page).fill('');
    await searchBox(page).fill('hospice');
    await expect(results(page).first()).toContainText('ended 31 December 2021');
  }).toPass({ timeout: 20_000 });

  // A member's name finds their attendance over their term.
  await searchBox(page).fill('Cheung');
  const attendance = results(page).filter({ hasText: 'Attendance record' });
  await expect(attendance.first()).toContainText(
    'Alex Cheung: attendance, term 21 June 2021 to 20 June 2022',
  );
  await expect(attendance.first()).toContainText('No meeting was held while in office.');
  await attendance.first().getByRole('button').click();
  await expect(page.getByRole('heading', { name: 'Attendance record' })).toBeFocused();
  await expect(page.getByLabel('Period').locator('option:checked')).toHaveText('Any dates…');
  await expect(page.getByLabel('From')).toHaveValue('2021-06-21');
  await expect(page.getByLabel('To')).toHaveValue('2022-06-20');
});
