import { extractAll, listPackage } from '@electron/asar';
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { builtinModules } from 'node:module';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Platform, build } from 'electron-builder';

// What electron-builder puts into app.asar, from the built app and electron-builder.yml, packed
// for Linux as a folder. The Electron binary cannot be downloaded here, so a stand-in folder takes
// its place (electronDist) and the fuses, which are flipped inside that binary, are left to the
// release workflow; docs/packaging.md lists what only a machine with the binary can check.

const ROOT = resolve(__dirname, '../..');

let workspace: string;
let files: string[];
let extracted: string;

test.describe.configure({ mode: 'serial' });
test.skip(
  process.platform !== 'linux',
  'Packed with a Linux stand-in for Electron; the release workflow builds each platform for real.',
);

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const mainEntry = join(ROOT, 'out/main/index.js');
  expect(
    await readFile(mainEntry).then(
      () => true,
      () => false,
    ),
    'run npm run build first',
  ).toBe(true);
  workspace = await mkdtemp(join(tmpdir(), 'minute-book-pack-'));
  const electronDist = join(workspace, 'electron-dist');
  await mkdir(join(electronDist, 'resources'), { recursive: true });
  await writeFile(join(electronDist, 'electron'), '#!/bin/sh\nexit 0\n');
  await chmod(join(electronDist, 'electron'), 0o755);
  await writeFile(join(electronDist, 'version'), 'v0.0.0-stand-in');
  const electronVersion = (
    JSON.parse(await readFile(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

  await build({
    projectDir: ROOT,
    targets: Platform.LINUX.createTarget('dir'),
    config: {
      extends: null,
      electronDist,
      electronVersion,
      electronFuses: null,
      directories: { output: join(workspace, 'dist') },
    },
  });
  const asar = join(workspace, 'dist/linux-unpacked/resources/app.asar');
  files = listPackage(asar, { isPack: false }).map((file) => file.replaceAll('\\', '/'));
  extracted = join(workspace, 'app');
  extractAll(asar, extracted);
});

test.afterAll(async () => {
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

test('app.asar holds the main process, preload, renderer, search worker and icon', async () => {
  const packageJson = JSON.parse(await readFile(join(extracted, 'package.json'), 'utf8')) as {
    main: string;
  };
  expect(files).toContain(`/${packageJson.main.replace(/^\.\//, '')}`);
  for (const file of [
    '/out/main/index.js',
    '/out/preload/index.js',
    '/out/renderer/index.html',
    '/resources/icon.png',
  ]) {
    expect(files).toContain(file);
  }
  expect(
    files.some((file) => /^\/out\/renderer\/assets\/search\.worker-[\w-]+\.js$/.test(file)),
  ).toBe(true);

  // Every script and stylesheet index.html names is in the archive.
  const html = await readFile(join(extracted, 'out/renderer/index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => match[1]);
  expect(referenced.length).toBeGreaterThan(1);
  for (const file of referenced) expect(files).toContain(`/out/renderer/${file}`);
});

test('app.asar leaves out sources, tests, source maps and the command line', () => {
  const ownFiles = files.filter((file) => !file.startsWith('/node_modules/'));
  expect(
    ownFiles.filter((file) => /^\/(src|tests|scripts|bench|docs|out\/cli)(\/|$)/.test(file)),
  ).toEqual([]);
  expect(ownFiles.filter((file) => /\.(map|ts|tsx|mts)$/.test(file))).toEqual([]);
  expect(
    files.filter((file) =>
      /^\/node_modules\/(electron|electron-builder|vitest|@playwright)\//.test(file),
    ),
  ).toEqual([]);
});

test('every package the main process loads is in app.asar and loads from there, without LibreOffice', async () => {
  // The main process is its entry and the chunks it loads (the import worker's among them).
  const mainFiles = (await readdir(join(extracted, 'out/main'), { recursive: true })).filter(
    (file) => file.endsWith('.js'),
  );
  const main = (
    await Promise.all(mainFiles.map((file) => readFile(join(extracted, 'out/main', file), 'utf8')))
  ).join('\n');
  const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
  const packages = [
    ...new Set([...main.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1] ?? '')),
    // The main bundle's own chunks ("./chunks/…", such as the import worker's) are its files, not packages.
  ].filter((name) => name !== 'electron' && !builtins.has(name) && !name.startsWith('.'));
  expect(packages).toEqual(
    expect.arrayContaining([
      'docx',
      'jszip',
      'mammoth',
      'node-forge',
      // Only its canonicaliser: the package's entry would load its signer too.
      'xml-crypto/lib/c14n-canonicalization',
      'asn1js',
      'zod',
    ]),
  );

  // Plain Node, started in the extracted archive with no access to the project's node_modules
  // (NODE_PATH empty, the archive outside the project): each package must resolve inside it.
  const script = `
    const { createRequire } = require('node:module');
    const load = createRequire(${JSON.stringify(join(extracted, 'out/main/index.js'))});
    const from = {};
    for (const name of ${JSON.stringify(packages)}) { load(name); from[name] = load.resolve(name); }
    process.stdout.write(JSON.stringify(from));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], {
    cwd: extracted,
    env: { PATH: '/nonexistent', NODE_PATH: '' },
  });
  const resolved = JSON.parse(stdout) as Record<string, string>;
  for (const name of packages)
    expect(resolved[name]?.startsWith(join(extracted, 'node_modules'))).toBe(true);
  // Nothing in the app starts another program (LibreOffice is only the tests' second opinion).
  expect(main).not.toMatch(/require\("(node:)?child_process"\)/);
});
