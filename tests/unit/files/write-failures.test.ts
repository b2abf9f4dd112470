import type * as FsPromises from 'node:fs/promises';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '@main/dispatch';
import { createHandlers } from '@main/handlers';
import { writeFileAtomic } from '@main/files/write-file-atomic';
import { exampleMeeting } from '../../support/example-meeting';
import { makeTempDataFolder, testPorts } from '../../support/temp-data-folder';

/**
 * Tests run as root, which no folder permission stops, so the failures a secretary meets (a folder
 * she may not write to, a full disk) are made here by failing the file system calls themselves.
 */
const failure = vi.hoisted(() => ({
  /** Makes opening the temporary file fail with this code. */
  onOpen: undefined as string | undefined,
  /** Makes flushing the half-written temporary file fail with this code. */
  onSync: undefined as string | undefined,
}));

function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  const open: typeof actual.open = async (path, flags, mode) => {
    if (failure.onOpen && String(path).endsWith('.tmp')) throw fsError(failure.onOpen);
    const handle = await actual.open(path, flags, mode);
    if (failure.onSync && String(path).endsWith('.tmp')) {
      const code = failure.onSync;
      handle.sync = () => Promise.reject(fsError(code));
    }
    return handle;
  };
  return { ...actual, open, default: { ...actual, open } };
});

describe('a write that fails', () => {
  let folder: string;
  let remove: () => Promise<void>;
  let existing: string;

  beforeEach(async () => {
    ({ folder, remove } = await makeTempDataFolder());
    existing = join(folder, 'minutes.docx');
    await writeFile(existing, 'the approved minutes');
  });
  afterEach(async () => {
    failure.onOpen = undefined;
    failure.onSync = undefined;
    await remove();
  });

  async function expectUntouched() {
    await expect(readFile(existing, 'utf8')).resolves.toBe('the approved minutes');
    await expect(readdir(folder)).resolves.toEqual(['minutes.docx']);
  }

  it('in a folder that may not be written: says so, and the earlier file is untouched', async () => {
    failure.onOpen = 'EACCES';
    await expect(writeFileAtomic(existing, 'new')).rejects.toThrow(
      `Minute Book cannot write to ${folder}. Choose another folder.`,
    );
    await expectUntouched();
  });

  it('on a read-only disk: says so', async () => {
    failure.onOpen = 'EROFS';
    await expect(writeFileAtomic(existing, 'new')).rejects.toThrow(
      `${folder} is read-only. Choose another folder.`,
    );
    await expectUntouched();
  });

  it('on a full disk, half way: says so, removes the half-written file, keeps the earlier one', async () => {
    failure.onSync = 'ENOSPC';
    await expect(writeFileAtomic(existing, 'new')).rejects.toThrow(
      'The disk is full: minutes.docx was not saved. Free some space or choose another folder.',
    );
    await expectUntouched();
  });

  it('passes an unexpected failure on as it is, still cleaning up', async () => {
    failure.onSync = 'EIO';
    await expect(writeFileAtomic(existing, 'new')).rejects.toMatchObject({ code: 'EIO' });
    await expectUntouched();
  });

  it('reaches the app as a message to show, the earlier file untouched', async () => {
    failure.onOpen = 'EACCES';
    const handlers = createHandlers(
      testPorts(folder, { chooseSavePath: () => Promise.resolve(existing) }),
    );
    const result = await dispatch(handlers, 'exportMeetingDocx', {
      meeting: exampleMeeting(),
      layout: 'summary',
      audience: 'internal',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'user-error',
        message: `Minute Book cannot write to ${folder}. Choose another folder.`,
      },
    });
    await expectUntouched();
  });
});
