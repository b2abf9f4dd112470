import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  addImportedMeetings,
  countTables,
  describeCounts,
  emptyTables,
  type AddImportedOptions,
  type ImportedMeeting,
} from '@shared/backup';
import { readBackupFile, writeBackupFile } from '../../backup/backup-file';
import { UserError } from '../../user-error';
import { findFiles } from '../../import/find-files';
import { importFile } from '../../import/import-files';
import type { CliIo } from '../command';

/** What the command line writes into a backup's header, as the app writes its own name and version. */
export const CLI_WRITER = 'Minute Book command line';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Adds the meetings in files of minutes to a backup, creating it when absent. The backup is read
 * and checked whole first; a bad file of minutes is named and skipped, the good ones are added, and
 * the backup is replaced in one step, so a failure at any point leaves it as it was.
 */
export async function importInto(
  paths: string[],
  archivePath: string,
  io: CliIo,
  options: AddImportedOptions = {},
): Promise<number> {
  let archive = emptyTables();
  const isNew = !(await exists(archivePath));
  try {
    if (!isNew) archive = (await readBackupFile(archivePath)).tables;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr(`Cannot add to ${archivePath}: ${error.message}\n`);
    return 1;
  }

  const found = await findFiles(paths);
  let failed = found.problems.length;
  for (const { file, error } of found.problems) io.stderr(`Could not import ${file}: ${error}.\n`);
  const imported: ImportedMeeting[] = [];
  for (const file of found.files) {
    const result = await importFile(file);
    if (result.meeting) imported.push({ meeting: result.meeting, fileName: basename(file) });
    else {
      failed += 1;
      io.stderr(`Could not import ${file}: ${result.error ?? 'unknown problem'}.\n`);
    }
    for (const warning of result.warnings) io.stdout(`  ${basename(file)}: ${warning}\n`);
  }
  if (imported.length === 0) {
    io.stderr(`No meeting could be imported: ${archivePath} was not changed.\n`);
    return 1;
  }

  const { tables, plan } = addImportedMeetings(
    archive,
    imported,
    randomUUID,
    new Date().toISOString(),
    options,
  );
  try {
    await writeBackupFile(archivePath, tables, {
      writtenBy: CLI_WRITER,
      origin: 'command-line',
      createdAt: new Date().toISOString(),
    });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr(`${error.message}\n`);
    return 1;
  }
  const already = plan.meetingsAlreadyHere;
  if (plan.added.members > 0) {
    io.stdout(`  The registers of new boards: ${plan.added.members} member(s) added.\n`);
  }
  io.stdout(
    `${isNew ? 'Created' : 'Updated'} ${archivePath}: added ${plan.added.meetings} meeting(s)` +
      (already > 0 ? `, ${already} already there left as they were` : '') +
      (failed > 0 ? `; ${failed} file(s) could not be imported` : '') +
      `.\n  It now holds ${describeCounts(countTables(tables))}.\n`,
  );
  return failed > 0 ? 1 : 0;
}
