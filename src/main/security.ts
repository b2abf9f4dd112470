import type { IpcMainInvokeEvent, Session, WebContents, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY_HEADER } from '../shared/security/csp';

/** Every window the app opens uses these and nothing looser. */
export function hardenedWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** Denies permissions (camera, notifications, …) and adds the CSP header to every response. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY_HEADER],
      },
    });
  });
}

/** The window may only ever show the app itself: no navigation, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents, appUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (url !== appUrl) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Only the app's own page, in the app's own window, may call the main process. */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  appWindow: WebContents,
  appUrl: string,
): boolean {
  const frame = event.senderFrame;
  if (event.sender !== appWindow || !frame || frame.parent !== null) return false;
  let sender: URL;
  try {
    sender = new URL(frame.url);
  } catch {
    return false;
  }
  const app = new URL(appUrl);
  // Not `origin`: Node gives every non-http scheme (app:, file:) the same origin, "null".
  return (
    sender.protocol === app.protocol && sender.host === app.host && sender.pathname === app.pathname
  );
}
