import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCertificate } from '../../src/main/signing/certificates';
import { signDocument } from '../../src/main/signing/signer';
import { verifyDocument } from '../../src/main/signing/verifier';
import { changeZipEntry, testIdentity } from '../support/signing';
import { EXAMPLE_BOARD, EXAMPLE_PEOPLE } from '../fixtures/nhs-python-board';
import { createBoard, displayName, enterExampleBoard } from './helpers/board';
import { notesField } from './helpers/meeting';
import { minuteTheJuneMeeting } from './helpers/sign-off';
import { expect, expectAccessible, screenshot, test } from './fixtures';

const ITEMS = ['Welcome and Check-in', 'Terms of Reference'];

test('minutes are approved, made read-only, signed, checked against the archive and reopened', async ({
  page,
  dataFolder,
  dialogs,
}) => {
  test.setTimeout(180_000);
  await minuteTheJuneMeeting(page, ITEMS);

  // Approval, at the next meeting.
  await page.getByRole('tab', { name: 'Sign-off' }).click();
  await expect(page.getByLabel('Approving meeting')).toHaveValue(/.+/);
  await expect(page.getByLabel('Approving meeting').locator('option:checked')).toHaveText(
    'Meeting Summary · 27 July 2021',
  );
  await expect(page.getByLabel('Date approved')).toHaveValue('2021-07-27');
  await page.getByLabel('Amendments agreed').fill('Item 2: “draft” changed to “final”.');
  await page.getByLabel('Recorded by').fill('Alex Cheung');
  await expectAccessible(page);
  await screenshot(page, '20-sign-off-approval');
  await page.getByRole('button', { name: 'Record approval' }).click();
  await expect(page.locator('.badge--status-approved')).toHaveText('Approved');

  // Approved minutes are read-only everywhere.
  await page.getByRole('tab', { name: 'Details and agenda' }).click();
  await expect(page.getByLabel('Title of item 1')).toBeDisabled();
  await expect(page.getByText('These minutes are approved and cannot be edited.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add item' })).toBeDisabled();
  await expect(page.getByRole('listitem', { name: /^Item 1:/ })).toHaveAttribute(
    'draggable',
    'false',
  );
  await expectAccessible(page);
  await screenshot(page, '20b-locked-agenda');
  await page.getByRole('tab', { name: 'Attendance' }).click();
  await expect(
    page
      .getByRole('radiogroup', {
        name: `Attendance of ${displayName(EXAMPLE_PEOPLE[0] ?? { title: '', fullName: '', postNominals: '' })}`,
      })
      .getByRole('radio', { name: 'Present' }),
  ).toBeDisabled();
  await expectAccessible(page);
  await page.getByRole('tab', { name: 'Minutes' }).click();
  await expect(notesField(page, 1)).not.toBeEditable();

  // A signing identity for the Chair.
  await page.getByRole('tab', { name: 'Sign-off' }).click();
  await page.getByLabel('Signer’s name').fill('Alex Cheung');
  await page.getByLabel('Signer’s role').fill('Chair');
  await page.getByLabel('Organisation').fill('NHSE/I');
  await page.getByRole('button', { name: 'Create identity' }).click();
  await expect(page.getByText('Created an identity for Alex Cheung.')).toBeVisible();
  const identities = page.getByRole('table', { name: 'Identities on this computer' });
  await expect(identities.getByRole('row', { name: /Alex Cheung/ })).toContainText(
    /([0-9A-F]{2}:){31}[0-9A-F]{2}/,
  );

  // Export for signing, and sign.
  // One save dialog: the signed copy goes beside the exported minutes.
  const exported = join(dataFolder, 'minutes.docx');
  const signedPath = join(dataFolder, 'minutes (signed).docx');
  dialogs.saveAnswers.push(exported);
  await page.getByRole('button', { name: 'Export for signing and sign…' }).click();
  await expect(
    page.getByText(/^Signed by Alex Cheung: saved minutes \(signed\)\.docx/),
  ).toBeVisible();
  await expect(page.locator('.badge--status-signed')).toHaveText('Signed');
  expect(dialogs.saveRequests).toHaveLength(1);
  const signatures = page.getByRole('table', { name: 'Signatures recorded' });
  await expect(signatures.getByRole('row', { name: /Alex Cheung, Chair/ })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '21-sign-off-signed');

  // The real verifier agrees, and the sign-off block names the Chair.
  const report = await verifyDocument(await readFile(signedPath));
  expect(report.allValid).toBe(true);
  expect(report.signatures.map((each) => each.signer.commonName)).toEqual(['Alex Cheung']);
  await expect(signatures).toContainText(report.fileSha256);

  // Checked in the app, from the board's documents.
  await page.getByRole('button', { name: /All meetings of/ }).click();
  await page.getByRole('tab', { name: 'Documents' }).click();
  dialogs.openAnswers.push(signedPath);
  await page.getByRole('button', { name: 'Check a document’s signatures…' }).click();
  const checked = page.getByRole('table', { name: 'Signatures on minutes (signed).docx' });
  const row = checked.getByRole('row', { name: /Alex Cheung/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText(
    /^Valid: signed on \d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d UTC \(the time is the signer's own computer clock, not a trusted timestamp\)\.$/,
  );
  // Who signed, by certificate: the fingerprint, and that it is Alex's known certificate.
  await expect(row.getByRole('rowheader')).toContainText(
    `Certificate SHA-256 ${report.signatures[0]?.certificate?.fingerprintSha256 ?? 'missing'}`,
  );
  await expect(row.getByRole('rowheader')).toContainText(
    'A certificate this archive knows for Alex Cheung.',
  );
  await expect(row.getByRole('cell').nth(2)).toHaveText('No');
  await expect(row.getByRole('cell').nth(3)).toContainText('Matches the record');
  await expect(page.getByText('is a file recorded in the archive')).toBeVisible();
  await page.getByLabel('Members in office on').fill(EXAMPLE_BOARD.nextMeetingDate);
  await expect(
    page.getByText(`1 of ${EXAMPLE_PEOPLE.length} members in office on 27 July 2021 has signed`),
  ).toBeVisible();
  await expectAccessible(page);
  await checked.scrollIntoViewIfNeeded();
  await screenshot(page, '22-documents-check');

  // A correction: reopened with a reason, the signed version kept.
  await page.getByRole('tab', { name: 'Meetings' }).click();
  await page.getByRole('button', { name: '21 June 2021' }).click();
  await page.getByRole('tab', { name: 'Sign-off' }).click();
  await page.getByLabel('Reason for reopening (required)').fill('');
  await page.getByLabel('Recorded by').fill('Sophie Williams');
  await page.getByRole('button', { name: 'Reopen minutes' }).click();
  await expect(page.getByRole('alert')).toContainText('Say why');
  await page
    .getByLabel('Reason for reopening (required)')
    .fill('The date of the next meeting was wrong.');
  await page.getByRole('button', { name: 'Reopen minutes' }).click();
  await expect(page.locator('.badge--status-draft')).toHaveText('Draft minutes');
  const audit = page.getByRole('table', { name: 'Audit trail' });
  await expect(audit.getByRole('row', { name: /Reopened/ })).toContainText(
    'The date of the next meeting was wrong.',
  );
  await expect(audit.getByRole('row', { name: /Reopened/ })).toContainText('Sophie Williams');
  await expect(audit.getByRole('row', { name: /Approved/ })).toContainText('Alex Cheung');
  await expect(audit.getByRole('row', { name: /Signed/ })).toContainText('Alex Cheung');
  const versions = page.getByRole('table', { name: 'Earlier versions' });
  await expect(versions.getByRole('row', { name: /Version 1/ })).toContainText('Signed');
  // The frozen version is exactly the data that was signed: the same SHA-256.
  const signedData = /Data ([0-9a-f]{64})/.exec(
    (await signatures.getByRole('row', { name: /Alex Cheung, Chair/ }).textContent()) ?? '',
  )?.[1];
  expect(signedData).toMatch(/^[0-9a-f]{64}$/);
  await expect(versions.getByRole('row', { name: /Version 1/ })).toContainText(
    `${signedData ?? ''}The data signed by Alex Cheung`,
  );
  await expect(page.getByText('This is version 2 of the minutes.')).toBeVisible();
  await expectAccessible(page);
  await versions.scrollIntoViewIfNeeded();
  await screenshot(page, '23-sign-off-reopened');

  // The reopened draft can be edited again.
  await page.getByRole('tab', { name: 'Details and agenda' }).click();
  await expect(page.getByLabel('Title of item 1')).toBeEnabled();
});

/** A board document made elsewhere, as Word would save it. */
async function termsOfReference(path: string): Promise<void> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Terms of Reference', heading: 'Title' }),
          new Paragraph('The board meets monthly. Five members in office make a quorum.'),
        ],
      },
    ],
  });
  await writeFile(path, await Packer.toBuffer(document));
}

