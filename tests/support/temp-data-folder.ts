import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MainPorts } from '../../src/main/handlers/ports';

/** A fresh data folder per test, removed afterwards, so no test sees another's files. */
export async function makeTempDataFolder(): Promise<{
  folder: string;
  remove: () => Promise<void>;
}> {
  const folder = await mkdtemp(join(tmpdir(), 'minute-book-test-'));
  return { folder, remove: () => rm(folder, { recursive: true, force: true }) };
}

export function testPorts(dataFolder: string): MainPorts {
  return {
    appName: 'Minute Book',
    appVersion: '0.1.0-test',
    dataFolder,
    runtime: `Node ${process.versions.node}`,
    platform: process.platform,
  };
}
