import { createBoard } from './helpers/board';
import { expect, test } from './fixtures';

test('a secretary sets the board’s minute reference pattern, and a bad one is explained', async ({
  page,
}) => {
  await page.goto('/');
  await createBoard(page, 'NHS Python Community Board');
  const pattern = page.getByLabel('Minute reference pattern');
  // A board starts with its initials, the year, the month and the item.
  await expect(pattern).toHaveValue('NPCB/{yy}/{mm}/{nn}');
  await expect(page.getByText(/Item 3 of a meeting today: NPCB\/\d\d\/\d\d\/03\./)).toBeVisible();

  await pattern.fill('NPB/{yy}/{mm}');
  await expect(pattern).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText('Include the item number, {nn} or {n}, so each item has its own reference.'),
  ).toBeVisible();
  await pattern.fill('NPB/{year}/{nn}');
  await expect(page.getByText(/\{year\} is not a field/)).toBeVisible();
  for (const [width, height] of [
    [1093, 614],
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await pattern.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/minute-reference-${width}.png` });
    // The field, its hint and its error stay inside the panel at every size.
    const field = await pattern.locator('xpath=..').boundingBox();
    const panel = await page.getByRole('region', { name: 'Board details' }).boundingBox();
    expect(field && panel && field.x + field.width <= panel.x + panel.width).toBe(true);
  }

  // By keyboard: clear the field and type the board's own pattern.
  await pattern.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('NPB/{yy}/{mm}/{nn}');
  await expect(pattern).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/Item 3 of a meeting today: NPB\/\d\d\/\d\d\/03\./)).toBeVisible();
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('All changes saved');

  await page.reload();
  await expect(page.getByLabel('Minute reference pattern')).toHaveValue('NPB/{yy}/{mm}/{nn}');
});
