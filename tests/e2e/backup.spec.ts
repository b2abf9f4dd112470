import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { localDay } from '../../src/main/backup/automatic-backups';
import { readBackupFile } from '../../src/main/backup/backup-file';
import { formatLongDate } from '../../src/shared/model';
import { EXAMPLE_BOARD, EXAMPLE_PEOPLE } from '../fixtures/nhs-python-board';
import { addMember, createBoard } from './helpers/board';
import { addAgendaItems, notesField, openItem, planMeeting, waitForSaved } from './helpers/meeting';
import { expect, expectAccessible, screenshot, test } from './fixtures';

const NOTES = 'The board agreed to publish its Terms of Reference on the community website.';

/** A new computer, or a wiped profile: the app's own database and settings are gone. */
async function forgetEverything(page: Page): Promise<void> {
  await page.evaluate(async () => {
    localStorage.clear();
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase('minute-book');
      request.onsuccess = request.onerror = request.onblocked = () => resolve(null);
    });
  });
  await page.reload();
}

async function openBackups(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Boards' })
    .getByRole('button', { name: 'Backup and restore' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backup and restore' })).toBeVisible();
}

test('the archive is backed up each day and to a file, and restored whole after it is lost', async ({
  page,
  dataFolder,
  dialogs,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await createBoard(page, EXAMPLE_BOARD.name, EXAMPLE_BOARD.description);
  for (const person of EXAMPLE_PEOPLE.slice(0, 3)) await addMember(page, person);
  await planMeeting(page, { date: EXAMPLE_BOARD.meetingDate });
  await addAgendaItems(page, ['Terms of Reference']);
  await page.getByRole('tab', { name: 'Minutes' }).click();
  await openItem(page, 1, 'Terms of Reference');
  await notesField(page, 1).fill(NOTES);
  await waitForSaved(page);

  // Opening the app makes the day's automatic backup, with the notes just typed.
  await page.reload();
  await openBackups(page);
  const today = formatLongDate(localDay(new Date()));
  // The day's backup waits up to 30 s for the search to finish loading, longer on a busy machine.
  await expect(page.getByRole('row', { name: new RegExp(today) })).toBeVisible({ timeout: 60_000 });
  await expectAccessible(page);
  await screenshot(page, 'backups-page');

  // A backup to a file of the user's choosing.
  const backupPath = join(dataFolder, 'board archive.minutebook');
  dialogs.saveAnswers.push(backupPath);
  await page.getByRole('button', { name: 'Back up to a file…' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Backed up the whole archive' }),
  ).toContainText('board archive.minutebook');

  const { tables } = await readBackupFile(backupPath);
  expect(tables.agendaItems.map((item) => item.notes)).toEqual([NOTES]);

  // Restoring what is already here offers nothing to add.
  dialogs.openAnswers.push(backupPath);
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  const sameDialog = page.getByRole('dialog', { name: 'Restore board archive.minutebook?' });
  await expect(sameDialog).toContainText('Everything in this backup is already here.');
  await expect(sameDialog.getByRole('button', { name: 'Merge into my archive' })).toBeDisabled();
  await sameDialog.getByRole('button', { name: 'Cancel' }).click();

  await forgetEverything(page);
  await expect(page.getByRole('heading', { name: 'Or bring back an archive' })).toBeVisible();

  // Damaged and cut-short files are refused with a reason, and nothing changes.
  const damaged = join(dataFolder, 'damaged.minutebook');
  await writeFile(damaged, 'this is not a backup');
  dialogs.openAnswers.push(damaged);
  await page.getByRole('button', { name: 'Restore from a backup file…' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'This file is not a Minute Book backup. Nothing has been changed.',
  );
  const cut = join(dataFolder, 'cut.minutebook');
  const whole = await readFile(backupPath);
  await writeFile(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
  dialogs.openAnswers.push(cut);
  await page.getByRole('button', { name: 'Restore from a backup file…' }).click();
  await expect(page.getByRole('alert')).toContainText('This backup is incomplete');
  // A gzip bomb: a backup's first line, then 80 MB of zeros packed into a few dozen KB. It is
  // stopped at its first record's bound, without unpacking the rest.
  const bomb = join(dataFolder, 'bomb.minutebook');
  const header = JSON.stringify({
    format: 'minute-book.archive',
    version: 1,
    createdAt: '2026-11-24T09:00:00.000Z',
  });
  await writeFile(
    bomb,
    gzipSync(Buffer.concat([Buffer.from(`${header}\n`), Buffer.alloc(80 * 1024 * 1024)]), {
      level: 1,
    }),
  );
  dialogs.openAnswers.push(bomb);
  await page.getByRole('button', { name: 'Restore from a backup file…' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'This backup is damaged: one of its records is longer than any Minute Book writes. Nothing has been changed.',
  );
  await screenshot(page, 'backups-gzip-bomb-refused');
  await expect(page.getByRole('navigation', { name: 'Boards' }).getByRole('listitem')).toHaveCount(
    0,
  );

  // The day's automatic backup brings everything back.
  await page.getByRole('button', { name: `Restore the automatic backup of ${today}…` }).click();
  const dialog = page.getByRole('dialog', { name: /Restore minute-book-.*\.minutebook\?/ });
  await expect(dialog).toContainText(
    'Your archive is empty: everything in the backup will be restored.',
  );
  await expect(dialog).toContainText('1 board, 3 members, 1 meeting');
  await screenshot(page, 'backups-restore-dialog');
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();

  // Restoring writes every table in one transaction: give a busy machine time.
  await expect(page.getByRole('status').filter({ hasText: 'Restored from' })).toContainText(
    'added 1 board, 3 members, 1 meeting',
    { timeout: 30_000 },
  );
  await expect(page.getByRole('heading', { level: 1, name: EXAMPLE_BOARD.name })).toBeVisible();
  await page.getByRole('tab', { name: 'Meetings' }).click();
  await page
    .getByRole('button', { name: /21 June 2021/ })
    .first()
    .click();
  await page.getByRole('tab', { name: 'Minutes' }).click();
  await openItem(page, 1, 'Terms of Reference');
  await expect(notesField(page, 1)).toHaveValue(NOTES);
  await screenshot(page, 'backups-restored-minutes');
});

test('a backup double-clicked in the file manager opens the restore confirmation', async ({
  page,
  dataFolder,
  dialogs,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await createBoard(page, EXAMPLE_BOARD.name, EXAMPLE_BOARD.description);
  for (const person of EXAMPLE_PEOPLE.slice(0, 2)) await addMember(page, person);
  await openBackups(page);
  const backupPath = join(dataFolder, 'handover.minutebook');
  dialogs.saveAnswers.push(backupPath);
  await page.getByRole('button', { name: 'Back up to a file…' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Backed up the whole archive' }),
  ).toBeVisible();

  // The next secretary's computer: an empty app, started by opening the file.
  await forgetEverything(page);
  dialogs.openedFromSystem.push(backupPath);
  await page.reload();
  const dialog = page.getByRole('dialog', { name: 'Restore handover.minutebook?' });
  await expect(dialog).toContainText(
    'Your archive is empty: everything in the backup will be restored.',
  );
  await expect(dialog).toContainText('1 board, 2 members');
  await expectAccessible(page);
  await screenshot(page, 'backups-opened-from-file-manager');
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored from' })).toContainText(
    'added 1 board, 2 members',
  );

  // While the app runs, a damaged file opened from the file manager says why, and changes nothing.
  const damaged = join(dataFolder, 'damaged.minutebook');
  await writeFile(damaged, 'this is not a backup');
  dialogs.openedFromSystem.push(damaged);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(page.getByRole('heading', { level: 1, name: 'Backup and restore' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(
    'This file is not a Minute Book backup. Nothing has been changed.',
  );
  await expect(page.getByRole('navigation', { name: 'Boards' }).getByRole('listitem')).toHaveCount(
    1,
  );
});
