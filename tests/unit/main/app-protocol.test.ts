import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  createAppProtocolHandler,
  rendererEntryUrl,
  resolveAppRequest,
} from '@main/app-protocol';
import { CONTENT_SECURITY_POLICY_HEADER } from '@shared/security/csp';
import { makeTempDataFolder } from '../../support/temp-data-folder';

let folder: string;
let root: string;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ folder, remove } = await makeTempDataFolder());
  root = join(folder, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Minute Book</title>');
  await writeFile(join(root, 'assets', 'search.worker-abc.js'), 'self.onmessage = () => {};');
  await writeFile(join(folder, 'secret.json'), '{"key":"not for the page"}');
  await mkdir(join(folder, 'renderer-evil'));
  await writeFile(join(folder, 'renderer-evil', 'x.js'), 'stolen()');
});
afterAll(() => remove());

const handler = () => createAppProtocolHandler(root, (path) => readFile(path));

describe('app:// paths', () => {
  it('maps the entry and assets to files under the renderer folder', () => {
    expect(resolveAppRequest(APP_ENTRY_URL, root)).toEqual({
      kind: 'file',
      path: join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest('app://minute-book/', root)).toMatchObject({
      path: join(root, 'index.html'),
    });
    expect(
      resolveAppRequest(
        'app://minute-book/assets/search.worker-abc.js?worker_file&type=module',
        root,
      ),
    ).toEqual({
      kind: 'file',
      path: join(root, 'assets', 'search.worker-abc.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
  });

  it.each([
    ['app://minute-book/../secret.json', 'secret.json'],
    ['app://minute-book/%2e%2e/secret.json', 'secret.json'],
    ['app://minute-book/assets/%2E%2E/%2E%2E/secret.json', 'secret.json'],
    ['app://minute-book/./index.html', 'index.html'],
  ])('keeps %s inside the renderer folder, as the URL parser resolves dots', (url, file) => {
    expect(resolveAppRequest(url, root)).toMatchObject({ kind: 'file', path: join(root, file) });
  });

  it.each([
    'app://minute-book/..%2fsecret.json',
    'app://minute-book/..%5csecret.json',
    'app://minute-book/assets%5c..%5c..%5csecret.json',
    'app://minute-book/%2e%2e%2frenderer-evil/x.js',
    'app://minute-book/assets/..%2F..%2Frenderer-evil/x.js',
    'app://minute-book/index.html%00.png',
  ])('refuses %s, an escape hidden from the URL parser', (url) => {
    expect(resolveAppRequest(url, root)).toEqual({ kind: 'refused', status: 403 });
  });

  it('refuses other hosts and schemes, malformed escapes and unknown file types', () => {
    expect(resolveAppRequest('app://elsewhere/index.html', root)).toEqual({
      kind: 'refused',
      status: 404,
    });
    expect(resolveAppRequest('file:///etc/passwd', root)).toMatchObject({ status: 404 });
    expect(resolveAppRequest('app://minute-book/%E0%A4%A', root)).toMatchObject({ status: 400 });
    expect(resolveAppRequest('not a url', root)).toMatchObject({ status: 400 });
    expect(resolveAppRequest('app://minute-book/package', root)).toMatchObject({ status: 404 });
  });
});

describe('the app:// handler', () => {
  it('answers with the file, its type and the CSP header', async () => {
    const response = await handler()(new Request(APP_ENTRY_URL));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>Minute Book</title>');
  });

  it('serves the search worker as a JavaScript module', async () => {
    const response = await handler()(new Request('app://minute-book/assets/search.worker-abc.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('never reads a file outside the renderer folder', async () => {
    const read: string[] = [];
    const spy = createAppProtocolHandler(root, (path) => {
      read.push(path);
      return readFile(path);
    });
    const hidden = await spy(new Request('app://minute-book/..%2fsecret.json'));
    expect(hidden.status).toBe(403);
    expect(await hidden.text()).toBe('');
    const dotted = await spy(new Request('app://minute-book/../secret.json'));
    expect(dotted.status).toBe(404);
    expect(read).toEqual([join(root, 'secret.json')]);
  });

  it('answers 404 for a missing file and 405 for anything but GET and HEAD', async () => {
    expect((await handler()(new Request('app://minute-book/missing.js'))).status).toBe(404);
    const post = await handler()(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
    const head = await handler()(new Request(APP_ENTRY_URL, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('the page the window loads', () => {
  it('is the dev server only in development, never in an installed app', () => {
    expect(rendererEntryUrl(false, 'http://localhost:5173/')).toBe('http://localhost:5173/');
    expect(rendererEntryUrl(true, 'http://localhost:5173/')).toBe(APP_ENTRY_URL);
    expect(rendererEntryUrl(true, 'https://evil.example/')).toBe(APP_ENTRY_URL);
    expect(rendererEntryUrl(false, undefined)).toBe(APP_ENTRY_URL);
    expect(rendererEntryUrl(false, '')).toBe(APP_ENTRY_URL);
  });
});
