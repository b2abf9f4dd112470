import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExportedFiles } from '../../src/main/handlers/exported-files';
import type { KeyProtection, MainPorts } from '../../src/main/ports';

/** A fresh data folder per test, removed afterwards, so no test sees another's files. */
export async function makeTempDataFolder(): Promise<{
  folder: string;
  remove: () => Promise<void>;
}> {
  const folder = await mkdtemp(join(tmpdir(), 'minute-book-test-'));
  return { folder, remove: () => rm(folder, { recursive: true, force: true }) };
}

/**
 * Ports as a test sees the outside world. The file dialogs answer "cancelled" unless a test
 * passes its own, e.g. `testPorts(folder, { chooseSavePath: async () => target })`.
 */
export function testPorts(dataFolder: string, overrides: Partial<MainPorts> = {}): MainPorts {
  return {
    appName: 'Minute Book',
    appVersion: '0.1.0-test',
    dataFolder,
    runtime: `Node ${process.versions.node}`,
    platform: process.platform,
    chooseSavePath: () => Promise.resolve(null),
    chooseOpenPath: () => Promise.resolve(null),
    chooseImportSources: () => Promise.resolve(null),
    keyProtection: fakeKeyProtection('os'),
    exportedFiles: createExportedFiles(),
    ...overrides,
  };
}

/**
 * Stands in for the system key store. `os`: a reversible scrambling marked so a test can tell it
 * was used (never plaintext on disk); `passphrase`: no key store, as on Linux with basic_text.
 */
export function fakeKeyProtection(backend: KeyProtection['backend']): KeyProtection {
  if (backend === 'passphrase') {
    const unavailable = (): Promise<never> =>
      Promise.reject(new Error('no key store in this test'));
    return { backend, encrypt: unavailable, decrypt: unavailable };
  }
  const marker = 'fake-os-store:';
  return {
    backend,
    encrypt: (text) =>
      Promise.resolve(Buffer.from(marker + Buffer.from(text).reverse().toString('base64'))),
    decrypt: (data) => {
      const text = data.toString();
      if (!text.startsWith(marker)) return Promise.reject(new Error('not encrypted by this store'));
      return Promise.resolve(Buffer.from(text.slice(marker.length), 'base64').reverse().toString());
    },
  };
}
