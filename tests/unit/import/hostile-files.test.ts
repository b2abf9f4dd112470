import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '@main/import/import-files';
import { boundMarkdownNesting } from '@main/files/markdown-nesting';
import { EXAMPLE_MINUTES_PATH } from '../../support/example-minutes-path';
import { makeMinutesDocx } from '../../support/minutes-docx';
import { rawZip } from '../../support/raw-zip';
import { makeTempDataFolder } from '../../support/temp-data-folder';
import JSZip from 'jszip';

/**
 * Hostile files in one import batch: each fails alone, by name, with a plain reason, and the
 * good minutes beside them are imported.
 */

let folder: string;
let remove: () => Promise<void>;

async function zipBombDocx(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await makeMinutesDocx({ items: 2, words: 50 }));
  const entries = await Promise.all(
    Object.values(zip.files)
      .filter((entry) => !entry.dir)
      .map(async (entry) => ({
        name: entry.name,
        data: await entry.async('uint8array'),
        deflate: true,
      })),
  );
  // 200 MB of zeros that deflate to about 200 KB, declared as 1 KB.
  return rawZip([
    ...entries,
    {
      name: 'word/media/image1.png',
      data: Buffer.alloc(200 * 1024 * 1024),
      deflate: true,
      declaredSize: 1024,
    },
  ]);
}

beforeAll(async () => {
  ({ folder, remove } = await makeTempDataFolder());
  await copyFile(EXAMPLE_MINUTES_PATH, join(folder, 'a-good-minutes.md'));
  await writeFile(join(folder, 'b-zip-bomb.docx'), await zipBombDocx());
  await writeFile(join(folder, 'c-deep-quotes.md'), `# Board\n\n${'>'.repeat(4000)} quoted\n`);
  await writeFile(
    join(folder, 'd-deep-lists.md'),
    Array.from({ length: 1000 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n'),
  );
  await writeFile(
    join(folder, 'e-declared-bomb.docx'),
    rawZip([{ name: 'word/document.xml', data: 'x', deflate: true, declaredSize: 0xfffffff0 }]),
  );
}, 60_000);

afterAll(() => remove());

describe('an import batch with hostile files', { timeout: 60_000 }, () => {
  it('imports the good minutes and names each hostile file with a plain reason', async () => {
    const { results } = await importFiles([folder]);
    const byName = new Map(results.map((result) => [result.file.split('/').pop(), result]));
    expect(byName.get('a-good-minutes.md')?.meeting?.date).toBe('2021-06-21');
    expect(byName.get('b-zip-bomb.docx')?.error).toMatch(/zip bomb/);
    expect(byName.get('e-declared-bomb.docx')?.error).toMatch(/zip bomb/);
    // Nesting beyond any minutes is flattened, every word kept, and the file read as usual.
    for (const name of ['c-deep-quotes.md', 'd-deep-lists.md']) {
      const result = byName.get(name);
      expect(result?.warnings.join(' ')).toMatch(/^Flattened \d+ line\(s\) nested more deeply/);
      expect(result?.error).toBe(
        'no minutes were recognised in it (no attendees and no numbered items)',
      );
    }
  });
});

describe('bounding Markdown nesting', () => {
  it('keeps every word and leaves ordinary Markdown as it is', () => {
    const ordinary = '# Board\n\n> a quote\n\n- a\n  - b\n    - c\n';
    expect(boundMarkdownNesting(ordinary)).toEqual({ text: ordinary, flattened: 0 });
    const deep = `${'>'.repeat(40)} deep words\n${' '.repeat(300)}- far in`;
    const bounded = boundMarkdownNesting(deep);
    expect(bounded.flattened).toBe(2);
    expect(bounded.text).toBe(`${'>'.repeat(16)} deep words\n${' '.repeat(64)}- far in`);
  });
});

describe('a gzip bomb given as a backup', { timeout: 30_000 }, () => {
  it('is refused once it unpacks past the bound, and nothing changes', async () => {
    const { gzipSync } = await import('node:zlib');
    const { decodeArchive } = await import('@main/backup/decode-archive');
    // 32 MB of zeros in a few dozen KB: refused at an 8 MB bound (the app's is 1 GB).
    const bomb = gzipSync(Buffer.alloc(32 * 1024 * 1024), { level: 1 });
    await expect(decodeArchive(bomb, 8 * 1024 * 1024)).rejects.toThrow(
      /^This file unpacks to more than 8 MB, far more than any Minute Book backup: .* Nothing has been changed\.$/,
    );
  });
});
