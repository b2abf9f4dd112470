import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MinuteBookDatabase } from '../../../src/renderer/src/db/database';
import { journalNotes } from '../../../src/renderer/src/db/notes-journal';
import { createNotesWriter } from '../../../src/renderer/src/stores/notes-writer';
import { anItem } from '../../support/records';
import { freshDatabase } from '../db/migration-harness';

/** localStorage as the browser keeps it, for the journal; Node has none. */
class MemoryStorage {
  private readonly values = new Map<string, string>();
  get length() {
    return this.values.size;
  }
  key(index: number) {
    return [...this.values.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.values.set(key, value);
  }
  removeItem(key: string) {
    this.values.delete(key);
  }
}

describe('notes writer', () => {
  let db: MinuteBookDatabase;
  beforeEach(async () => {
    vi.stubGlobal('localStorage', new MemoryStorage());
    db = freshDatabase();
    await db.agendaItems.bulkAdd([
      anItem('typed-before-a-crash', 1, 'Terms of Reference', { notes: 'Old notes' }),
      anItem('being-typed', 2, 'Finance', { notes: '' }),
    ]);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    db.close();
  });

  it('settles every journalled note into the database, even of a meeting not opened since', async () => {
    // What a crash leaves: keystrokes in the journal that never reached the database.
    journalNotes('typed-before-a-crash', 'Notes typed just before the crash');
    const writer = createNotesWriter(db);
    writer.change('being-typed', 'Still typing');
    await writer.settle();
    expect((await db.agendaItems.get('typed-before-a-crash'))?.notes).toBe(
      'Notes typed just before the crash',
    );
    expect((await db.agendaItems.get('being-typed'))?.notes).toBe('Still typing');
    expect(localStorage.length).toBe(0);
  });
});
