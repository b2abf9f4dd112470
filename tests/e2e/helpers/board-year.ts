import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeBackupFile } from '@main/backup/backup-file';
import { EXAMPLE_BOARD } from '../../fixtures/nhs-python-board';
import { exampleBoardYear } from '../../support/board-year';
import { expect } from '../fixtures';

/** A year of the example board's meetings, restored into the empty app from a backup file. */
export async function restoreTheYear(
  page: Page,
  dataFolder: string,
  openAnswers: Array<string | null>,
): Promise<void> {
  const backup = join(dataFolder, 'board-year.minutebook');
  await writeBackupFile(backup, exampleBoardYear(), {
    writtenBy: 'Minute Book test',
    origin: 'command-line',
    createdAt: new Date().toISOString(),
  });
  await page.goto('/');
  openAnswers.push(backup);
  await page.getByRole('button', { name: 'Restore from a backup file…' }).click();
  await page
    .getByRole('dialog', { name: 'Restore board-year.minutebook?' })
    .getByRole('button', { name: 'Restore', exact: true })
    .click();
  // The page reloads after a restore; on a loaded machine that can take a while.
  await expect(page.getByRole('heading', { level: 1, name: EXAMPLE_BOARD.name })).toBeVisible({
    timeout: 30_000,
  });
}
