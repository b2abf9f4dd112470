import type { IpcResponse, ParsedIpcRequest } from '../../shared/ipc/contract';
import type { IpcMethod } from '../../shared/ipc/methods';
import { getAppInfo } from './app-info';
import type { MainPorts } from './ports';

export type HandlerMap = {
  [M in IpcMethod]: (request: ParsedIpcRequest<M>) => Promise<IpcResponse<M>> | IpcResponse<M>;
};

/** Every main-process handler, in one map: the app registers it with ipcMain, tests and the CLI call it directly. */
export function createHandlers(ports: MainPorts): HandlerMap {
  return {
    getAppInfo: () => getAppInfo(ports),
  };
}