test('any board document can be signed by several members and checked', async ({
  page,
  dataFolder,
  dialogs,
}) => {
  test.setTimeout(120_000);
  const original = join(dataFolder, 'Terms of Reference.docx');
  const once = join(dataFolder, 'Terms of Reference (signed).docx');
  const twice = join(dataFolder, 'Terms of Reference (signed twice).docx');
  const tampered = join(dataFolder, 'Terms of Reference (changed).docx');
  await termsOfReference(original);

  await enterExampleBoard(page);
  await page.getByRole('tab', { name: 'Documents' }).click();
  await expect(page.getByText('Create or import a signing identity first.')).toBeVisible();
  await expectAccessible(page);
  for (const name of ['Alex Cheung', 'Sophie Williams']) {
    await page.getByLabel('Signer’s name').fill(name);
    await page.getByLabel('Organisation').fill('NHS Python Community');
    await page.getByRole('button', { name: 'Create identity' }).click();
    await expect(page.getByText(`Created an identity for ${name}.`)).toBeVisible();
  }
  const identities = page.getByRole('table', { name: 'Identities on this computer' });
  await expect(identities.getByRole('row')).toHaveCount(3);

  // Cancelling the choice of document signs nothing.
  await page.getByRole('button', { name: 'Sign another document…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Signed by' })).toHaveCount(0);

  dialogs.openAnswers.push(original);
  dialogs.saveAnswers.push(once);
  await page.getByLabel('Sign as').selectOption({ label: 'Alex Cheung' });
  await page.getByRole('button', { name: 'Sign another document…' }).click();
  await expect(
    page.getByText(/saved Terms of Reference \(signed\)\.docx with 1 signature\./),
  ).toBeVisible();

  dialogs.openAnswers.push(once);
  dialogs.saveAnswers.push(twice);
  await page.getByLabel('Sign as').selectOption({ label: 'Sophie Williams' });
  await page.getByRole('button', { name: 'Sign another document…' }).click();
  await expect(page.getByText(/with 2 signatures\./)).toBeVisible();

  const report = await verifyDocument(await readFile(twice));
  expect(report.allValid).toBe(true);
  expect(report.signatures).toHaveLength(2);

  dialogs.openAnswers.push(twice);
  await page.getByRole('button', { name: 'Check a document’s signatures…' }).click();
  const checked = page.getByRole('table', {
    name: /^Signatures on Terms of Reference \(signed twice\)/,
  });
  for (const name of ['Alex Cheung', 'Sophie Williams']) {
    await expect(
      checked
        .getByRole('row', { name: new RegExp(name) })
        .getByRole('cell')
        .nth(1),
    ).toHaveText(/^Valid: signed on /);
  }
  await page.getByLabel('Members in office on').fill(EXAMPLE_BOARD.nextMeetingDate);
  await expect(
    page.getByText(`2 of ${EXAMPLE_PEOPLE.length} members in office on 27 July 2021 have signed`),
  ).toBeVisible();
  // Each signature is matched to its own record: Alex signed the copy Sophie then countersigned.
  await expect(
    checked
      .getByRole('row', { name: /Alex Cheung/ })
      .getByRole('cell')
      .nth(3),
  ).toContainText('made on another copy (Terms of Reference (signed).docx)');
  await expect(
    checked
      .getByRole('row', { name: /Sophie Williams/ })
      .getByRole('cell')
      .nth(3),
  ).toHaveText(/^Matches the record of [^,]+, \d\d:\d\d$/);
  await expect(page.getByRole('list', { name: 'Archive records of this file' })).toContainText(
    'A board document, Terms of Reference (signed twice).docx, signed by Sophie Williams',
  );
  await expectAccessible(page);
  // The check's answer replaces the message of the signing before it.
  await expect(
    page.getByRole('status').filter({ hasText: /^Signed by Sophie Williams/ }),
  ).toHaveCount(0);

  // One word changed after signing: every signature fails, and the archive knows no such file.
  const zip = await JSZip.loadAsync(await readFile(twice));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  zip.file('word/document.xml', xml.replace('monthly', 'weekly'));
  await writeFile(tampered, await zip.generateAsync({ type: 'nodebuffer' }));
  dialogs.openAnswers.push(tampered);
  await page.getByRole('button', { name: 'Check a document’s signatures…' }).click();
  const changed = page.getByRole('table', {
    name: /^Signatures on Terms of Reference \(changed\)/,
  });
  const row = changed.getByRole('row', { name: /Alex Cheung/ });
  await expect(row.getByRole('cell').nth(1)).toContainText('Not valid');
  await expect(row.getByRole('cell').nth(2)).toHaveText('Yes');
  await expect(row.getByRole('cell').nth(3)).toHaveText('No matching record');
  await expect(page.getByText('No record in the archive matches')).toBeVisible();
  await expect(
    page.getByText(`0 of ${EXAMPLE_PEOPLE.length} members in office on 27 July 2021 have signed`),
  ).toBeVisible();
  await changed.scrollIntoViewIfNeeded();
  await screenshot(page, '24-documents-changed');

  // The changed text signed again with a new key that calls itself Alex Cheung: the signature
  // holds, but the certificate is not Alex's, so the app says so and counts nobody.
  const impostor = await testIdentity({
    name: 'Alex Cheung',
    role: 'Chair',
    organisation: 'NHS Python Community',
  });
  const unsigned = await changeZipEntry(await readFile(original), 'word/document.xml', (text) =>
    text.replace('monthly', 'weekly'),
  );
  const resigned = join(dataFolder, 'Terms of Reference (re-signed).docx');
  await writeFile(resigned, (await signDocument(unsigned, impostor, { reason: 'Approved' })).bytes);
  dialogs.openAnswers.push(resigned);
  await page.getByRole('button', { name: 'Check a document’s signatures…' }).click();
  const resignedRow = page
    .getByRole('table', { name: /^Signatures on Terms of Reference \(re-signed\)/ })
    .getByRole('row', { name: /Alex Cheung/ });
  await expect(resignedRow.getByRole('cell').nth(1)).toHaveText(/^Valid: signed on /);
  await expect(resignedRow.getByRole('rowheader')).toContainText(
    `Certificate SHA-256 ${parseCertificate(impostor.certificatePem).fingerprintSha256}`,
  );
  await expect(resignedRow.getByRole('rowheader')).toContainText(
    'Signed with a certificate this archive does not know for Alex Cheung: check the fingerprint with them.',
  );
  // Counted on the day the board was in office (the check counts on the day it was signed).
  await page.getByLabel('Members in office on').fill(EXAMPLE_BOARD.nextMeetingDate);
  await expect(
    page.getByText(`0 of ${EXAMPLE_PEOPLE.length} members in office on 27 July 2021 have signed`),
  ).toBeVisible();
  await resignedRow.scrollIntoViewIfNeeded();
  await screenshot(page, '24b-documents-resigned-by-another-key');
});

