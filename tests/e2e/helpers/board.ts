import type { Page } from '@playwright/test';
import { EXAMPLE_BOARD, EXAMPLE_PEOPLE, type ExamplePerson } from '../../fixtures/nhs-python-board';
import { expect } from '../fixtures';

export async function createBoard(page: Page, name: string, description = ''): Promise<void> {
  await page.getByLabel('Board name').fill(name);
  if (description) await page.getByLabel('Short description (optional)').fill(description);
  await page.getByRole('button', { name: 'Create board' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

export async function addMember(page: Page, person: ExamplePerson): Promise<void> {
  await page.getByRole('button', { name: 'Add member' }).click();
  const dialog = page.getByRole('dialog', { name: 'New member' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Full name')).toBeFocused();
  await dialog.getByLabel('Title').fill(person.title);
  await dialog.getByLabel('Full name').fill(person.fullName);
  await dialog.getByLabel('Post-nominals').fill(person.postNominals);
  await dialog.getByLabel('Organisation').fill(person.organisation);
  await dialog.getByLabel('Role on the board').selectOption(person.role);
  await dialog.getByLabel('Term starts').fill(EXAMPLE_BOARD.termStart);
  // The default term is one year, ending the day before the anniversary.
  await expect(dialog.getByLabel('Term ends')).toHaveValue(EXAMPLE_BOARD.termEnd);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
}

/** The example board with its ten people, entered through the register. */
export async function enterExampleBoard(page: Page): Promise<void> {
  await page.goto('/');
  await createBoard(page, EXAMPLE_BOARD.name, EXAMPLE_BOARD.description);
  for (const person of EXAMPLE_PEOPLE) await addMember(page, person);
}

export function displayName(
  person: Pick<ExamplePerson, 'title' | 'fullName' | 'postNominals'>,
): string {
  const name = [person.title, person.fullName].filter(Boolean).join(' ');
  return person.postNominals ? `${name}, ${person.postNominals}` : name;
}
