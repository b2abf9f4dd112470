import type { IpcResponse } from '@shared/ipc/contract';
import type { WorkflowContext } from './context';

/** Has the main process ask for a .docx and check every signature on it. */
export function verifyDocument(context: WorkflowContext): Promise<IpcResponse<'verifyDocument'>> {
  return context.callMain('verifyDocument', {});
}
