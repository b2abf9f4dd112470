import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMeetingDocx } from '../../src/main/export/pack';
import { personName } from '../../src/main/export/people';
import { exampleMeeting } from '../support/example-meeting';

const run = promisify(execFile);
const SOFFICE = process.env['SOFFICE_PATH'] ?? '/usr/bin/soffice';
const PDFTOTEXT = '/usr/bin/pdftotext';
const available = existsSync(SOFFICE) && existsSync(PDFTOTEXT);

/**
 * A second reader of the export, independent of the library that wrote it: LibreOffice must open
 * each layout and lay it out to PDF with every name and item in place. CI installs LibreOffice
 * (.ci/run), so there a missing LibreOffice is a failure; on a developer's machine it is a skip.
 */
describe.skipIf(!available && !process.env['CI'])('the Word export in LibreOffice', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'minute-book-interop-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('finds LibreOffice and pdftotext', () => {
    expect(existsSync(SOFFICE), `LibreOffice is not installed at ${SOFFICE}`).toBe(true);
    expect(existsSync(PDFTOTEXT), `pdftotext is not installed at ${PDFTOTEXT}`).toBe(true);
  });

  for (const layout of ['summary', 'formal'] as const) {
    it(`converts the example's ${layout} to PDF with every attendee and item`, async () => {
      const meeting = { ...exampleMeeting(), status: 'draft' as const };
      const docx = join(folder, `${layout}.docx`);
      await writeFile(docx, await renderMeetingDocx(meeting, { layout, audience: 'internal' }));
      // A profile of its own, so parallel runs and a LibreOffice already open do not clash.
      const profile = pathToFileURL(join(folder, `profile-${layout}`)).href;
      await run(
        SOFFICE,
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          folder,
          docx,
        ],
        { timeout: 120_000 },
      );
      const { stdout: text } = await run(
        PDFTOTEXT,
        ['-layout', join(folder, `${layout}.pdf`), '-'],
        {
          timeout: 30_000,
        },
      );
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('NHS Python Community Board');
      expect(flat).toContain('DRAFT');
      expect(flat).toMatch(/Page 1 of \d/);
      for (const attendee of meeting.attendance) expect(flat).toContain(personName(attendee));
      for (const item of meeting.items) expect(flat).toContain(item.title);
      expect(flat).toContain('Guy’s & St. Thomas NHS Foundation Trust');
    }, 150_000);
  }
});
