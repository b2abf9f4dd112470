import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The Electron executable if one is installed, found without loading the electron package:
 * from electron 42 on, loading it starts a download.
 */
export function installedElectronBinary(): string | null {
  const fromEnv = process.env['ELECTRON_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const packageDir = resolve('node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
