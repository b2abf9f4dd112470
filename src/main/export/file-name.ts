import type { MeetingFile } from '../../shared/model';
import type { DocxExportOptions } from './build-document';
import { documentKind } from './wording';

/** Characters Windows, macOS or a USB stick's FAT file system refuse in a file name. */
const UNSAFE = new Set('<>:"/\\|?*');

export function safeFileName(name: string): string {
  const replaced = Array.from(name, (char) =>
    UNSAFE.has(char) || char.charCodeAt(0) < 0x20 ? '-' : char,
  ).join('');
  return replaced
    .replace(/-+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
}

/** "2021-06-21 NHS Python Community Board - Meeting Summary.docx": sorts by date in any folder. */
export function docxFileName(meeting: MeetingFile, options: DocxExportOptions): string {
  const kind = documentKind(meeting.title, options.layout);
  const publicVersion = options.audience === 'public' ? ' (public)' : '';
  return `${safeFileName(`${meeting.date} ${meeting.board} - ${kind}${publicVersion}`)}.docx`;
}

/** "2021-06-21 NHS Python Community Board.meeting.json" */
export function meetingFileName(meeting: MeetingFile): string {
  return `${safeFileName(`${meeting.date} ${meeting.board}`)}.meeting.json`;
}
