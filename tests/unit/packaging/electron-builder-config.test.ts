import type { Configuration } from 'electron-builder';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_EXTENSION } from '@main/backup/archive-format';

// electron-builder.yml as electron-builder itself reads it (merged with package.json), checked by
// its own validator against its JSON schema (both in app-builder-lib, the core electron-builder
// installs) and against what the installers must do for a board secretary. What goes into app.asar is checked after the build,
// in tests/e2e/packaged-app.spec.ts.

const ROOT = resolve(__dirname, '../../..');
const packageJson = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  productName: string;
  main: string;
  scripts: Record<string, string>;
};

let config: Configuration;

beforeAll(async () => {
  config = await getConfig(ROOT, null, null);
}, 60_000);

/** The `files` patterns; electron-builder hands them back as one filter set. */
function filePatterns(): string[] {
  return (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
}

function targetNames(target: unknown): string[] {
  const list = Array.isArray(target) ? target : [target];
  return list.map((entry) =>
    typeof entry === 'string' ? entry : (entry as { target: string }).target,
  );
}

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// Compiling the schema takes a few seconds on a busy machine.
describe('electron-builder.yml', { timeout: 60_000 }, () => {
  it("is valid against electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would be rejected by that schema with a misspelt option', async () => {
    const misspelt = { ...config, nsis: { ...config.nsis, perMachin: false } } as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(
      /does not match the API schema[\s\S]*configuration\.nsis/,
    );
  });

  it('names the app as package.json does, with a reverse-DNS app id', () => {
    expect(config.productName).toBe(packageJson.productName);
    expect(config.productName).toBe('Minute Book');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z][a-z0-9-]*){2,}$/);
  });

  it('builds a per-user Windows installer that never asks for administrator rights', () => {
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false });
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('builds a macOS disk image and Linux AppImage and .deb packages', () => {
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    expect(targetNames(config.linux?.target).sort()).toEqual(['AppImage', 'deb']);
    // A .deb without a maintainer is refused by electron-builder at build time.
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^@\s]+>$/);
  });

  it("opens the app's backups (.minutebook) from the file manager", () => {
    const associations = Array.isArray(config.fileAssociations)
      ? config.fileAssociations
      : [config.fileAssociations];
    expect(associations).toContainEqual(
      expect.objectContaining({ ext: ARCHIVE_EXTENSION, name: 'Minute Book backup' }),
    );
  });

  it('has icons of at least 512 × 512 pixels in resources/ for every platform', () => {
    for (const icon of [config.win?.icon, config.mac?.icon, config.linux?.icon]) {
      expect(icon).toMatch(/^resources\//);
      const path = resolve(ROOT, icon ?? '');
      expect(existsSync(path), path).toBe(true);
      const { width, height } = pngSize(path);
      expect(width).toBe(height);
      expect(width).toBeGreaterThanOrEqual(512);
    }
  });

  it('switches off the Electron fuses that would let the installed app run other code', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('packs the built app and leaves out sources, tests, source maps and the command line', () => {
    const files = filePatterns();
    expect(files).toEqual(
      expect.arrayContaining(['package.json', 'out/main/**', 'out/preload/**', 'out/renderer/**']),
    );
    expect(packageJson.main).toMatch(/^\.?\/?out\/main\//);
    expect(files).toContain('!**/*.map');
    expect(files.some((pattern) => /^(src|tests|out\/cli)\b|^out\/\*\*$/.test(pattern))).toBe(
      false,
    );
  });

  it('is built by npm run dist', () => {
    expect(packageJson.scripts['dist']).toMatch(/electron-vite build && electron-builder\b/);
  });
});
