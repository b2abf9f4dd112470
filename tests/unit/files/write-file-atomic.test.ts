import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '@main/files/write-file-atomic';
import { UserError } from '@main/user-error';
import { makeTempDataFolder } from '../../support/temp-data-folder';

describe('writeFileAtomic', () => {
  let folder: string;
  let remove: () => Promise<void>;

  beforeEach(async () => {
    ({ folder, remove } = await makeTempDataFolder());
  });
  afterEach(() => remove());

  it('writes the whole file and leaves nothing else behind', async () => {
    const target = join(folder, 'minutes.docx');
    await writeFileAtomic(target, Buffer.from('the minutes'));
    await expect(readFile(target, 'utf8')).resolves.toBe('the minutes');
    await expect(readdir(folder)).resolves.toEqual(['minutes.docx']);
  });

  it('replaces an earlier file of the same name', async () => {
    const target = join(folder, 'minutes.docx');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new');
    await expect(readFile(target, 'utf8')).resolves.toBe('new');
    await expect(readdir(folder)).resolves.toEqual(['minutes.docx']);
  });

  it('says so plainly when the "folder" is a file, and writes nothing', async () => {
    const notAFolder = join(folder, 'notes.txt');
    await writeFile(notAFolder, 'a file');
    const failure = writeFileAtomic(join(notAFolder, 'minutes.docx'), 'x');
    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(failure).rejects.toThrow(`${notAFolder} is not a folder. Choose another folder.`);
    await expect(readdir(folder)).resolves.toEqual(['notes.txt']);
  });

  it('says so plainly when the folder does not exist', async () => {
    const missing = join(folder, 'gone');
    await expect(writeFileAtomic(join(missing, 'minutes.docx'), 'x')).rejects.toThrow(
      `The folder ${missing} does not exist. Choose another folder.`,
    );
  });

  it('removes its temporary file when the last step fails', async () => {
    // Renaming a file onto a folder fails after the temporary file is written in full.
    const target = join(folder, 'minutes.docx');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'kept');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow(
      `${target} is a folder. Choose another name.`,
    );
    await expect(readdir(folder)).resolves.toEqual(['minutes.docx']);
    await expect(readFile(join(target, 'inside.txt'), 'utf8')).resolves.toBe('kept');
  });
});
