import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { MinuteBookDatabase } from '@renderer/db/database';
import { LATEST_SCHEMA_VERSION } from '@renderer/db/schema';

export interface UpgradeRun {
  /** The database opened at the version asked for, after the upgrades ran. */
  upgraded: MinuteBookDatabase;
  close: () => void;
}

/** A private in-memory IndexedDB per test, as Chromium would keep it on disk. */
export function freshDatabase(upToVersion?: number): MinuteBookDatabase {
  return new MinuteBookDatabase(
    `test-${randomUUID()}`,
    { indexedDB: new IDBFactory(), IDBKeyRange },
    upToVersion,
  );
}

/**
 * Opens the database as release `fromVersion` left it, lets `seed` store data the old way,
 * closes it, then opens it at `toVersion` (by default the current schema) so that every upgrade
 * in between runs.
 */
export async function upgradeFrom(
  fromVersion: number,
  seed: (old: MinuteBookDatabase) => Promise<void>,
  toVersion = LATEST_SCHEMA_VERSION,
): Promise<UpgradeRun> {
  const name = `migration-${randomUUID()}`;
  const options = { indexedDB: new IDBFactory(), IDBKeyRange };
  const old = new MinuteBookDatabase(name, options, fromVersion);
  await old.open();
  expect(old.verno).toBe(fromVersion);
  await seed(old);
  old.close();

  const upgraded = new MinuteBookDatabase(name, options, toVersion);
  await upgraded.open();
  return { upgraded, close: () => upgraded.close() };
}

/** `upgradeFrom` stopping at `toVersion`: a version's own test checks what that version made. */
export function upgradeUpTo(toVersion: number) {
  return (fromVersion: number, seed: (old: MinuteBookDatabase) => Promise<void>) =>
    upgradeFrom(fromVersion, seed, toVersion);
}
