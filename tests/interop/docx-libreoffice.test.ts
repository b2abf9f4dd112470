import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocxLayout } from '../../src/main/export/build-document';
import { renderMeetingDocx } from '../../src/main/export/pack';
import { personName } from '../../src/main/export/people';
import { readMeetingFile } from '../../src/shared/model/read-meeting-file';
import type { MeetingFile } from '../../src/shared/model';
import { exampleMeeting } from '../support/example-meeting';
import { fortyItemMeeting } from '../support/forty-item-meeting';

const run = promisify(execFile);
const SOFFICE = process.env['SOFFICE_PATH'] ?? '/usr/bin/soffice';
const PDFTOTEXT = '/usr/bin/pdftotext';
const available = existsSync(SOFFICE) && existsSync(PDFTOTEXT);

/** The board's July meeting as typed in live minutes: decisions and actions in the notes. */
function julyMeeting(): MeetingFile {
  const path = join(__dirname, '../fixtures/nhs-python-board-2021-07-27.meeting.json');
  const result = readMeetingFile(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(result.message);
  return result.meeting;
}

/**
 * A second reader of the export, independent of the library that wrote it: LibreOffice must open
 * each layout and lay it out to PDF with every name and item in place, and every decision and
 * action once. CI installs LibreOffice (.ci/run), so there a missing LibreOffice is a failure; on
 * a developer's machine it is a skip.
 */
describe.skipIf(!available && !process.env['CI'])('the Word export in LibreOffice', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'minute-book-interop-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  /** The PDF's text with all spacing made single spaces, as LibreOffice laid the document out. */
  async function pdfText(name: string, meeting: MeetingFile, layout: DocxLayout) {
    const docx = join(folder, `${name}-${layout}.docx`);
    await writeFile(docx, await renderMeetingDocx(meeting, { layout, audience: 'internal' }));
    // A profile of its own, so parallel runs and a LibreOffice already open do not clash.
    const profile = pathToFileURL(join(folder, `profile-${name}-${layout}`)).href;
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
    const { stdout } = await run(PDFTOTEXT, [join(folder, `${name}-${layout}.pdf`), '-'], {
      timeout: 30_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    // Running headers and footers repeat on every page; words broken across lines rejoin.
    return stdout
      .replace(/^.*(DRAFT – not yet approved|Page \d+ of \d+).*$/gm, ' ')
      .replace(/\s+/g, ' ');
  }

  /** The body of the minutes, and the action log table apart from it. */
  function sections(flat: string, layout: DocxLayout) {
    if (layout === 'summary') return { body: flat, log: '' };
    const start = flat.lastIndexOf(' Action log ');
    const end = flat.indexOf(' Date of next meeting ', start);
    return { body: flat.slice(0, start) + flat.slice(end), log: flat.slice(start, end) };
  }

  const occurrences = (text: string, needle: string) => text.split(needle).length - 1;
  /** A sentence as the PDF gives it: lines rejoined, so it can be found whatever the wrapping. */
  const squeeze = (text: string) => text.replace(/\s+/g, '');

  it('finds LibreOffice and pdftotext', () => {
    expect(existsSync(SOFFICE), `LibreOffice is not installed at ${SOFFICE}`).toBe(true);
    expect(existsSync(PDFTOTEXT), `pdftotext is not installed at ${PDFTOTEXT}`).toBe(true);
  });

  for (const layout of ['summary', 'formal'] as const) {
    it(`converts the example's ${layout} to PDF with every attendee and item`, async () => {
      const meeting = { ...exampleMeeting(), status: 'draft' as const };
      const flat = await pdfText('example', meeting, layout);
      expect(flat).toContain('NHS Python Community Board');
      for (const attendee of meeting.attendance) expect(flat).toContain(personName(attendee));
      for (const item of meeting.items) expect(flat).toContain(item.title);
      expect(flat).toContain('Guy’s & St. Thomas NHS Foundation Trust');
      expect(flat).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    }, 150_000);

    it(`prints each decision and action of the July meeting once in its ${layout}`, async () => {
      const meeting = julyMeeting();
      const { body, log } = sections(await pdfText('july', meeting, layout), layout);
      const squeezed = squeeze(body);
      for (const item of meeting.items) {
        for (const record of [...item.decisions, ...item.actions]) {
          const words = squeeze(record.text.replace(/\.$/, ''));
          expect(occurrences(squeezed, words), record.text).toBe(1);
        }
      }
      expect(body).not.toMatch(/\b(ACTION|DECISION)\b|\*\*/);
      expect(body).toContain('Craig R. Shenton, PhD – NHSX, Vice-Chair, in the chair');
      expect(body).not.toContain('(Chair)');
      expect(body).toContain('Priya Patel – Frimley ICS, Analytics lead (for item 3)');
      // Owner and due date once: Jonathan's sentence names him but no date.
      expect(occurrences(body, 'Due: 28th September 2021')).toBe(1);
      expect(body).not.toMatch(/Owner: (Mary Amanuel|Craig)/);
      expect(body).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      if (layout === 'formal') {
        expect(squeeze(log)).toContain(squeeze('NPCB/21/07/02 A2'));
        expect(occurrences(squeeze(log), squeeze('Jonathan to post the goals in Slack'))).toBe(1);
      }
    }, 150_000);

    it(`prints each decision and action of a 40-item meeting once in its ${layout}`, async () => {
      const meeting = fortyItemMeeting();
      const { body, log } = sections(await pdfText('forty', meeting, layout), layout);
      const squeezed = squeeze(body);
      for (const item of meeting.items) {
        for (const record of [...item.decisions, ...item.actions]) {
          const words = squeeze(record.text.replace(/\.$/, ''));
          expect(occurrences(squeezed, words), record.text).toBe(1);
          if (layout === 'formal' && item.actions.some((action) => action === record)) {
            expect(occurrences(squeeze(log), words), record.text).toBe(1);
          }
        }
      }
      expect(body).not.toMatch(/\b(ACTION|DECISION)\b|\*\*|action:/);
      // Owner once for each action whose sentence does not name it: never here.
      expect(body).not.toContain('Owner: Member');
      expect(occurrences(body, 'Owner: Ann Chair')).toBe(8);
    }, 150_000);
  }
});
