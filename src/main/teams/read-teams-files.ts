import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseAttendanceReport, type AttendanceReport } from '../../shared/teams/attendance-report';
import { decodeReport, MAX_REPORT_BYTES, ReportFormatError } from '../../shared/teams/report-table';
import {
  parseTranscriptParagraphs,
  parseVtt,
  TranscriptFormatError,
  type Cue,
} from '../../shared/teams/transcript';
import { readFailure } from '../files/file-errors';
import { UserError } from '../user-error';
import { docxToHtml } from '../import/docx-html';

/** A Word transcript of a whole day is a few megabytes; anything far larger is not one. */
export const MAX_TRANSCRIPT_BYTES = 30 * 1024 * 1024;

async function readBounded(path: string, limit: number, what: string): Promise<Buffer> {
  try {
    const { size } = await stat(path);
    if (size > limit) throw new UserError(`${basename(path)} is too large to be ${what}.`);
    return await readFile(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw readFailure(error, path);
  }
}

/** Reads and parses a Teams attendance report; a file that is not one says so by name. */
export async function readAttendanceReportFile(path: string): Promise<AttendanceReport> {
  const bytes = await readBounded(path, MAX_REPORT_BYTES, 'a Teams attendance report');
  try {
    return parseAttendanceReport(decodeReport(bytes));
  } catch (error) {
    if (error instanceof ReportFormatError)
      throw new UserError(`${basename(path)}: ${error.message}`);
    throw error;
  }
}

/** Paragraph texts of converted Word HTML. */
function paragraphs(html: string): string[] {
  return html.split(/<\/(?:p|h\d|li|td)>|<br\s*\/?>/i).map((part) =>
    part
      .replace(/<[^>]*>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'"),
  );
}

/** Reads a Teams transcript's bytes from disk, refusing a file far larger than any transcript. */
export function readTranscriptBytes(path: string): Promise<Buffer> {
  return readBounded(path, MAX_TRANSCRIPT_BYTES, 'a meeting transcript');
}

/** Reads a Teams transcript, .vtt or .docx, into cues. */
export async function readTranscriptFile(path: string): Promise<Cue[]> {
  return parseTranscriptBytes(await readTranscriptBytes(path), basename(path));
}

/** Parses a transcript's bytes (.docx by its name, else WebVTT); `name` is what messages call it. */
export async function parseTranscriptBytes(bytes: Uint8Array, name: string): Promise<Cue[]> {
  try {
    if (extname(name).toLowerCase() === '.docx') {
      const converted = await docxToHtml(bytes);
      if (!converted.ok) throw new UserError(`${name} cannot be read: ${converted.message}.`);
      return parseTranscriptParagraphs(paragraphs(converted.html));
    }
    return parseVtt(new TextDecoder('utf-8').decode(bytes));
  } catch (error) {
    if (error instanceof TranscriptFormatError) throw new UserError(`${name}: ${error.message}`);
    throw error;
  }
}
