import { basename } from 'node:path';
import type { IpcResponse, ParsedIpcRequest } from '../../shared/ipc/contract';
import { attendanceRecordCsv } from '../export/attendance-csv';
import { buildAttendanceRecordDocument } from '../export/attendance-record-document';
import { safeFileName } from '../export/file-name';
import { buildInterestsRegisterDocument } from '../export/interests-register-document';
import { packDocx } from '../export/pack';
import { writeFileAtomic } from '../files/write-file-atomic';
import { WORD_FILTER } from './export-docx';
import type { MainPorts } from '../ports';
import { UserError } from '../user-error';
import { withExtension } from './with-extension';

const CSV_FILTER = { name: 'CSV spreadsheet', extensions: ['csv'] };

type Saved = IpcResponse<'exportAttendanceRecord'>;

/** Builds first (so a record that cannot be built fails before any dialog), then asks, then writes whole. */
async function saveBuilt(
  ports: MainPorts,
  bytes: Buffer,
  dialog: { title: string; defaultFileName: string; csv: boolean },
): Promise<Saved> {
  const chosen = await ports.chooseSavePath({
    title: dialog.title,
    defaultFileName: dialog.defaultFileName,
    filters: [dialog.csv ? CSV_FILTER : WORD_FILTER],
  });
  if (chosen === null) return { status: 'cancelled' };
  const path = withExtension(chosen, dialog.csv ? '.csv' : '.docx');
  await writeFileAtomic(path, bytes);
  return { status: 'saved', path, fileName: basename(path) };
}

/** "NHS Python Community Board - Attendance 2025-01-01 to 2025-12-31.docx" */
export function attendanceFileName(
  record: ParsedIpcRequest<'exportAttendanceRecord'>['record'],
  format: 'docx' | 'csv',
): string {
  return `${safeFileName(`${record.board} - Attendance ${record.from} to ${record.to}`)}.${format}`;
}

export async function exportAttendanceRecord(
  ports: MainPorts,
  request: ParsedIpcRequest<'exportAttendanceRecord'>,
): Promise<IpcResponse<'exportAttendanceRecord'>> {
  const { record, format } = request;
  const bytes =
    format === 'csv'
      ? Buffer.from(attendanceRecordCsv(record), 'utf8')
      : await packDocx(buildAttendanceRecordDocument(record));
  return saveBuilt(ports, bytes, {
    title:
      format === 'csv'
        ? 'Save the attendance record as CSV'
        : 'Export the attendance record to Word',
    defaultFileName: attendanceFileName(record, format),
    csv: format === 'csv',
  });
}

export async function exportInterestsRegister(
  ports: MainPorts,
  request: ParsedIpcRequest<'exportInterestsRegister'>,
): Promise<IpcResponse<'exportInterestsRegister'>> {
  const { register } = request;
  const bytes = await packDocx(buildInterestsRegisterDocument(register));
  const version = register.audience === 'public' ? ' (public)' : '';
  return saveBuilt(ports, bytes, {
    title: 'Export the register of interests to Word',
    defaultFileName: `${safeFileName(`${register.asOf} ${register.board} - Register of interests${version}`)}.docx`,
    csv: false,
  });
}

/** RFC 6068: addresses joined by commas, subject and body percent-encoded, line ends as CRLF. */
export function mailtoUrl(request: ParsedIpcRequest<'openMailDraft'>): string {
  const to = request.to.map((address) => encodeURIComponent(address)).join(',');
  const body = request.body.replace(/\r?\n/g, '\r\n');
  return `mailto:${to}?subject=${encodeURIComponent(request.subject)}&body=${encodeURIComponent(body)}`;
}

/** Opens the reminder as a draft in the user's mail program; Minute Book itself never sends mail. */
export async function openMailDraft(
  ports: MainPorts,
  request: ParsedIpcRequest<'openMailDraft'>,
): Promise<IpcResponse<'openMailDraft'>> {
  if (!ports.openMailDraft) {
    throw new UserError('This computer has no mail program Minute Book can open.');
  }
  try {
    await ports.openMailDraft(mailtoUrl(request));
  } catch {
    throw new UserError(
      'The mail program could not be opened. Check that one is set up as the default for e-mail links.',
    );
  }
  return { opened: true };
}
