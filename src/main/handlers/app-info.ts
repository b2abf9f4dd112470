import type { IpcResponse } from '../../shared/ipc/contract';
import type { MainPorts } from '../ports';

export function getAppInfo(ports: MainPorts): IpcResponse<'getAppInfo'> {
  return {
    name: ports.appName,
    version: ports.appVersion,
    dataFolder: ports.dataFolder,
    runtime: ports.runtime,
    platform: ports.platform,
  };
}
