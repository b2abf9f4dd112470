import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/main/import/import-files';

const run = promisify(execFile);
const SOFFICE = process.env['SOFFICE_PATH'] ?? '/usr/bin/soffice';
const available = existsSync(SOFFICE);

/** Old minutes as a secretary might have kept them, before LibreOffice turns them into Word. */
const MINUTES_HTML = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Minutes</title></head><body>
<h1>Estates Committee</h1>
<p>Minutes of the meeting held on Wednesday 9 November 2022</p>
<h2>Attendance</h2>
<table border="1">
<tr><th>Name</th><th>Organisation</th><th>Role</th></tr>
<tr><td>Prof. Ann Shah PhD</td><td>Guy’s &amp; St Thomas’</td><td>Chair</td></tr>
<tr><td>Ben Okafor</td><td>PCN</td><td>Member</td></tr>
</table>
<p><b>Apologies</b></p>
<ul><li>Zoë Núñez - ICS</li></ul>
<h2>1. Welcome</h2>
<p>The Chair welcomed members.</p>
<h2>2. Boiler replacement</h2>
<p>The committee considered three quotes:</p>
<ul><li>supplier A</li><li>supplier B</li></ul>
<p>DECISION: Supplier B was chosen.</p>
<p>ACTION: Ben to place the order.</p>
<p>Next meeting: 14/12/2022</p>
</body></html>`;

/**
 * Word documents from another writer than the `docx` library: LibreOffice converts HTML minutes to
 * .docx with its own styles, numbering and tables. CI installs LibreOffice, so there a missing
 * LibreOffice is a failure; on a developer's machine it is a skip.
 */
describe.skipIf(!available && !process.env['CI'])('importing minutes LibreOffice wrote', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'minute-book-import-interop-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('finds LibreOffice', () => {
    expect(existsSync(SOFFICE), `LibreOffice is not installed at ${SOFFICE}`).toBe(true);
  });

  it('imports a .docx that LibreOffice converted from HTML', async () => {
    const html = join(folder, 'estates.html');
    await writeFile(html, MINUTES_HTML);
    // A profile of its own, so parallel runs and a LibreOffice already open do not clash.
    const profile = pathToFileURL(join(folder, 'profile')).href;
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        folder,
        html,
      ],
      { timeout: 120_000 },
    );
    const { meeting, error, warnings } = await importFile(join(folder, 'estates.docx'));
    expect(error, warnings.join('\n')).toBeUndefined();
    expect(meeting).toMatchObject({
      board: 'Estates Committee',
      title: 'Minutes',
      date: '2022-11-09',
      nextMeetingDate: '2022-12-14',
      source: { kind: 'imported', fileName: 'estates.docx' },
    });
    expect(
      meeting?.attendance.map((person) => [
        person.title,
        person.name,
        person.postNominals,
        person.organisation,
        person.status,
        person.chair,
      ]),
    ).toEqual([
      ['Prof', 'Ann Shah', 'PhD', 'Guy’s & St Thomas’', 'present', true],
      ['', 'Ben Okafor', '', 'PCN', 'present', false],
      ['', 'Zoë Núñez', '', 'ICS', 'apologies', false],
    ]);
    expect(meeting?.items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Welcome'],
      [2, 'Boiler replacement'],
    ]);
    expect(meeting?.items[1]?.notes).toContain('- supplier A\n- supplier B');
    expect(meeting?.items[1]?.decisions).toEqual([{ text: 'Supplier B was chosen.' }]);
    expect(meeting?.items[1]?.actions.map((action) => action.text)).toEqual([
      'Ben to place the order.',
    ]);
  }, 180_000);
});
