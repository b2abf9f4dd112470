import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeFailure } from './file-errors';

/** Next to the target, so the final rename never crosses a file system and so stays atomic. */
function temporaryPathFor(target: string): string {
  // Keeps the temporary name within the 255-byte limit even for a long target name.
  const stem = basename(target).slice(0, 80);
  return join(dirname(target), `.${stem}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Makes the rename itself durable; folders cannot be opened for this on Windows, where it is not needed. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Best effort: the file's own contents are already on disk.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Writes a whole file or nothing: the bytes go to a temporary file in the same folder, are flushed
 * to disk, and only then take the target's name in one rename. A failure at any point removes the
 * temporary file and leaves any earlier file of that name exactly as it was. Failures come back as
 * a UserError with a sentence to show where the folder is at fault (see file-errors.ts).
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const temporary = temporaryPathFor(target);
  let handle: FileHandle | undefined;
  let step: 'write' | 'replace' = 'write';
  try {
    handle = await open(temporary, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    step = 'replace';
    await rename(temporary, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true }).catch(() => undefined);
    throw writeFailure(error, target, step);
  }
  await syncFolder(dirname(target));
}
