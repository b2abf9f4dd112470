import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findFiles } from '@main/import/find-files';

describe('finding the files to import', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'minute-book-find-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('keeps the order of a large folder, its subfolders in place and missing links named', async () => {
    const names = Array.from({ length: 600 }, (_, index) => `m-${String(index).padStart(3, '0')}`);
    for (const name of names) await writeFile(join(folder, `${name}.md`), 'minutes');
    await writeFile(join(folder, 'm-450.png'), 'not minutes');
    await mkdir(join(folder, 'm-300-older'));
    await writeFile(join(folder, 'm-300-older', 'a.txt'), 'minutes');
    await writeFile(join(folder, 'm-300-older', 'b.docx'), 'minutes');
    await symlink(join(folder, 'gone.md'), join(folder, 'm-500-link.md'));

    const found = await findFiles([folder]);

    const expected = names.flatMap((name) => [
      ...(name === 'm-300' ? ['m-300-older/a.txt', 'm-300-older/b.docx'] : []),
      `${name}.md`,
    ]);
    expect(found.files.map((file) => file.slice(folder.length + 1))).toEqual(expected);
    expect(found.problems).toEqual([
      {
        file: join(folder, 'm-500-link.md'),
        error: 'Minute Book cannot find this file or folder',
      },
    ]);
  });
});
