import { basename } from 'node:path';
import type { IpcResponse, ParsedIpcRequest } from '../../shared/ipc/contract';
import { docxFileName } from '../export/file-name';
import { renderMeetingDocx } from '../export/pack';
import { sha256Hex } from '../files/sha256';
import { writeFileAtomic } from '../files/write-file-atomic';
import type { MainPorts } from '../ports';
import { chooseSavePathWithExtension } from './with-extension';

export const WORD_FILTER = { name: 'Word document', extensions: ['docx'] };

/**
 * "Export to Word": builds the document first, so a meeting that cannot be exported fails before
 * the user is asked anything; then asks where to save it and writes it whole or not at all.
 */
export async function exportMeetingDocx(
  ports: MainPorts,
  request: ParsedIpcRequest<'exportMeetingDocx'>,
): Promise<IpcResponse<'exportMeetingDocx'>> {
  const options = {
    layout: request.layout,
    audience: request.audience,
    handSignature: request.handSignature,
  };
  const bytes = await renderMeetingDocx(request.meeting, options);
  const path = await chooseSavePathWithExtension(
    ports,
    {
      title: 'Export to Word',
      defaultFileName: docxFileName(request.meeting, options),
      filters: [WORD_FILTER],
    },
    '.docx',
  );
  if (path === null) return { status: 'cancelled' };
  await writeFileAtomic(path, bytes);
  return {
    status: 'saved',
    path,
    fileName: basename(path),
    sha256: sha256Hex(bytes),
    token: ports.exportedFiles.register(path),
  };
}
