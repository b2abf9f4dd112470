import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openDocx } from '../support/docx-reader';
import { EXAMPLE_PEOPLE } from '../fixtures/nhs-python-board';
import { displayName } from './helpers/board';
import { checkScreen } from './helpers/layout';
import { notesField, openItem, waitForSaved } from './helpers/meeting';
import { createIdentity, minuteTheJuneMeeting, openMeeting } from './helpers/sign-off';
import { expect, expectAccessible, screenshot, test } from './fixtures';

const ITEMS = ['Welcome and Check-in', 'Terms of Reference'];
const PREVIOUS = 'Minutes of the previous meeting';

test('signed minutes are locked, refuse edits, are reopened, and are cited by the next meeting', async ({
  page,
  dataFolder,
  dialogs,
}) => {
  // Signing, and the locked minutes checked at every window size with axe: long on a busy machine.
  test.setTimeout(600_000);
  await minuteTheJuneMeeting(page, ITEMS);

  // At the next meeting, the previous minutes are approved from their agenda item in one step.
  await openMeeting(page, '27 July 2021', 'Details and agenda');
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await openItem(page, 3, PREVIOUS);
  const record = page.getByRole('region', { name: /^Minutes of 21 June 2021/ });
  await expect(record.getByText('Draft minutes')).toBeVisible();
  await expect(record).toContainText('Not yet approved.');
  await record
    .getByLabel('Amendments agreed to the previous minutes')
    .fill('Item 2: “draft” changed to “final”.');
  await record.getByLabel('Approval recorded by').fill('Alex Cheung');
  await expectAccessible(page);
  await screenshot(page, '25-previous-minutes-approve');
  await record.getByRole('button', { name: 'Record approval of the previous minutes' }).click();
  await expect(record).toContainText(
    'Approved on 27 July 2021, at this meeting, with amendments: Item 2: “draft” changed to “final”.',
  );
  await expect(record.getByText('Approved', { exact: true })).toBeVisible();
  await expect(record.getByRole('button', { name: /Record approval/ })).toHaveCount(0);
  await waitForSaved(page);

  // Back at 21 June: signed by the Chair, then locked.
  await openMeeting(page, '21 June 2021', 'Sign-off');
  await expect(page.locator('.badge--status-approved')).toHaveText('Approved');
  const audit = page.getByRole('table', { name: 'Audit trail' });
  await expect(audit.getByRole('row', { name: /Approved/ })).toContainText(
    'Approved at the meeting of 27 July 2021, with amendments',
  );
  await createIdentity(page, 'Alex Cheung', 'Chair');
  const signedPath = join(dataFolder, 'minutes (signed).docx');
  dialogs.saveAnswers.push(join(dataFolder, 'minutes.docx'));
  await page.getByRole('button', { name: 'Export for signing and sign…' }).click();
  await expect(
    page.getByText(/^Signed by Alex Cheung: saved minutes \(signed\)\.docx/),
  ).toBeVisible();
  await expect(page.locator('.badge--status-signed')).toHaveText('Signed');
  // One save dialog: the signed copy went beside the exported minutes without asking again.
  expect(dialogs.saveRequests).toHaveLength(1);
  const fileSha256 = createHash('sha256')
    .update(await readFile(signedPath))
    .digest('hex');

  const lock = page.getByRole('form', { name: 'Lock minutes' });
  await expect(lock).toContainText('Everyone who is to sign has signed.');
  await expect(lock).toContainText(`SHA-256 ${fileSha256.slice(0, 12)}…`);
  await lock.getByRole('button', { name: 'Lock minutes' }).click();
  await expect(lock.getByRole('alert')).toContainText('Say who is locking the minutes');
  await lock.getByLabel('Locked by').fill('Sophie Williams');
  await expectAccessible(page);
  await lock.getByRole('button', { name: 'Lock minutes' }).click();
  await expect(page.locator('.badge--status-locked')).toHaveText('Signed and locked');
  await expect(audit.getByRole('row', { name: /Locked/ })).toContainText('Sophie Williams');
  await expect(audit.getByRole('row', { name: /Locked/ })).toContainText(fileSha256);
  const locked = page.getByRole('note').filter({ hasText: 'Locked by Sophie Williams' });
  await locked.getByText('Signed file').getByRole('group').click();
  await expect(locked.getByText(fileSha256, { exact: true })).toBeVisible();
  await expect(page.getByText('this version takes no more signatures')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export for signing and sign…' })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, '26-sign-off-locked');

  // Locked minutes refuse editing everywhere.
  await page.getByRole('tab', { name: 'Details and agenda' }).click();
  await expect(
    page.getByText('These minutes are signed and locked and cannot be edited.'),
  ).toBeVisible();
  await expect(page.getByLabel('Title of item 1')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Add item' })).toBeDisabled();
  await page.getByRole('tab', { name: 'Attendance' }).click();
  await expect(
    page
      .getByRole('radiogroup', {
        name: `Attendance of ${displayName(EXAMPLE_PEOPLE[0] ?? { title: '', fullName: '', postNominals: '' })}`,
      })
      .getByRole('radio', { name: 'Present' }),
  ).toBeDisabled();
  await page.getByRole('tab', { name: 'Minutes' }).click();
  await expect(notesField(page, 1)).not.toBeEditable();
  await expect(page.getByLabel('Date of next meeting')).toBeDisabled();
  await expect(page.getByLabel('Outcome of item 1')).toBeDisabled();
  // Read-only to the eye as well: no hint of shortcuts that would edit, at every window size.
  await expect(page.getByText('Alt+A adds an action')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Change attendance' })).toHaveCount(0);
  await expect(
    page.getByText('These minutes are signed and locked and cannot be edited.'),
  ).toBeVisible();
  await checkScreen(page, '16-locked-minutes');

  // The signed file, checked from the board's documents, is the locked record of 21 June.
  await page.getByRole('button', { name: /All meetings of/ }).click();
  await page.getByRole('tab', { name: 'Documents' }).click();
  dialogs.openAnswers.push(signedPath);
  await page.getByRole('button', { name: 'Check a document’s signatures…' }).click();
  const matches = page.getByRole('list', { name: 'Archive records of this file' });
  await expect(matches.getByRole('listitem')).toHaveText([
    /^The locked record of the minutes of 21 June 2021 \(Meeting Summary\), version 1, locked by Sophie Williams/,
    /^The copy of the minutes of 21 June 2021 \(Meeting Summary\), version 1, signed by Alex Cheung, Chair/,
  ]);
  // The unsigned export made for signing is known too, as an export of the approved minutes.
  dialogs.openAnswers.push(join(dataFolder, 'minutes.docx'));
  await page.getByRole('button', { name: 'Check a document’s signatures…' }).click();
  await expect(matches.getByRole('listitem')).toHaveText([
    /^The Word export \(formal minutes\) of the minutes of 21 June 2021 .* while the minutes were approved\.$/,
  ]);
  await expectAccessible(page);

  // The next meeting cites the signed, locked record, and its Word export says so in full.
  await openMeeting(page, '27 July 2021', 'Minutes');
  await openItem(page, 3, PREVIOUS);
  await expect(record.getByText('Signed and locked')).toBeVisible();
  await expect(record).toContainText('Locked by Sophie Williams');
  const signatures = record.getByRole('list', {
    name: 'Signatures on the minutes of 21 June 2021',
  });
  const row = signatures.getByRole('listitem').filter({ hasText: 'Alex Cheung, Chair' });
  await expect(row).toContainText(`SHA-256 ${fileSha256.slice(0, 12)}…`);
  await row.getByText(`SHA-256 ${fileSha256.slice(0, 12)}…`).click();
  await expect(row.getByText(fileSha256, { exact: true })).toBeVisible();
  await expectAccessible(page);
  await record.scrollIntoViewIfNeeded();
  await screenshot(page, '27-previous-minutes-cited');

  await page.getByRole('tab', { name: 'Word and files' }).click();
  const julyDocx = join(dataFolder, 'july.docx');
  dialogs.saveAnswers.push(julyDocx);
  await page.getByRole('button', { name: 'Export to Word…' }).click();
  await expect(page.getByText(/^Saved july\.docx/)).toBeVisible();
  const texts = (await openDocx(await readFile(julyDocx))).paragraphs.map((each) => each.text);
  const heading = texts.indexOf(`3.\t${PREVIOUS}`);
  expect(texts[heading + 1]).toBe(
    'The minutes of the meeting held on 21st June 2021 were approved as a correct record at the meeting held on 27th July 2021, with the following amendments: Item 2: “draft” changed to “final”.',
  );
  expect(texts[heading + 2]).toMatch(
    new RegExp(
      `^Signed by Alex Cheung, Chair, on \\d+\\w\\w \\w+ \\d{4}; signed document SHA-256 ${fileSha256}; meeting record SHA-256 [0-9a-f]{64}\\.$`,
    ),
  );

  // A correction: the locked minutes are reopened, with a reason, and become version 2.
  await openMeeting(page, '21 June 2021', 'Sign-off');
  await page
    .getByLabel('Reason for reopening (required)')
    .fill('The date of the next meeting was wrong.');
  await page.getByLabel('Recorded by').fill('Sophie Williams');
  await page.getByRole('button', { name: 'Reopen minutes' }).click();
  await expect(page.locator('.badge--status-draft')).toHaveText('Draft minutes');
  await expect(page.getByText('This is version 2 of the minutes.')).toBeVisible();
  const versions = page.getByRole('table', { name: 'Earlier versions' });
  await expect(versions.getByRole('row', { name: /Version 1/ })).toContainText('Signed and locked');
  await expect(audit.getByRole('row', { name: /Reopened/ })).toContainText(
    'The date of the next meeting was wrong.',
  );
  await page.getByRole('tab', { name: 'Details and agenda' }).click();
  await expect(page.getByLabel('Title of item 1')).toBeEnabled();

  // The next meeting sees the corrected minutes as not yet approved, ready to approve again.
  await openMeeting(page, '27 July 2021', 'Minutes');
  await openItem(page, 3, PREVIOUS);
  await expect(record).toContainText('Not yet approved. This is version 2 of those minutes.');
  await expect(
    record.getByRole('button', { name: 'Record approval of the previous minutes' }),
  ).toBeVisible();
});
