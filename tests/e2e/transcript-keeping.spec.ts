import { teamsFixture } from '../support/teams-fixtures';
import { waitForSaved } from './helpers/meeting';
import { minuteTheJuneMeeting } from './helpers/sign-off';
import { expect, screenshot, test } from './fixtures';

test('the transcript is kept with the meeting until the minutes are approved, then deleted on record', async ({
  page,
  dialogs,
}) => {
  test.setTimeout(180_000);
  await minuteTheJuneMeeting(page, ['Welcome and Check-in', 'Terms of Reference']);

  await page.getByRole('tab', { name: 'Teams' }).click();
  const keep = page.getByLabel(
    'Keep the transcript with the meeting until the minutes are approved',
  );
  await expect(keep).toBeChecked();
  await expect(
    page.getByText(/deletes it when the minutes are approved\. UK governance guidance/),
  ).toBeVisible();
  dialogs.openAnswers.push(teamsFixture('transcript-2021-07-27.vtt'));
  await page.getByRole('button', { name: 'Import transcript' }).click();
  await expect(page.getByText(/24 passages, split into 2 items/)).toBeVisible();
  await page
    .getByRole('region', { name: /Item 2: Terms of Reference/ })
    .getByRole('button', { name: /Reject decision: Then it was agreed to adopt/ })
    .click();
  await waitForSaved(page);

  // Kept with the meeting: back after the app is closed and opened again, with the answer given.
  await page.reload();
  await page.getByRole('tab', { name: 'Teams' }).click();
  await expect(page.getByText(/transcript-2021-07-27\.vtt: 24 passages/)).toBeVisible();
  await expect(
    page.getByRole('region', { name: /Item 2: Terms of Reference/ }).getByText('Rejected'),
  ).toBeVisible();

  // The approval step of sign-off deletes it, and the meeting's page says when and why.
  await page.getByRole('tab', { name: 'Sign-off' }).click();
  await page.getByLabel('Recorded by').fill('Alex Cheung');
  await page.getByRole('button', { name: 'Record approval' }).click();
  await expect(page.locator('.badge--status-approved')).toHaveText('Approved');
  await page.getByRole('tab', { name: 'Teams' }).click();
  const deleted = page.getByRole('list', { name: 'Transcripts deleted' });
  await expect(deleted).toContainText(
    /The transcript transcript-2021-07-27\.vtt, imported on .+, was deleted on .+ when the minutes were approved at the meeting of 27 July 2021\./,
  );
  await expect(page.getByText(/24 passages/)).toBeHidden();
  await expect(
    page.getByText(/These minutes are approved, so the transcript is not kept/),
  ).toBeVisible();
  await page.setViewportSize({ width: 1093, height: 614 });
  await deleted.scrollIntoViewIfNeeded();
  await screenshot(page, 'transcript-deleted-on-approval');

  // The record stays; the transcript does not come back.
  await page.reload();
  await page.getByRole('tab', { name: 'Teams' }).click();
  await expect(page.getByRole('list', { name: 'Transcripts deleted' })).toBeVisible();
  await expect(page.getByText(/24 passages/)).toBeHidden();
});

test('with keeping turned off, the transcript lasts only for the drafting session', async ({
  page,
  dialogs,
}) => {
  test.setTimeout(180_000);
  await minuteTheJuneMeeting(page, ['Welcome and Check-in', 'Terms of Reference']);
  await page.getByRole('tab', { name: 'Teams' }).click();
  dialogs.openAnswers.push(teamsFixture('transcript-2021-07-27.vtt'));
  await page.getByRole('button', { name: 'Import transcript' }).click();
  await expect(page.getByText(/24 passages/)).toBeVisible();

  await page
    .getByLabel('Keep the transcript with the meeting until the minutes are approved')
    .uncheck();
  await expect(page.getByRole('list', { name: 'Transcripts deleted' })).toContainText(
    /when keeping transcripts until the minutes are approved was turned off\./,
  );
  // Still on screen for this session…
  await expect(page.getByText(/24 passages/)).toBeVisible();
  await expect(
    page.getByText(/The transcript is not kept: it is gone when you close it/),
  ).toBeVisible();
  // …and gone once the app is opened again.
  await page.reload();
  await page.getByRole('tab', { name: 'Teams' }).click();
  await expect(
    page.getByLabel('Keep the transcript with the meeting until the minutes are approved'),
  ).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Import transcript' })).toBeVisible();
  await expect(page.getByText(/24 passages/)).toBeHidden();
});
