import { basename } from 'node:path';
import type { IpcResponse, ParsedIpcRequest } from '../../shared/ipc/contract';
import { ARCHIVE_EXTENSION } from '../backup/archive-format';
import {
  AUTOMATIC_BACKUPS_KEPT,
  automaticBackupFolder,
  listAutomaticBackups as listBackupsIn,
  localDay,
  readAutomaticBackup,
  writeAutomaticBackup as writeBackupIn,
} from '../backup/automatic-backups';
import { readBackupFile, writeBackupFile } from '../backup/backup-file';
import type { MainPorts } from '../ports';
import { chooseSavePathWithExtension } from './with-extension';

const BACKUP_FILTER = { name: 'Minute Book backup', extensions: [ARCHIVE_EXTENSION] };

const readBackup = (ports: MainPorts) => ports.readBackup ?? readBackupFile;
const now = (ports: MainPorts) => ports.now?.() ?? new Date();
const writtenBy = (ports: MainPorts) => `${ports.appName} ${ports.appVersion}`;

/** Saves the whole archive as one file where the user chooses, to move it or keep it safe. */
export async function saveBackup(
  ports: MainPorts,
  request: ParsedIpcRequest<'saveBackup'>,
): Promise<IpcResponse<'saveBackup'>> {
  const path = await chooseSavePathWithExtension(
    ports,
    {
      title: 'Back up the archive',
      defaultFileName: `Minute Book backup ${localDay(now(ports))}.${ARCHIVE_EXTENSION}`,
      filters: [BACKUP_FILTER],
    },
    `.${ARCHIVE_EXTENSION}`,
  );
  if (path === null) return { status: 'cancelled' };
  const { bytes } = await writeBackupFile(path, request.archive, {
    writtenBy: writtenBy(ports),
    origin: 'manual',
    createdAt: now(ports).toISOString(),
  });
  return { status: 'saved', path, fileName: basename(path), bytes };
}

/** Opens a backup to restore; it comes back only once the whole file has been checked. */
export async function openBackup(ports: MainPorts): Promise<IpcResponse<'openBackup'>> {
  const chosen = await ports.chooseOpenPath({
    title: 'Restore from a backup',
    filters: [BACKUP_FILTER, { name: 'All files', extensions: ['*'] }],
  });
  if (chosen === null) return { status: 'cancelled' };
  const { header, tables } = await readBackup(ports)(chosen);
  return { status: 'opened', fileName: basename(chosen), header, archive: tables };
}

/**
 * A backup double-clicked in the file manager, read and checked as one chosen in the app's own
 * dialog is, so the same confirmation shows what restoring it will do before anything changes.
 */
export async function takeBackupOpenedFromSystem(
  ports: MainPorts,
): Promise<IpcResponse<'takeBackupOpenedFromSystem'>> {
  const path = ports.takeOpenedFile?.() ?? null;
  if (path === null) return { status: 'none' };
  const { header, tables } = await readBackup(ports)(path);
  return { status: 'opened', fileName: basename(path), header, archive: tables };
}

export async function listAutomaticBackups(
  ports: MainPorts,
): Promise<IpcResponse<'listAutomaticBackups'>> {
  const backups = await listBackupsIn(ports.dataFolder);
  return {
    backups,
    madeToday: backups.some((backup) => backup.date === localDay(now(ports))),
    folder: automaticBackupFolder(ports.dataFolder),
    keep: AUTOMATIC_BACKUPS_KEPT,
  };
}

export async function openAutomaticBackup(
  ports: MainPorts,
  request: ParsedIpcRequest<'openAutomaticBackup'>,
): Promise<IpcResponse<'openAutomaticBackup'>> {
  const { header, tables } = await readAutomaticBackup(
    ports.dataFolder,
    request.fileName,
    readBackup(ports),
  );
  return { status: 'opened', fileName: request.fileName, header, archive: tables };
}

export function writeAutomaticBackup(
  ports: MainPorts,
  request: ParsedIpcRequest<'writeAutomaticBackup'>,
): Promise<IpcResponse<'writeAutomaticBackup'>> {
  return writeBackupIn(ports.dataFolder, request.archive, now(ports), writtenBy(ports));
}
