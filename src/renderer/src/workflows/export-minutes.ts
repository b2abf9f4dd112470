import type { IpcResponse } from '@shared/ipc/contract';
import {
  meetingFileSchema,
  type Board,
  type ExportRecord,
  type Meeting,
  type MeetingVersion,
} from '@shared/model';
import { MainProcessError } from '../bridge';
import type { WorkflowContext } from './context';
import { recordExport, recordStep } from './records';

export type ExportLayout = ExportRecord['layout'];
export type ExportAudience = ExportRecord['audience'];

export type ExportOutcome =
  { status: 'cancelled' } | { status: 'saved'; fileName: string; folder: string };

/**
 * Builds the Word document of a meeting's minutes and has the main process save it where the
 * secretary chooses; keeps a record of it; and marks a draft circulated, as a draft that leaves
 * the app has gone out for comment.
 */
export async function exportMinutes(
  context: WorkflowContext,
  board: Board,
  meeting: Meeting,
  choice: { layout: ExportLayout; audience: ExportAudience; handSignature: boolean },
): Promise<ExportOutcome> {
  const result = await context.callMain('exportMeetingDocx', {
    meeting: await context.meetingFile(board, meeting),
    ...choice,
  });
  if (result.status === 'cancelled') return { status: 'cancelled' };
  await recordExport(context, {
    meetingId: meeting.id,
    at: context.now().toISOString(),
    fileName: result.fileName,
    path: result.path,
    sha256: result.sha256,
    layout: choice.layout,
    audience: choice.audience,
    status: meeting.status,
  });
  if (meeting.status === 'draft') {
    await recordStep(context, meeting.id, 'circulate', {
      at: context.now().toISOString(),
      by: '',
      detail: `Exported ${result.fileName} (SHA-256 ${result.sha256})`,
    });
  }
  return {
    status: 'saved',
    fileName: result.fileName,
    folder: result.path.slice(0, -result.fileName.length - 1),
  };
}

/** A failure the secretary can get round by choosing again (a read-only folder, a full disk). */
export function canChooseAgain(error: unknown): boolean {
  return error instanceof MainProcessError && error.code === 'user-error';
}

/** Saves the meeting as a meeting file (docs/meeting-file.md) where the secretary chooses. */
export async function saveMeetingFile(
  context: WorkflowContext,
  board: Board,
  meeting: Meeting,
): Promise<IpcResponse<'saveMeetingFile'>> {
  return context.callMain('saveMeetingFile', {
    meeting: await context.meetingFile(board, meeting),
  });
}

/** Saves a version of the minutes frozen at a sign-off step, as the meeting file it was then. */
export function saveVersionFile(
  context: WorkflowContext,
  version: Pick<MeetingVersion, 'fileJson'>,
): Promise<IpcResponse<'saveMeetingFile'>> {
  const meeting = meetingFileSchema.parse(JSON.parse(version.fileJson));
  return context.callMain('saveMeetingFile', { meeting });
}
