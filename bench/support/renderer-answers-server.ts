import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { LargeAnswers } from '../../tests/support/main-bridge';

const ROOT = join(process.cwd(), 'out', 'renderer');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};
const ANSWERS = '/__main-answers/';

/**
 * Serves the built renderer (`npm run build` first) from this process, and beside it the main
 * process's large answers for the bridge (tests/support/main-bridge.ts), each fetched once by the
 * page from the same origin (the app's content security policy allows no other). The DevTools
 * protocol, which carries the bridge's other answers, took 0.5–1.5 s a 2 MB batch of meetings to
 * the page, against about a quarter of that over HTTP on the same loaded machine: a cost of the
 * stand-in that Electron's IPC does not have.
 */
export async function serveRendererWithAnswers(
  port: number,
): Promise<{ url: string; stop: () => void; answers: LargeAnswers }> {
  if (!existsSync(join(ROOT, 'index.html'))) throw new Error('Build the app first: npm run build');
  const waiting = new Map<string, string>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith(ANSWERS)) {
      const token = path.slice(ANSWERS.length);
      const body = waiting.get(token);
      waiting.delete(token);
      response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
      response.end(body ?? '');
      return;
    }
    const file = normalize(join(ROOT, path === '/' ? 'index.html' : decodeURIComponent(path)));
    const inside = file.startsWith(ROOT + sep) && existsSync(file);
    const served = inside ? file : join(ROOT, 'index.html');
    readFile(served).then(
      (bytes) => {
        response.writeHead(200, {
          'content-type': TYPES[extname(served)] ?? 'application/octet-stream',
        });
        response.end(bytes);
      },
      () => {
        response.writeHead(500);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => server.close(),
    answers: {
      publish: (body) => {
        const token = randomUUID();
        waiting.set(token, body);
        return `${ANSWERS}${token}`;
      },
    },
  };
}
