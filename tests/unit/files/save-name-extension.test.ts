import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseSavePathWithExtension } from '@main/handlers/with-extension';
import type { SaveDialogOptions } from '@main/ports';
import { makeTempDataFolder } from '../../support/temp-data-folder';

let folder: string;
let remove: () => Promise<void>;
beforeEach(async () => ({ folder, remove } = await makeTempDataFolder()));
afterEach(() => remove());

const OPTIONS: SaveDialogOptions = {
  title: 'Export to Word',
  defaultFileName: 'minutes.docx',
  filters: [{ name: 'Word document', extensions: ['docx'] }],
};

/** A save dialog that answers with each name in turn, remembering what it was asked. */
function dialog(answers: (string | null)[]) {
  const asked: SaveDialogOptions[] = [];
  return {
    asked,
    chooseSavePath: (options: SaveDialogOptions) => {
      asked.push(options);
      return Promise.resolve(answers.shift() ?? null);
    },
  };
}

describe('a save name typed without its extension', () => {
  it('gets the extension when no such file exists', async () => {
    const ports = dialog([join(folder, 'minutes')]);
    expect(await chooseSavePathWithExtension(ports, OPTIONS, '.docx')).toBe(
      join(folder, 'minutes.docx'),
    );
    expect(ports.asked).toHaveLength(1);
  });

  it('never replaces an existing file without the dialog asking again', async () => {
    await writeFile(join(folder, 'minutes.docx'), 'the signed copy');
    const ports = dialog([join(folder, 'minutes'), null]);
    expect(await chooseSavePathWithExtension(ports, OPTIONS, '.docx')).toBeNull();
    expect(ports.asked[1]).toMatchObject({
      title: 'minutes.docx already exists: choose it again to replace it, or another name',
      defaultFileName: 'minutes.docx',
    });
    expect(await readFile(join(folder, 'minutes.docx'), 'utf8')).toBe('the signed copy');
  });

  it('replaces it when it is chosen again with its extension (the dialog has asked)', async () => {
    await writeFile(join(folder, 'minutes.docx'), 'old');
    const ports = dialog([join(folder, 'minutes'), join(folder, 'minutes.docx')]);
    expect(await chooseSavePathWithExtension(ports, OPTIONS, '.docx')).toBe(
      join(folder, 'minutes.docx'),
    );
  });
});
