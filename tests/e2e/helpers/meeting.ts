import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

export async function planMeeting(
  page: Page,
  {
    date,
    location = 'MS Teams',
    agenda = 'empty',
  }: { date: string; location?: string; agenda?: 'standard' | 'empty' },
): Promise<void> {
  await page.getByRole('tab', { name: 'Meetings' }).click();
  await page.getByRole('button', { name: 'Plan a meeting' }).click();
  await page.getByLabel('Date', { exact: true }).fill(date);
  await page.getByLabel('Location or channel').fill(location);
  await page
    .getByRole('radio', { name: agenda === 'standard' ? /The standard agenda/ : 'An empty agenda' })
    .check();
  await page.getByRole('button', { name: 'Plan meeting' }).click();
  await expect(page.getByRole('tab', { name: 'Details and agenda' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
}

export async function addAgendaItems(page: Page, titles: readonly string[]): Promise<void> {
  for (const title of titles) {
    const count = await page
      .getByRole('listitem')
      .filter({ has: page.getByLabel(/^Title of item/) })
      .count();
    await page.getByRole('button', { name: 'Add item' }).click();
    await page.getByLabel(`Title of item ${count + 1}`).fill(title);
  }
}

export function notesField(page: Page, number: number) {
  return page.getByLabel(`Notes for item ${number}`);
}

export async function openItem(page: Page, number: number, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Agenda items' })
    .getByRole('button', { name: `${number}. ${title}` })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: `${number}. ${title}` })).toBeVisible();
}

export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('All changes saved');
}
