import { contextBridge, ipcRenderer } from 'electron';
import type { MinuteBookBridge } from '../shared/ipc/contract';
import { BRIDGE_GLOBAL, IPC_METHODS, channelFor } from '../shared/ipc/methods';

/** One named function per contract method; the renderer never sees ipcRenderer itself. */
const bridge = Object.fromEntries(
  IPC_METHODS.map((method) => [
    method,
    (request: unknown) => ipcRenderer.invoke(channelFor(method), request),
  ]),
) as MinuteBookBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
