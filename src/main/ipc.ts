import { ipcMain, type WebContents } from 'electron';
import { IPC_METHODS, channelFor } from '../shared/ipc/methods';
import { dispatch } from './dispatch';
import type { HandlerMap } from './handlers';
import { isTrustedSender } from './security';

/** Registers the whole handler map; every call is checked for its sender and parsed before it runs. */
export function registerIpc(
  handlers: HandlerMap,
  appWindow: () => WebContents | null,
  appUrl: string,
): void {
  for (const method of IPC_METHODS) {
    ipcMain.handle(channelFor(method), (event, payload: unknown) => {
      const contents = appWindow();
      if (!contents || !isTrustedSender(event, contents, appUrl)) {
        return {
          ok: false,
          error: { code: 'forbidden', message: 'This window may not call Minute Book.' },
        };
      }
      return dispatch(handlers, method, payload);
    });
  }
}
