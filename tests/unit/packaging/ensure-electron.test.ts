import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// `npm start`'s pre-step, run as npm runs it, in a throwaway project whose electron package is a
// copy of the real one (its install.js, checksums and @electron/get), so nothing here can touch
// the project's own node_modules/electron. Every download goes to 127.0.0.1 only.

const SCRIPT = resolve('scripts/ensure-electron.mjs');
const REAL_ELECTRON = resolve('node_modules/electron');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

let project: string;
let electronVersion: string;

beforeEach(async () => {
  project = await mkdtemp(join(tmpdir(), 'minute-book-start-'));
  const electronDir = join(project, 'node_modules', 'electron');
  await mkdir(electronDir, { recursive: true });
  for (const file of ['package.json', 'install.js', 'checksums.json']) {
    await copyFile(join(REAL_ELECTRON, file), join(electronDir, file));
  }
  // A junction on Windows, where a plain directory symlink needs administrator rights.
  await symlink(
    resolve('node_modules/@electron'),
    join(project, 'node_modules', '@electron'),
    'junction',
  );
  await mkdir(join(project, 'cache'));
  electronVersion = (
    JSON.parse(await readFile(join(electronDir, 'package.json'), 'utf8')) as { version: string }
  ).version;
});

afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

/** The environment without anything that could point a download elsewhere or skip it. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/electron|proxy|^npm_/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, electron_config_cache: join(project, 'cache'), ...extra };
}

function runPreStep(env: NodeJS.ProcessEnv): Promise<Run> {
  const started = performance.now();
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [SCRIPT], { cwd: project, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', failed);
    child.on('close', (code) =>
      done({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 }),
    );
  });
}

/** A port on loopback that was free a moment ago and has nothing listening: connections are refused. */
async function closedLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  await new Promise((closed) => server.close(closed));
  return port;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

function platformArtifact(): string {
  return `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;
}

describe("npm start's pre-step (scripts/ensure-electron.mjs)", () => {
  it('with the network unreachable, exits non-zero within seconds and says what is missing and what to run', async () => {
    const mirror = `http://127.0.0.1:${await closedLoopbackPort()}/`;
    const run = await runPreStep(cleanEnv({ ELECTRON_MIRROR: mirror }));

    expect(run.code).toBe(1);
    expect(run.seconds).toBeLessThan(15);
    expect(run.stderr).toContain(
      `Minute Book cannot start: the Electron ${electronVersion} for ${process.platform}-${process.arch} binary is missing`,
    );
    expect(run.stderr).toContain('the download server could not be reached');
    expect(run.stderr).toContain(`the mirror ${mirror}`);
    expect(run.stderr).toContain('  npx install-electron');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  }, 30_000);

  it("runs Electron's own installer, which asks for this platform's build and refuses one that fails its checksum", async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.writeHead(200, { 'content-type': 'application/zip' });
      response.end(Buffer.from('PK\u0003\u0004 not the Electron build'));
    });
    try {
      const mirror = await listen(server);
      const run = await runPreStep(cleanEnv({ ELECTRON_MIRROR: mirror }));

      expect(requests).toEqual([`/v${electronVersion}/${platformArtifact()}`]);
      expect(run.stdout).toContain("downloading it with Electron's installer");
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/checksum|sha256/i);
      expect(run.stderr).toContain('  npx install-electron');
      // Nothing was installed from the rejected download.
      await expect(readFile(join(project, 'node_modules/electron/path.txt'))).rejects.toThrow();
    } finally {
      await new Promise((closed) => server.close(closed));
    }
  }, 30_000);

  it('does not download when ELECTRON_SKIP_BINARY_DOWNLOAD is set, and says how to get the binary', async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.writeHead(404).end();
    });
    try {
      const mirror = await listen(server);
      const run = await runPreStep(
        cleanEnv({ ELECTRON_MIRROR: mirror, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }),
      );

      expect(run.code).toBe(1);
      expect(requests).toEqual([]);
      expect(run.stderr).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD is set');
      expect(run.stderr).toContain('  npx install-electron');
    } finally {
      await new Promise((closed) => server.close(closed));
    }
  });

  it('starts at once, without the network, when the installer has already put the binary in place', async () => {
    const electronDir = join(project, 'node_modules', 'electron');
    const executable =
      process.platform === 'win32'
        ? 'electron.exe'
        : process.platform === 'darwin'
          ? 'Electron.app/Contents/MacOS/Electron'
          : 'electron';
    await mkdir(join(electronDir, 'dist', executable, '..'), { recursive: true });
    await writeFile(join(electronDir, 'dist', executable), '');
    await writeFile(join(electronDir, 'dist', 'version'), `v${electronVersion}`);
    await writeFile(join(electronDir, 'path.txt'), executable);
    const mirror = `http://127.0.0.1:${await closedLoopbackPort()}/`;

    const run = await runPreStep(cleanEnv({ ELECTRON_MIRROR: mirror }));

    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('names the missing electron package when npm install has not been run', async () => {
    await rm(join(project, 'node_modules'), { recursive: true });

    const run = await runPreStep(cleanEnv({}));

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the electron package is not installed');
    expect(run.stderr).toContain('  npm install');
  });
});
