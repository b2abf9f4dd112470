import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBackupFile } from '@main/backup/backup-file';
import { sampleArchive } from '../../support/archive';
import { cli } from '../../support/run-cli';
import { makeTempDataFolder } from '../../support/temp-data-folder';

describe('npm run cli -- search <backup> <query>', () => {
  let folder: string;
  let remove: () => Promise<void>;
  const search = (...args: string[]) => cli(['search', 'archive.minutebook', ...args], folder);

  beforeAll(async () => {
    ({ folder, remove } = await makeTempDataFolder());
    await writeBackupFile(join(folder, 'archive.minutebook'), sampleArchive(), {
      writtenBy: 'test',
      origin: 'manual',
      createdAt: '2026-11-24T09:00:00Z',
    });
  });
  afterAll(() => remove());

  it('finds an item despite a typo and shows where it is, with the words marked', async () => {
    const run = await search('pyhton');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(
      '1. NHS Python Community Board · 21 June 2021 · 2. Goals of the NHS Python Community',
    );
    expect(run.stdout).toMatch(/\[[Pp]ython\]/);
  });

  it('says which correction it searched for, and searches the words as typed with --exact', async () => {
    const corrected = await search('pyhton');
    expect(corrected.stdout).toMatch(
      /^Showing results for “python”\. Search instead for “pyhton” with --exact\.\n/,
    );
    const json = JSON.parse((await search('pyhton', '--json')).stdout) as { correction: string };
    expect(json.correction).toBe('python');
    const exact = await search('pyhton', '--exact');
    expect(exact).toMatchObject({ code: 1, stdout: 'Nothing found for “pyhton”.\n' });
    expect((await search('python', '--exact')).code).toBe(0);
  });

  it('completes the last word as a prefix and checks quoted phrases against the text', async () => {
    expect((await search('welcom')).stdout).toContain('1. Welcome and Check-in');
    const phrase = await search('"python community"');
    expect(phrase.stdout).toContain('Goals of the NHS Python Community');
    expect((await search('"community python"')).code).toBe(1);
  });

  it('answers in JSON with the place of each result and its snippet', async () => {
    const run = await search('welcomed', '--json');
    const answer = JSON.parse(run.stdout) as {
      total: number;
      results: {
        board: string;
        date: string;
        itemNumber: number;
        title: string;
        itemId: string;
        snippet: { text: string; match: boolean }[];
      }[];
    };
    expect(answer.total).toBeGreaterThan(0);
    expect(answer.results[0]).toMatchObject({
      board: 'NHS Python Community Board',
      date: '2021-06-21',
      itemNumber: 1,
      itemId: 'item-1',
      title: 'Welcome and Check-in',
    });
    expect(answer.results[0]?.snippet).toContainEqual({ text: 'welcomed', match: true });
  });

  it('narrows by date, board, person and open actions', async () => {
    expect((await search('python', '--from', '2021-07-01')).code).toBe(1);
    expect((await search('python', '--to', '2021-06-30')).code).toBe(0);
    expect((await search('python', '--board', 'nhs python')).code).toBe(0);
    const unknown = await search('python', '--board', 'Finance Committee');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Its boards: “NHS Python Community Board”');
    const open = await search('goals', '--open-actions', '--json');
    const results = (JSON.parse(open.stdout) as { results: { itemId: string }[] }).results;
    expect(results.map((result) => result.itemId)).toEqual(['item-2']);
    expect((await search('Cheung', '--person', 'Alex Cheung')).code).toBe(0);
    expect((await search('Cheung', '--person', 'Nobody Atall')).code).toBe(1);
  });

  it('exits 2 with a reason for a bad date, a damaged backup or a missing query', async () => {
    expect((await search('python', '--from', '21/06/2021')).stderr).toContain(
      '--from takes a date as YYYY-MM-DD',
    );
    await writeFile(join(folder, 'damaged.minutebook'), 'nope');
    const damaged = await cli(['search', 'damaged.minutebook', 'python'], folder);
    expect(damaged).toMatchObject({ code: 2 });
    expect(damaged.stderr).toContain('not a Minute Book backup');
    expect((await cli(['search', 'archive.minutebook'], folder)).code).toBe(2);
  });
});
