#!/usr/bin/env node
// Runs before `npm start` and `npm run dev`. From Electron 42 on, `npm install` no longer downloads
// the Electron binary, and electron-vite only finds one that Electron's own installer has put in
// place (node_modules/electron/path.txt). So this runs that installer, which downloads the binary
// for this machine and checks it against the SHA-256 sums shipped in the electron package, and
// turns a failure into a message that says what is missing and what to run.
//
// Plain JavaScript on purpose: it must explain itself even on a Node too old to run the app.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const REQUIRED_NODE_MAJOR = 24;
/** The last lines of the installer's error output, enough to say why without its stack. */
const REASON_LINES = 3;

function fail(lines) {
  process.stderr.write(`\n${lines.join('\n')}\n\n`);
  process.exit(1);
}

function platformExecutable(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** Mirrors the electron package's own check of a finished install (install.js, isInstalled). */
function installedBinary(electronDir, version) {
  const override = process.env['ELECTRON_EXEC_PATH'];
  if (override) return existsSync(override) ? override : null;
  try {
    const installedVersion = readFileSync(join(electronDir, 'dist', 'version'), 'utf8').trim();
    const relativePath = readFileSync(join(electronDir, 'path.txt'), 'utf8');
    if (installedVersion.replace(/^v/, '') !== version) return null;
    if (relativePath !== platformExecutable(process.platform)) return null;
    const binary = join(electronDir, 'dist', relativePath);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Runs node_modules/electron/install.js (the `install-electron` bin) and collects its errors. */
function runInstaller(installer) {
  return new Promise((resolve) => {
    let errors = '';
    const child = spawn(process.execPath, [installer], { stdio: ['ignore', 'inherit', 'pipe'] });
    child.stderr.on('data', (chunk) => {
      errors += chunk;
      process.stderr.write(chunk);
    });
    child.on('error', (error) => resolve({ code: 1, errors: `${errors}${error.message}` }));
    child.on('close', (code, signal) =>
      resolve({ code: code ?? 1, errors: signal ? `${errors}stopped by ${signal}` : errors }),
    );
  });
}

/** Network failures that mean the download server could not be reached at all. */
const UNREACHABLE =
  /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH/;

function reasonFrom(errors) {
  const lines = errors
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  const reason = lines.slice(-REASON_LINES);
  if (UNREACHABLE.test(errors)) reason.push('(the download server could not be reached)');
  return reason;
}

async function main() {
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor < REQUIRED_NODE_MAJOR) {
    fail([
      `Minute Book needs Node.js ${REQUIRED_NODE_MAJOR} or later; this is Node.js ${process.versions.node}.`,
      `Install Node.js ${REQUIRED_NODE_MAJOR} (the version in .nvmrc; with nvm: nvm install), then run:`,
      '  npm install && npm start',
    ]);
  }

  // Resolved from where npm runs the script: the project folder.
  const require = createRequire(join(process.cwd(), 'package.json'));
  let electronDir;
  try {
    electronDir = dirname(require.resolve('electron/package.json'));
  } catch {
    fail([
      'Minute Book cannot start: the electron package is not installed.',
      'Run this in the project folder, then try again:',
      '  npm install',
    ]);
  }
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
  if (installedBinary(electronDir, version)) return;

  const target = `Electron ${version} for ${process.platform}-${process.arch}`;
  if (process.env['ELECTRON_SKIP_BINARY_DOWNLOAD']) {
    fail([
      `Minute Book cannot start: the ${target} binary is not installed,`,
      'and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded.',
      'Unset ELECTRON_SKIP_BINARY_DOWNLOAD and run, on a connected machine:',
      '  npx install-electron',
    ]);
  }

  const installer = join(electronDir, 'install.js');
  process.stdout.write(
    `The ${target} binary is not installed yet: downloading it with Electron's installer,\n` +
      'which checks it against the SHA-256 sums shipped in the electron package (about 100 MB).\n',
  );
  const { code, errors } = await runInstaller(installer);
  if (code === 0 && installedBinary(electronDir, version)) return;

  const mirror = process.env['ELECTRON_MIRROR'] ?? process.env['npm_config_electron_mirror'];
  fail([
    `Minute Book cannot start: the ${target} binary is missing, and downloading it failed:`,
    ...reasonFrom(errors).map((line) => `  ${line}`),
    `Electron's installer downloads it from ${mirror ? `the mirror ${mirror}` : "Electron's GitHub releases"}.`,
    'Connect this machine to the internet (or set ELECTRON_MIRROR to a reachable mirror), then run:',
    '  npx install-electron',
    'and then `npm start` again. The tests (`npm test`) do not need the binary.',
  ]);
}

await main();
