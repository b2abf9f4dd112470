import { basename } from 'node:path';
import type { IpcResponse, ParsedIpcRequest } from '../../shared/ipc/contract';
import { meetingFileName } from '../export/file-name';
import { loadMeetingFile } from '../files/read-meeting-file';
import { writeFileAtomic } from '../files/write-file-atomic';
import type { MainPorts } from '../ports';
import { chooseSavePathWithExtension } from './with-extension';

const MEETING_FILTER = { name: 'Minute Book meeting', extensions: ['json'] };

/** Saves the meeting in its documented JSON form (docs/meeting-file.md), whole or not at all. */
export async function saveMeetingFile(
  ports: MainPorts,
  request: ParsedIpcRequest<'saveMeetingFile'>,
): Promise<IpcResponse<'saveMeetingFile'>> {
  const path = await chooseSavePathWithExtension(
    ports,
    {
      title: 'Save meeting file',
      defaultFileName: meetingFileName(request.meeting),
      filters: [MEETING_FILTER],
    },
    '.json',
  );
  if (path === null) return { status: 'cancelled' };
  await writeFileAtomic(path, `${JSON.stringify(request.meeting, null, 2)}\n`);
  return { status: 'saved', path, fileName: basename(path) };
}

/** Opens a meeting file; a file that is not one, or is from a newer Minute Book, says so plainly. */
export async function openMeetingFile(ports: MainPorts): Promise<IpcResponse<'openMeetingFile'>> {
  const chosen = await ports.chooseOpenPath({
    title: 'Open meeting file',
    filters: [MEETING_FILTER, { name: 'All files', extensions: ['*'] }],
  });
  if (chosen === null) return { status: 'cancelled' };
  const meeting = await loadMeetingFile(chosen);
  return { status: 'opened', path: chosen, fileName: basename(chosen), meeting };
}
