import type { Page } from '@playwright/test';
import { EXAMPLE_BOARD, EXAMPLE_PEOPLE } from '../../fixtures/nhs-python-board';
import { expect } from '../fixtures';
import { displayName, enterExampleBoard } from './board';
import { addAgendaItems, notesField, openItem, planMeeting, waitForSaved } from './meeting';

/** The example board's 21 June meeting, minuted and ended, with 27 July planned as the next one. */
export async function minuteTheJuneMeeting(page: Page, items: readonly string[]): Promise<void> {
  await enterExampleBoard(page);
  await planMeeting(page, { date: EXAMPLE_BOARD.meetingDate });
  await addAgendaItems(page, items);
  await page.getByRole('tab', { name: 'Attendance' }).click();
  for (const person of EXAMPLE_PEOPLE) {
    await page
      .getByRole('radiogroup', { name: `Attendance of ${displayName(person)}` })
      .getByRole('radio', { name: person.attendance === 'present' ? 'Present' : 'Apologies' })
      .check();
  }
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await openItem(page, 1, items[0] ?? '');
  await notesField(page, 1).fill('The Chair welcomed attendees to the board.');
  await page.getByLabel('Date of next meeting').fill(EXAMPLE_BOARD.nextMeetingDate);
  await expect(page.getByText('Next meeting planned for 27 July 2021.')).toBeVisible();
  await page.getByRole('button', { name: 'End meeting' }).click();
  await waitForSaved(page);
}

/** Opens a meeting of the board from its list of meetings, from a meeting or the board's page. */
export async function openMeeting(page: Page, date: string, tab: string): Promise<void> {
  const back = page.getByRole('button', { name: /All meetings of/ });
  if ((await back.count()) > 0) await back.click();
  await page.getByRole('tab', { name: 'Meetings' }).click();
  await page.getByRole('button', { name: date }).click();
  await page.getByRole('tab', { name: tab }).click();
}

/** Creates a signing identity on the Sign-off or Documents tab. */
export async function createIdentity(page: Page, name: string, role: string): Promise<void> {
  await page.getByLabel('Signer’s name').fill(name);
  await page.getByLabel('Signer’s role').fill(role);
  await page.getByLabel('Organisation').fill('NHSE/I');
  await page.getByRole('button', { name: 'Create identity' }).click();
  await expect(page.getByText(`Created an identity for ${name}.`)).toBeVisible();
}
