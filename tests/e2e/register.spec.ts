import type { Page } from '@playwright/test';
import { EXAMPLE_BOARD, EXAMPLE_PEOPLE, type ExamplePerson } from '../fixtures/nhs-python-board';
import { addMember, createBoard } from './helpers/board';
import { expect, expectAccessible, screenshot, test } from './fixtures';

function nameWithTitle(person: ExamplePerson): string {
  return [person.title, person.fullName].filter(Boolean).join(' ');
}

async function showInOfficeOn(page: Page, date: string): Promise<void> {
  await page.getByLabel('In office on date').fill(date);
  await expect(page.getByRole('radio', { name: 'Members in office on' })).toBeChecked();
}

function registerStatus(page: Page) {
  return page.getByRole('region', { name: 'Register of members' }).getByRole('status');
}

function registerRows(page: Page) {
  return page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });
}

test('a secretary enters the whole board, and it is all there after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to Minute Book' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '01-welcome');

  await createBoard(page, EXAMPLE_BOARD.name, EXAMPLE_BOARD.description);
  await expect(page.getByText('No members yet.')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('radio', { name: 'A fixed number of members present' }).check();
  await page.getByLabel('Minimum members present').fill('4');

  await page.getByRole('button', { name: 'Add member' }).click();
  await expectAccessible(page);
  await screenshot(page, '02-member-dialog');
  await page
    .getByRole('dialog', { name: 'New member' })
    .getByRole('button', { name: 'Done' })
    .click();
  // Nothing was typed, so no empty entry is left behind.
  await expect(page.getByText('No members yet.')).toBeVisible();

  for (const person of EXAMPLE_PEOPLE) await addMember(page, person);
  await expect(page.getByText('Everyone in the register is shown', { exact: false })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: EXAMPLE_BOARD.name })).toBeVisible();
  await page.getByRole('radio', { name: 'Everyone in the register' }).check();
  await expect(registerStatus(page)).toHaveText('10 people in the register, past and present');
  await expect(registerRows(page)).toHaveCount(EXAMPLE_PEOPLE.length);
  for (const person of EXAMPLE_PEOPLE) {
    const row = page.getByRole('row', {
      name: new RegExp(`^${nameWithTitle(person).replace(/[.']/g, '\\$&')}`),
    });
    await expect(row).toContainText(person.organisation);
    if (person.postNominals) await expect(row).toContainText(person.postNominals);
    await expect(row).toContainText(person.role);
    await expect(row).toContainText('21 Jun 2021 – 20 Jun 2022');
  }
  // The Chair heads the register.
  await expect(registerRows(page).first()).toContainText('Alex Cheung');
  await expect(page.getByLabel('Minimum members present')).toHaveValue('4');
  await expectAccessible(page);
  await screenshot(page, '03-register-everyone');

  await showInOfficeOn(page, '2021-08-01');
  await expect(registerStatus(page)).toHaveText('10 members in office on 1 August 2021');

  await page.getByRole('button', { name: 'Edit Juan Adriano' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Juan Adriano' });
  await dialog.getByLabel('Term ends').fill('2021-09-30');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  await page.reload();
  await showInOfficeOn(page, '2021-08-01');
  await expect(registerStatus(page)).toHaveText('10 members in office on 1 August 2021');
  await expect(page.getByRole('row', { name: /^Juan Adriano/ })).toBeVisible();

  await showInOfficeOn(page, '2021-10-01');
  await expect(registerStatus(page)).toHaveText('9 members in office on 1 October 2021');
  await expect(page.getByRole('row', { name: /^Juan Adriano/ })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /^Alex Cheung/ })).toBeVisible();
  await screenshot(page, '04-register-in-office');

  // Members whose term has ended stay in the register.
  await page.getByRole('radio', { name: 'Everyone in the register' }).check();
  await expect(page.getByRole('row', { name: /^Juan Adriano/ })).toContainText('30 Sept 2021');
});

test('several boards are kept side by side, each with its own register', async ({ page }) => {
  await page.goto('/');
  await createBoard(page, 'Quality Committee');
  const [chair] = EXAMPLE_PEOPLE;
  if (!chair) throw new Error('The example board has no members');
  await addMember(page, chair);

  await page
    .getByRole('navigation', { name: 'Boards' })
    .getByRole('button', { name: 'New board' })
    .click();
  await expect(page.getByRole('heading', { name: 'New board' })).toBeVisible();
  await createBoard(page, EXAMPLE_BOARD.name);
  await expect(page.getByText('No members yet.')).toBeVisible();

  const boards = page.getByRole('navigation', { name: 'Boards' });
  await boards.getByRole('button', { name: 'Quality Committee' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quality Committee' })).toBeVisible();
  await showInOfficeOn(page, '2021-08-01');
  await expect(registerStatus(page)).toHaveText('1 member in office on 1 August 2021');
  await expect(page.getByRole('row', { name: /^Alex Cheung/ })).toBeVisible();
  await expect(boards.getByRole('button', { name: 'Quality Committee' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  await page.reload();
  // The board that was open is open again.
  await expect(page.getByRole('heading', { level: 1, name: 'Quality Committee' })).toBeVisible();
  await expect(boards.getByRole('listitem')).toHaveCount(2);
});

test('the register works with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByLabel('Board name')).toBeFocused();
  await page.keyboard.type('Audit Committee');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit Committee' })).toBeVisible();

  const addButton = page.getByRole('button', { name: 'Add member' });
  for (
    let presses = 0;
    presses < 10 && !(await addButton.evaluate((el) => el === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(addButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('dialog', { name: 'New member' }).getByLabel('Full name'),
  ).toBeFocused();
  await page.keyboard.type('Zoë Núñez');
  await page.keyboard.press('Tab');
  await page.keyboard.type('MBBS FRCP');
  // Done keeps the new member (Escape would drop them: see register-dialogs.spec.ts).
  const done = page
    .getByRole('dialog', { name: 'New member' })
    .getByRole('button', { name: 'Done' });
  for (
    let presses = 0;
    presses < 30 && !(await done.evaluate((el) => el === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(done).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(addButton).toBeFocused();
  await expect(page.getByRole('row', { name: /^Zoë Núñez/ })).toContainText('MBBS FRCP');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('All changes saved');

  await page.reload();
  await expect(page.getByRole('row', { name: /^Zoë Núñez/ })).toContainText('MBBS FRCP');
});

test('a member cannot be left without a name, and removal asks first', async ({ page }) => {
  await page.goto('/');
  await createBoard(page, 'Audit Committee');
  await page.getByRole('button', { name: 'Add member' }).click();
  const dialog = page.getByRole('dialog', { name: 'New member' });
  await dialog.getByLabel('Organisation').fill('NHSX');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog.getByText('Enter the member’s full name before closing.')).toBeVisible();
  await expect(dialog.getByLabel('Full name')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Full name').fill('Mary Amanuel');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('row', { name: /^Mary Amanuel/ })).toBeVisible();

  await page.getByRole('button', { name: 'Edit Mary Amanuel' }).click();
  await page.getByRole('button', { name: 'Remove from register' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove from the register?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('row', { name: /^Mary Amanuel/ })).toBeVisible();
  await page.getByRole('button', { name: 'Remove from register' }).click();
  await page
    .getByRole('dialog', { name: 'Remove from the register?' })
    .getByRole('button', { name: 'Remove' })
    .click();
  await expect(page.getByRole('row', { name: /^Mary Amanuel/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('No members yet.')).toBeVisible();
});
