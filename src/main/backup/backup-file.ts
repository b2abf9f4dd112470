import { open } from 'node:fs/promises';
import type { ArchiveTables } from '../../shared/backup';
import { readFailure } from '../files/file-errors';
import { writeFileAtomic } from '../files/write-file-atomic';
import { UserError } from '../user-error';
import { decodeArchiveStream, type DecodedArchive } from './decode-archive';
import { encodeArchive, type ArchiveWriter } from './encode-archive';

/** Node cannot hold a larger file in one buffer; no real archive comes near it compressed. */
const MAX_BACKUP_BYTES = 2 * 1024 * 1024 * 1024;

/** Writes a backup whole or not at all: an interrupted write leaves any earlier file untouched. */
export async function writeBackupFile(
  path: string,
  tables: ArchiveTables,
  writer: ArchiveWriter,
): Promise<{ bytes: number }> {
  const bytes = await encodeArchive(tables, writer);
  await writeFileAtomic(path, bytes);
  return { bytes: bytes.length };
}

/**
 * Reads and checks a whole backup; every failure is a UserError naming what is wrong. The file is
 * unpacked as it is read, so neither it nor its unpacked text is ever held whole.
 */
export async function readBackupFile(path: string): Promise<DecodedArchive> {
  try {
    const file = await open(path);
    try {
      const { size } = await file.stat();
      if (size > MAX_BACKUP_BYTES) {
        throw new UserError(
          `${path} is too large to be a Minute Book backup. Nothing has been changed.`,
        );
      }
      return await decodeArchiveStream(file.createReadStream({ autoClose: false }));
    } finally {
      await file.close();
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw readFailure(error, path);
  }
}
