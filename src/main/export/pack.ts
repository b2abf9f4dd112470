import { Packer, type Document } from 'docx';
import type { MeetingFile } from '../../shared/model';
import { buildMeetingDocument, type DocxExportOptions } from './build-document';

export function packDocx(document: Document): Promise<Buffer> {
  return Packer.toBuffer(document);
}

/** The bytes of the .docx for a meeting: what the app saves and the command line writes. */
export function renderMeetingDocx(
  meeting: MeetingFile,
  options: DocxExportOptions,
): Promise<Buffer> {
  return packDocx(buildMeetingDocument(meeting, options));
}
