import { z } from 'zod';
import { readStoredJson } from '@shared/stored-json';
import { callMain } from '../bridge';

/**
 * Notes as last typed, journalled through the main process to a file in the data folder that is
 * written to disk before main answers. A crash of the window or of the whole app then loses
 * nothing already on screen, even though IndexedDB is written only every few hundred milliseconds.
 */
export interface JournalEntry {
  itemId: string;
  notes: string;
  at: string;
  /** The item's meeting; entries journalled before it was recorded have none. */
  meetingId?: string;
}

export interface NotesJournal {
  /** Journals an item's notes; sent at once, in order with every other call. */
  record(meetingId: string, itemId: string, notes: string): void;
  /** Forgets an item's entry once the database holds these notes (a newer entry stays). */
  clear(itemId: string, notes: string): void;
  /** Every journalled item: after a crash, keystrokes that may never have reached the database. */
  entries(): Promise<JournalEntry[]>;
}

/** Entries the last release kept in localStorage, read until they have reached the database. */
const LEGACY_PREFIX = 'minute-book:notes-journal:';
const legacyEntrySchema = z.object({
  notes: z.string(),
  at: z.string(),
  meetingId: z.unknown().optional(),
});

function legacyStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function legacyEntries(): JournalEntry[] {
  const storage = legacyStorage();
  if (!storage) return [];
  const entries: JournalEntry[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (!key?.startsWith(LEGACY_PREFIX)) continue;
    try {
      // An unreadable entry holds nothing to recover.
      const entry = readStoredJson(storage.getItem(key) ?? '', legacyEntrySchema);
      if (entry !== null) {
        const { notes, at, meetingId } = entry;
        const itemId = key.slice(LEGACY_PREFIX.length);
        entries.push(
          typeof meetingId === 'string' ? { itemId, notes, at, meetingId } : { itemId, notes, at },
        );
      }
    } catch {
      // localStorage refused to be read: nothing to recover from it.
    }
  }
  return entries;
}

function clearLegacy(itemId: string, notes: string): void {
  const storage = legacyStorage();
  const entry = legacyEntries().find((candidate) => candidate.itemId === itemId);
  if (storage && entry && entry.notes === notes) storage.removeItem(LEGACY_PREFIX + itemId);
}

/** The journal in the main process. A failure there only loses this safety net: the database write still happens. */
export function mainProcessJournal(call: typeof callMain = callMain): NotesJournal {
  return {
    record(meetingId, itemId, notes) {
      void call('journalNotes', { meetingId, itemId, notes }).catch(() => undefined);
    },
    clear(itemId, notes) {
      clearLegacy(itemId, notes);
      void call('clearNotesJournal', { itemId, notes }).catch(() => undefined);
    },
    async entries() {
      const fromMain = await call('readNotesJournal', {}).then(
        (answer) => answer.entries,
        () => [],
      );
      const inMain = new Set(fromMain.map((entry) => entry.itemId));
      return [...fromMain, ...legacyEntries().filter((entry) => !inMain.has(entry.itemId))];
    },
  };
}
