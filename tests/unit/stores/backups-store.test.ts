import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MinuteBookDatabase } from '@renderer/db/database';
import { createBackupsStore } from '@renderer/stores/backups-store';
import { createNotesWriter } from '@renderer/stores/notes-writer';
import type { IpcResponse } from '@shared/ipc/contract';
import { BRIDGE_GLOBAL } from '@shared/ipc/methods';
import { freshDatabase } from '../db/migration-harness';

type Answer = IpcResponse<'takeBackupOpenedFromSystem'>;

/**
 * The main process's side of "a backup opened from the file manager": each look takes the file
 * waiting, if any. A look is answered when the test says, so the test can open a file mid-look.
 */
function fakeMain() {
  const waiting: (Answer | Error)[] = [];
  const held: (() => void)[] = [];
  let looks = 0;
  const bridge = {
    takeBackupOpenedFromSystem: () =>
      new Promise((resolve) => {
        looks += 1;
        held.push(() => {
          const next = waiting.shift() ?? { status: 'none' };
          resolve(
            next instanceof Error
              ? { ok: false, error: { code: 'bad-file', message: next.message } }
              : { ok: true, value: next },
          );
        });
      }),
  };
  return {
    bridge,
    open: (answer: Answer | Error) => waiting.push(answer),
    answer: async () => {
      while (held.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      held.shift()?.();
    },
    looks: () => looks,
  };
}

const NOT_A_BACKUP = 'This file is not a Minute Book backup. Nothing has been changed.';

describe('a backup opened from the file manager', () => {
  let db: MinuteBookDatabase;
  let main: ReturnType<typeof fakeMain>;
  beforeEach(() => {
    db = freshDatabase();
    main = fakeMain();
    Object.assign(globalThis, { window: { [BRIDGE_GLOBAL]: main.bridge } });
  });
  afterEach(() => {
    db.close();
    Reflect.deleteProperty(globalThis, 'window');
  });

  it('keeps the reason a damaged file was refused when the window is later focused again', async () => {
    const store = createBackupsStore(db, createNotesWriter(db));
    main.open(new Error(NOT_A_BACKUP));
    const first = store.getState().openFromSystem();
    await main.answer();
    expect(await first).toBe(true);
    expect(store.getState().message).toEqual({ error: true, text: NOT_A_BACKUP });

    const later = store.getState().openFromSystem();
    await main.answer();
    expect(await later).toBe(false);
    expect(store.getState().message).toEqual({ error: true, text: NOT_A_BACKUP });
  });

  it('looks again for a file opened while an earlier look was under way', async () => {
    const store = createBackupsStore(db, createNotesWriter(db));
    const atStart = store.getState().openFromSystem();
    // The file arrives after main has looked, and the window is focused before the answer is back.
    const onFocus = store.getState().openFromSystem();
    expect(await onFocus).toBe(false);
    await main.answer();
    main.open(new Error(NOT_A_BACKUP));
    await main.answer();
    expect(await atStart).toBe(true);
    expect(main.looks()).toBe(2);
    expect(store.getState().message?.text).toBe(NOT_A_BACKUP);
    expect(store.getState().busy).toBeNull();
  });

  it('looks once when nothing more was opened', async () => {
    const store = createBackupsStore(db, createNotesWriter(db));
    const look = store.getState().openFromSystem();
    await main.answer();
    expect(await look).toBe(false);
    expect(main.looks()).toBe(1);
    expect(store.getState().message).toBeNull();
  });

  it('stays where it is, saying nothing, when there is no desktop shell to have opened a file', async () => {
    Reflect.deleteProperty(globalThis, 'window');
    Object.assign(globalThis, { window: {} });
    const store = createBackupsStore(db, createNotesWriter(db));
    expect(await store.getState().openFromSystem()).toBe(false);
    expect(store.getState().message).toBeNull();
    expect(store.getState().busy).toBeNull();
  });
});
