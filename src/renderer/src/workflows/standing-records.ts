import type { IpcRequest, IpcResponse } from '@shared/ipc/contract';
import type { WorkflowContext } from './context';

/**
 * The board's standing records leave the app through the main process, which asks where to save
 * them: the page sends only the data, never a path.
 */

/** The attendance record in Word (for the annual report) or CSV (for a spreadsheet). */
export function exportAttendanceRecord(
  context: WorkflowContext,
  request: IpcRequest<'exportAttendanceRecord'>,
): Promise<IpcResponse<'exportAttendanceRecord'>> {
  return context.callMain('exportAttendanceRecord', request);
}

/** The register of interests in Word: the full one for the board, or the public one. */
export function exportInterestsRegister(
  context: WorkflowContext,
  request: IpcRequest<'exportInterestsRegister'>,
): Promise<IpcResponse<'exportInterestsRegister'>> {
  return context.callMain('exportInterestsRegister', request);
}

/** A reminder to confirm entries, opened as a draft in the user's mail program; nothing is sent. */
export async function openReminderDraft(
  context: WorkflowContext,
  draft: IpcRequest<'openMailDraft'>,
): Promise<void> {
  await context.callMain('openMailDraft', draft);
}