test.describe('on a computer without a key store', () => {
  test.use({ keyProtection: 'passphrase' });

  test('a passphrase protects the key and is asked for at each signature', async ({
    page,
    dataFolder,
    dialogs,
  }) => {
    const original = join(dataFolder, 'Terms of Reference.docx');
    const signedPath = join(dataFolder, 'Terms of Reference (signed).docx');
    await termsOfReference(original);
    await page.goto('/');
    await createBoard(page, EXAMPLE_BOARD.name);
    await page.getByRole('tab', { name: 'Documents' }).click();

    await page.getByLabel('Signer’s name').fill('Alex Cheung');
    await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
    await page.getByLabel('Passphrase again').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Create identity' }).click();
    await expect(page.getByRole('alert')).toContainText('type it twice the same');
    await page.getByLabel('Passphrase again').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create identity' }).click();
    await expect(page.getByText('Created an identity for Alex Cheung.')).toBeVisible();
    await expectAccessible(page);

    // A wrong passphrase fails before any file is chosen or written.
    await page.getByLabel('Passphrase of the signing key').fill('wrong passphrase');
    dialogs.openAnswers.push(original);
    await page.getByRole('button', { name: 'Sign another document…' }).click();
    await expect(page.getByRole('alert')).toContainText('passphrase');
    await expect(page.getByRole('alert')).toContainText('not right');
    expect(dialogs.saveRequests).toHaveLength(0);

    await page.getByLabel('Passphrase of the signing key').fill('correct horse battery');
    dialogs.openAnswers.length = 0;
    dialogs.openAnswers.push(original);
    dialogs.saveAnswers.push(signedPath);
    await page.getByRole('button', { name: 'Sign another document…' }).click();
    await expect(
      page.getByText(/saved Terms of Reference \(signed\)\.docx with 1 signature\./),
    ).toBeVisible();
    expect((await verifyDocument(await readFile(signedPath))).allValid).toBe(true);
  });
});
