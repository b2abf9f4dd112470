import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Serves the built renderer (`npm run build` first) the way the e2e tests do, on its own port. */
export async function serveRenderer(port: number): Promise<{ url: string; stop: () => void }> {
  if (!existsSync('out/renderer/index.html')) throw new Error('Build the app first: npm run build');
  const server: ChildProcess = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      'out/renderer',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid);
    } catch {
      // Already gone.
    }
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`The renderer server did not start on ${url}`);
}
