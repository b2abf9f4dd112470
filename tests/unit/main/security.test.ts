import { EventEmitter } from 'node:events';
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  hardenedWebPreferences,
  isTrustedSender,
} from '@main/security';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '@shared/security/csp';

const APP_URL = 'file:///opt/minute-book/out/renderer/index.html';

class FakeWebContents extends EventEmitter {
  windowOpenHandler: (() => { action: string }) | null = null;
  setWindowOpenHandler(handler: () => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

function navigationEvent() {
  return { preventDefault: vi.fn() };
}

describe('window hardening', () => {
  it('isolates and sandboxes the renderer', () => {
    expect(hardenedWebPreferences('/preload.js')).toMatchObject({
      preload: '/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('blocks navigation away from the app, new windows and webviews', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents, APP_URL);

    const away = navigationEvent();
    contents.emit('will-navigate', away, 'https://example.org/');
    expect(away.preventDefault).toHaveBeenCalled();

    const reload = navigationEvent();
    contents.emit('will-navigate', reload, APP_URL);
    expect(reload.preventDefault).not.toHaveBeenCalled();

    const webview = navigationEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });

  it('denies every permission and sends the CSP header', () => {
    let requestHandler:
      ((c: unknown, p: string, callback: (granted: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    let headersHandler:
      | ((
          details: { responseHeaders?: Record<string, string[]> },
          callback: (r: unknown) => void,
        ) => void)
      | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof requestHandler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: typeof checkHandler) => (checkHandler = handler),
      webRequest: {
        onHeadersReceived: (handler: typeof headersHandler) => (headersHandler = handler),
      },
    };
    hardenSession(session as unknown as Session);

    const granted = vi.fn();
    requestHandler?.(null, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(checkHandler?.()).toBe(false);

    const respond = vi.fn();
    headersHandler?.({ responseHeaders: { 'X-Other': ['1'] } }, respond);
    expect(respond).toHaveBeenCalledWith({
      responseHeaders: {
        'X-Other': ['1'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY_HEADER],
      },
    });
  });

  it('keeps the CSP free of network sources and inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/);
    expect(CONTENT_SECURITY_POLICY_HEADER).toContain("frame-ancestors 'none'");
  });
});

describe('sender check', () => {
  const appWindow = {} as WebContents;
  const event = (url: string, sender: WebContents = appWindow, parent: unknown = null) =>
    ({ sender, senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent;

  it('trusts only the app page in the app window', () => {
    expect(isTrustedSender(event(APP_URL), appWindow, APP_URL)).toBe(true);
    expect(isTrustedSender(event('file:///tmp/evil.html'), appWindow, APP_URL)).toBe(false);
    expect(isTrustedSender(event('https://example.org/'), appWindow, APP_URL)).toBe(false);
    expect(isTrustedSender(event(APP_URL, {} as WebContents), appWindow, APP_URL)).toBe(false);
    expect(isTrustedSender(event(APP_URL, appWindow, {}), appWindow, APP_URL)).toBe(false);
  });

  it('trusts the app:// page and no other page of a scheme Node gives the origin "null"', () => {
    const appUrl = 'app://minute-book/index.html';
    expect(isTrustedSender(event(appUrl), appWindow, appUrl)).toBe(true);
    expect(isTrustedSender(event('app://other/index.html'), appWindow, appUrl)).toBe(false);
    expect(isTrustedSender(event('evil://minute-book/index.html'), appWindow, appUrl)).toBe(false);
    expect(isTrustedSender(event('file:///index.html'), appWindow, appUrl)).toBe(false);
    expect(isTrustedSender(event('app://minute-book/other.html'), appWindow, appUrl)).toBe(false);
    expect(isTrustedSender(event('not a url'), appWindow, appUrl)).toBe(false);
  });
});
