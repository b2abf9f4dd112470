import type {
  IpcRequest,
  IpcResponse,
  IpcResult,
  MinuteBookBridge,
} from '../../shared/ipc/contract';
import { BRIDGE_GLOBAL, type IpcMethod } from '../../shared/ipc/methods';

declare global {
  interface Window {
    [BRIDGE_GLOBAL]?: MinuteBookBridge;
  }
}

export class MainProcessError extends Error {
  override readonly name = 'MainProcessError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Calls the main process and returns its answer, or throws its failure with a message fit to show. */
export async function callMain<M extends IpcMethod>(
  method: M,
  request: IpcRequest<M>,
): Promise<IpcResponse<M>> {
  const bridge = window[BRIDGE_GLOBAL];
  if (!bridge) {
    throw new MainProcessError(
      'unavailable',
      'Minute Book is running without its desktop shell, so files cannot be read or written.',
    );
  }
  const call: (request: IpcRequest<M>) => Promise<IpcResult<IpcResponse<M>>> = bridge[method];
  const result = await call(request);
  if (!result.ok) throw new MainProcessError(result.error.code, result.error.message);
  return result.value;
}
