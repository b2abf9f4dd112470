import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY_HEADER } from '../shared/security/csp';

/**
 * The built renderer is served as app://minute-book/… rather than from file:// URLs: the page
 * gets a real origin of its own, so it cannot read other local files, and the fuse that gives
 * file:// pages extra privileges can stay off (docs/packaging.md). Electron's side (registering
 * the scheme, `protocol.handle`) is in index.ts; what is answered is decided here.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'minute-book';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export type AppRequestTarget =
  | { kind: 'file'; path: string; contentType: string }
  | { kind: 'refused'; status: 400 | 403 | 404 | 405 };

/**
 * The file under `root` that an app:// URL names, or why it is refused: another host, a path
 * that climbs out of `root` (`..`, also when percent-encoded), backslashes, NUL bytes, or a type
 * of file the app does not ship.
 */
export function resolveAppRequest(url: string, root: string): AppRequestTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) {
    return { kind: 'refused', status: 404 };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (
    pathname.includes('\\') ||
    pathname.includes('\0') ||
    segments.some((segment) => segment === '..' || segment === '.')
  ) {
    return { kind: 'refused', status: 403 };
  }
  const rootPath = resolve(root);
  const path = resolve(join(rootPath, ...segments));
  const inside = relative(rootPath, path);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return { kind: 'refused', status: 403 };
  }
  const contentType = CONTENT_TYPES[extname(path).toLowerCase()];
  if (!contentType) return { kind: 'refused', status: 404 };
  return { kind: 'file', path, contentType };
}

/** Headers of every app:// response: the CSP (with frame-ancestors, which `<meta>` cannot set). */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

export type ReadAppFile = (path: string) => Promise<Uint8Array>;

/**
 * The handler `protocol.handle` calls: GET and HEAD only, files under `root` only. `readFile`
 * is Node's (Electron's fs reads inside app.asar as well); a file that is not there is a 404.
 */
export function createAppProtocolHandler(
  root: string,
  readFile: ReadAppFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
    }
    const target = resolveAppRequest(request.url, root);
    if (target.kind === 'refused') return new Response(null, { status: target.status });
    let body: Uint8Array;
    try {
      body = await readFile(target.path);
    } catch {
      return new Response(null, { status: 404 });
    }
    const headers = appResponseHeaders(target.contentType);
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers,
    });
  };
}

/**
 * The page the window loads: the dev server's in `electron-vite dev`, never in an installed app,
 * where an environment variable must not be able to swap the whole interface for another page.
 */
export function rendererEntryUrl(isPackaged: boolean, devServerUrl: string | undefined): string {
  return !isPackaged && devServerUrl ? devServerUrl : APP_ENTRY_URL;
}
