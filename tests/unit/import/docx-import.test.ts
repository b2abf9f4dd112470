import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '@main/import/import-files';
import { numberedParagraphsDocx, tableAndHeadingsDocx } from './docx-fixtures';

describe('importing Word minutes', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'minute-book-import-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  async function imported(name: string, bytes: Buffer) {
    const path = join(folder, name);
    await writeFile(path, bytes);
    return importFile(path);
  }

  it('reads attendance from a table and items from headings', async () => {
    const { meeting, error, warnings } = await imported(
      'finance.docx',
      await tableAndHeadingsDocx(),
    );
    expect(error).toBeUndefined();
    expect(meeting).toMatchObject({
      board: 'Finance Committee',
      title: 'Minutes',
      date: '2022-02-03',
      nextMeetingDate: '2022-03-03',
      source: { kind: 'imported', fileName: 'finance.docx' },
    });
    expect(
      meeting?.attendance.map((person) => [
        person.title,
        person.name,
        person.postNominals,
        person.organisation,
        person.role,
        person.status,
        person.chair,
      ]),
    ).toEqual([
      ['Dr', 'Ann Shah', 'FRCP', 'Trust', 'Chair', 'present', true],
      ['', 'Ben Okafor', '', 'PCN', 'Member', 'apologies', false],
      ['', 'Zoë Núñez', '', 'Auditors', 'External auditor', 'in-attendance', false],
    ]);
    expect(meeting?.items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Welcome'],
      [2, 'Budget 2022/23'],
    ]);
    expect(meeting?.items[0]?.notes).toBe('The Chair welcomed members to the café meeting room.');
    expect(meeting?.items[1]?.notes).toBe(
      'The committee reviewed the **draft** budget:\n\n' +
        '- pay costs\n- estates\n  - backlog maintenance\n\n' +
        'DECISION: The budget was approved.\n\n' +
        'ACTION: Ben to circulate the final budget.',
    );
    expect(meeting?.items[1]?.decisions).toEqual([{ text: 'The budget was approved.' }]);
    expect(meeting?.items[1]?.actions.map((action) => action.text)).toEqual([
      'Ben to circulate the final budget.',
    ]);
    expect(warnings).toContain(
      'Mended 1 character(s) garbled by a wrong text encoding, e.g. “cafÃ©” → “café”.',
    );
  });

  it('reads items from Word’s numbered paragraphs, counting on across the notes', async () => {
    const { meeting, error } = await imported('quality.docx', await numberedParagraphsDocx());
    expect(error).toBeUndefined();
    expect(meeting).toMatchObject({
      board: 'Quality Committee',
      title: 'Meeting Summary',
      date: '2024-03-14',
    });
    expect(
      meeting?.attendance.map((person) => [
        person.name,
        person.postNominals,
        person.organisation,
        person.status,
        person.chair,
      ]),
    ).toEqual([
      ['Ann Shah', '', 'Trust', 'present', true],
      ['Cy Morgan', 'PhD', 'ICS', 'present', false],
      ['Fay Lee', '', 'Trust', 'apologies', false],
    ]);
    expect(meeting?.items.map((item) => [item.number, item.title, item.notes])).toEqual([
      [1, 'Welcome and apologies', 'The Chair welcomed members.'],
      [
        2,
        'Risk register',
        'The committee reviewed the risk register.\n\nAction: Cy to update the register',
      ],
      [3, 'Any other business', 'None.'],
    ]);
    expect(meeting?.items[1]?.actions).toEqual([
      { text: 'Cy to update the register', owner: 'Cy Morgan', due: '', status: 'open' },
    ]);
  });
});
