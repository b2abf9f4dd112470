import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArchiveTables } from '../../shared/backup';
import { writeFailure } from '../files/file-errors';
import { UserError } from '../user-error';
import { readBackupFile, writeBackupFile } from './backup-file';
import type { DecodedArchive } from './decode-archive';

/** How many daily backups are kept: two weeks of days the app was used. */
export const AUTOMATIC_BACKUPS_KEPT = 14;

const NAME = /^minute-book-(\d{4}-\d{2}-\d{2})\.minutebook$/;

export interface AutomaticBackup {
  fileName: string;
  date: string;
  bytes: number;
}

export function automaticBackupFolder(dataFolder: string): string {
  return join(dataFolder, 'backups');
}

/** The local calendar day, which is what "one a day" means to the person using the app. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Automatic backups in the data folder, newest first. */
export async function listAutomaticBackups(dataFolder: string): Promise<AutomaticBackup[]> {
  const folder = automaticBackupFolder(dataFolder);
  const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const backups: AutomaticBackup[] = [];
  for (const fileName of names) {
    const date = NAME.exec(fileName)?.[1];
    if (date === undefined) continue;
    const { size } = await stat(join(folder, fileName));
    backups.push({ fileName, date, bytes: size });
  }
  return backups.sort((a, b) => b.date.localeCompare(a.date));
}

/**
 * Writes today's backup (replacing one made earlier today, so it holds the day's latest state)
 * and then removes the oldest beyond the number kept. Removal comes only after the new file is
 * safely written, so a failure never leaves fewer backups than before.
 */
export async function writeAutomaticBackup(
  dataFolder: string,
  tables: ArchiveTables,
  now: Date,
  writtenBy: string,
): Promise<{ fileName: string; removed: string[] }> {
  const folder = automaticBackupFolder(dataFolder);
  const fileName = `minute-book-${localDay(now)}.minutebook`;
  await mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST')
      throw new UserError(
        `Minute Book cannot keep backups in ${folder}: a file of that name is in the way.`,
      );
    throw writeFailure(error, join(folder, fileName), 'write');
  });
  await writeBackupFile(join(folder, fileName), tables, {
    writtenBy,
    origin: 'automatic',
    createdAt: now.toISOString(),
  });
  const surplus = (await listAutomaticBackups(dataFolder)).slice(AUTOMATIC_BACKUPS_KEPT);
  for (const backup of surplus) await rm(join(folder, backup.fileName), { force: true });
  return { fileName, removed: surplus.map((backup) => backup.fileName) };
}

export function readAutomaticBackup(
  dataFolder: string,
  fileName: string,
  read: (path: string) => Promise<DecodedArchive> = readBackupFile,
): Promise<DecodedArchive> {
  return read(join(automaticBackupFolder(dataFolder), fileName));
}
