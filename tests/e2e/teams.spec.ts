import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { EXAMPLE_PEOPLE } from '../fixtures/nhs-python-board';
import { openDocx } from '../support/docx-reader';
import { teamsFixture } from '../support/teams-fixtures';
import { displayName, enterExampleBoard } from './helpers/board';
import { addAgendaItems, planMeeting, waitForSaved } from './helpers/meeting';
import { expect, expectAccessible, screenshot, test } from './fixtures';

const TEAMS_LINK =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NHSPyBoard2707%40thread.v2/0';
/** On the common NHS laptop and larger screens: nothing wider than the window. */
async function lookAt(page: Page, name: string, target: Locator) {
  for (const [width, height] of [
    [1093, 614],
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await target.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/${name}-${width}x${height}.png` });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} at ${width}x${height} is wider than the window`).toBeLessThanOrEqual(
      0,
    );
  }
  await page.setViewportSize({ width: 1360, height: 900 });
}

const AGENDA = [
  'Welcome and apologies',
  'Minutes of the previous meeting',
  'Community engagement strategy',
  'Terms of Reference',
  'Any other business',
];

test('a meeting on Teams: invitation, attendance report and transcript drafts into the minutes', async ({
  page,
  dataFolder,
  dialogs,
}) => {
  test.setTimeout(300_000);
  await enterExampleBoard(page);
  // The Chair's and the Secretary's e-mail addresses, as a secretary would add them.
  for (const [name, email, role] of [
    ['Alex Cheung', 'alex.cheung@nhs.net', ''],
    ['Haris Shuaib', 'haris.shuaib@nhs.net', 'Secretary'],
  ] as const) {
    await page.getByRole('button', { name: `Edit ${name}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email (optional)').fill(email);
    if (role) await dialog.getByLabel('Role on the board').selectOption(role);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
  }

  await planMeeting(page, { date: '2021-07-27', location: TEAMS_LINK });
  await page.getByLabel('Starts at').fill('14:00');
  await page.getByLabel('Ends at').fill('15:30');
  await addAgendaItems(page, AGENDA);
  // Arouba sent apologies, recorded by hand before the meeting.
  await page.getByRole('tab', { name: 'Attendance' }).click();
  const arouba = EXAMPLE_PEOPLE.find((person) => person.fullName === 'Arouba Zubair');
  if (!arouba) throw new Error('Arouba is in the example board');
  await page
    .getByRole('radiogroup', { name: `Attendance of ${displayName(arouba)}` })
    .getByRole('radio', { name: 'Apologies' })
    .check();
  await waitForSaved(page);

  // The invitation.
  await page.getByRole('tab', { name: 'Teams' }).click();
  await expect(
    page.getByText(/No e-mail address in the register for .*Mark A\. Bailey/),
  ).toBeVisible();
  const icsPath = join(dataFolder, 'board-meeting.ics');
  dialogs.saveAnswers.push(icsPath);
  await page.getByRole('button', { name: 'Save calendar invitation' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved board-meeting.ics' }),
  ).toBeVisible();
  const calendar = new ICAL.Component(ICAL.parse(await readFile(icsPath, 'utf8')));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
  expect(event.startDate.toString()).toBe('2021-07-27T14:00:00');
  expect(event.startDate.zone?.tzid).toBe('Europe/London');
  expect(event.organizer).toBe('mailto:haris.shuaib@nhs.net');
  expect(event.attendees.map((attendee) => String(attendee.getFirstValue()))).toEqual([
    'MAILTO:alex.cheung@nhs.net',
  ]);
  expect(event.description).toContain('3. Community engagement strategy');
  const uid = event.uid;
  expect(event.sequence).toBe(0);

  // The agenda e-mail: a draft opened in the mail program, never sent by the app.
  await page.getByRole('button', { name: 'E-mail the agenda' }).click();
  await expect(
    page.getByText('The agenda is open as a draft in your mail program. Nothing is sent until'),
  ).toBeVisible();
  expect(dialogs.mailDrafts).toHaveLength(1);
  const mail = new URL(dialogs.mailDrafts[0] ?? '');
  expect(mail.protocol).toBe('mailto:');
  expect(decodeURIComponent(mail.pathname).split(',')).toContain('alex.cheung@nhs.net');
  expect(mail.searchParams.get('subject')).toBe('Agenda: NHS Python Community Board, 27 July 2021');
  expect(mail.searchParams.get('body')).toContain('3. Community engagement strategy');

  // The attendance report: previewed, with the hand-set apologies kept unless replaced.
  dialogs.openAnswers.push(teamsFixture('attendance-2021-07-27.utf16.csv'));
  await page.getByRole('button', { name: 'Import attendance report' }).click();
  const preview = page.getByRole('table', { name: 'Participants in the attendance report' });
  await expect(preview).toBeVisible();
  await expect(page.getByText(/10 participants, 8 matched, 2 not matched/)).toBeVisible();
  await expect(
    preview
      .getByRole('row', { name: /Bailey, Mark \(NHS England\)/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('Mark A. Bailey, by name');
  await expect(preview.getByRole('row', { name: /Craig Shenton/ })).toContainText('joined 2 times');
  const replaceArouba = page.getByRole('checkbox', { name: /Replace “sent apologies”.*Arouba/ });
  await expect(replaceArouba).not.toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'Add Tom Hughes as in attendance' }),
  ).toBeChecked();
  await screenshot(page, 'teams-attendance-preview');
  await lookAt(page, 'teams-attendance-preview', preview);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Apply attendance' }).click();
  await expect(
    page.getByText(/Attendance recorded for 7 people, 2 added as in attendance; 1 kept/),
  ).toBeVisible();
  await waitForSaved(page);

  // The transcript: drafts, accepted one by one into two items.
  dialogs.openAnswers.push(teamsFixture('transcript-2021-07-27.vtt'));
  await page.getByRole('button', { name: 'Import transcript' }).click();
  await expect(page.getByText(/24 passages, split into 5 items/)).toBeVisible();
  // A wrong split is corrected by dragging the bar where an item starts, or by the keyboard.
  const termsStart = page.getByRole('slider', { name: 'Start of item 4' });
  await expect(termsStart).toHaveAttribute('aria-valuenow', '17');
  await termsStart.evaluate((bar) => bar.scrollIntoView({ block: 'center' }));
  const bar = await termsStart.boundingBox();
  if (!bar) throw new Error('the boundary bar is on screen');
  await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
  await page.mouse.down();
  await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2 + 30, { steps: 6 });
  await expect(page.getByText('Release to start item 4 at passage 19')).toBeVisible();
  await screenshot(page, 'teams-boundary-dragging');
  await page.mouse.up();
  await expect(termsStart).toHaveAttribute('aria-valuenow', '19');
  const termsRegion = page.getByRole('region', { name: /Item 4: Terms of Reference/ });
  await expect(termsRegion.getByText(/^Starts at /)).not.toContainText('Now to item four');
  await expect(termsStart).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(termsStart).toHaveAttribute('aria-valuenow', '18');
  await page.keyboard.press('ArrowUp');
  await expect(termsStart).toHaveAttribute('aria-valuenow', '17');
  await expect(termsRegion.getByText(/^Starts at /)).toContainText('Now to item four');
  await lookAt(page, 'teams-boundary', termsStart);
  await expectAccessible(page);
  const strategy = page.getByRole('region', { name: /Item 3: Community engagement strategy/ });
  await expect(
    strategy.getByText('Spoke: Mary Amanuel, Alex Cheung, Arouba Zubair, Tom Hughes'),
  ).toBeVisible();
  await strategy
    .getByRole('button', { name: /Accept decision: The board approved the engagement strategy/ })
    .click();
  await strategy.getByRole('button', { name: /Accept action: I will draft the schedule/ }).click();
  await strategy.getByRole('button', { name: /Reject action: Arouba will contact/ }).click();
  const terms = page.getByRole('region', { name: /Item 4: Terms of Reference/ });
  await terms.getByRole('button', { name: /Accept decision: Then it was agreed to adopt/ }).click();
  await terms.getByRole('button', { name: /Accept key sentence: The main change is/ }).click();
  await expect(strategy.getByText('Rejected')).toBeVisible();
  await waitForSaved(page);
  await lookAt(page, 'teams-transcript-drafts', strategy);

  // The minutes carry only what was accepted.
  const docxPath = join(dataFolder, 'minutes.docx');
  dialogs.saveAnswers.push(docxPath);
  await page.getByRole('tab', { name: 'Word and files' }).click();
  await page.getByRole('button', { name: 'Export to Word…' }).click();
  await expect(page.getByText(/Saved minutes\.docx in/)).toBeVisible();
  // Kept for reading as pages: converted to PDF and looked at, as a Chair would before signing.
  await mkdir('test-results/screenshots', { recursive: true });
  await copyFile(docxPath, 'test-results/screenshots/teams-minutes.docx');
  const docx = await openDocx(await readFile(docxPath));
  const text = docx.paragraphs.map((paragraph) => paragraph.text).join('\n');
  expect(text).toContain(
    'The board approved the engagement strategy, with recorded drop-in sessions added.',
  );
  // Worded as minutes: the owner "to" do it, not the "I will" that was said, and no "Then".
  expect(text).toContain('Mary Amanuel to draft the schedule for the drop-in sessions');
  expect(text).not.toMatch(/\bI will\b/);
  expect(text).toContain('It was agreed to adopt the terms of reference subject to that clause.');
  // Each accepted proposal once, and no transcript draft marker left in.
  expect(text.match(/drop-in sessions added/g)).toHaveLength(1);
  expect(text.match(/one-year terms/g)).toHaveLength(1);
  expect(text).not.toMatch(/\bDraft\b|Unknown speaker|Accepted/);
  expect(text).toContain('Craig R. Shenton: The main change is that members serve one-year terms');
  expect(text).not.toContain('Arouba will contact');
  expect(text).toContain('Tom Hughes');
  expect(text).toMatch(/Arouba Zubair/);

  // Changing the meeting and saving the invitation again updates the same event.
  await page.getByRole('tab', { name: 'Details and agenda' }).click();
  await page.getByLabel('Starts at').fill('14:30');
  await waitForSaved(page);
  await page.getByRole('tab', { name: 'Teams' }).click();
  dialogs.saveAnswers.push(icsPath);
  await page.getByRole('button', { name: 'Save calendar invitation' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /updates the invitation sent before/ }),
  ).toBeVisible();
  const updated = new ICAL.Event(
    new ICAL.Component(ICAL.parse(await readFile(icsPath, 'utf8'))).getFirstSubcomponent(
      'vevent',
    ) ?? undefined,
  );
  expect(updated.uid).toBe(uid);
  expect(updated.sequence).toBe(1);
});
