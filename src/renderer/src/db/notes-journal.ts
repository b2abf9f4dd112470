/**
 * A synchronous copy of notes not yet in IndexedDB. localStorage writes finish before a reload or
 * a crash can interrupt them, so the last keystrokes survive even when the database write did not.
 */
const PREFIX = 'minute-book:notes-journal:';

interface JournalEntry {
  notes: string;
  at: string;
  /** The item's meeting; entries journalled before it was recorded have none. */
  meetingId?: string;
}

export function journalNotes(meetingId: string, itemId: string, notes: string): void {
  try {
    localStorage.setItem(
      PREFIX + itemId,
      JSON.stringify({ notes, at: new Date().toISOString(), meetingId } satisfies JournalEntry),
    );
  } catch {
    // A full localStorage only loses this safety net; the database write still happens.
  }
}

export function clearJournal(itemId: string, notes: string): void {
  const entry = readJournal(itemId);
  if (entry && entry.notes === notes) localStorage.removeItem(PREFIX + itemId);
}

export function readJournal(itemId: string): JournalEntry | null {
  const raw = localStorage.getItem(PREFIX + itemId);
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && 'notes' in parsed && 'at' in parsed) {
      const { notes, at, meetingId } = parsed as Record<string, unknown>;
      if (typeof notes === 'string' && typeof at === 'string')
        return typeof meetingId === 'string' ? { notes, at, meetingId } : { notes, at };
    }
  } catch {
    // Unreadable entries are dropped below.
  }
  localStorage.removeItem(PREFIX + itemId);
  return null;
}

/** Items with journalled notes: after a crash, keystrokes that may never have reached the database. */
export function journalledItemIds(): string[] {
  const ids: string[] = [];
  for (let index = 0; index < localStorage.length; index += 1) {
    const key = localStorage.key(index);
    if (key?.startsWith(PREFIX)) ids.push(key.slice(PREFIX.length));
  }
  return ids;
}
