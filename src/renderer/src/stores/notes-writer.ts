import type { MinuteBookDatabase } from '../db/database';
import { nowStamp } from '../db/ids';
import { patchRecord } from '../db/meeting-minutes';
import { changeMinutesPart, meetingOfItem } from '../db/minutes-repository';
import { mainProcessJournal, type JournalEntry, type NotesJournal } from './notes-journal';
import { trackSave } from './save-status-store';

/** How long typing may run ahead of IndexedDB; the journal covers the gap. */
export const NOTES_WRITE_INTERVAL_MS = 200;

interface PendingNotes {
  meetingId: string;
  notes: string;
}

/**
 * Stores notes as they are typed without a database write per keystroke: each change is journalled
 * at once, and written to IndexedDB at most every NOTES_WRITE_INTERVAL_MS per item.
 */
export function createNotesWriter(
  db: MinuteBookDatabase,
  journal: NotesJournal = mainProcessJournal(),
) {
  const pending = new Map<string, PendingNotes>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  async function write(itemId: string): Promise<void> {
    timers.delete(itemId);
    const change = pending.get(itemId);
    if (change === undefined) return;
    pending.delete(itemId);
    const { meetingId, notes } = change;
    await trackSave(
      changeMinutesPart(db, meetingId, 'items', (list) =>
        patchRecord(list, itemId, { notes, updatedAt: nowStamp() }),
      ),
    );
    journal.clear(itemId, notes);
  }

  /** Writes everything now: before the page goes away, or before another part of the app reads the notes. */
  async function flush(): Promise<void> {
    const ids = [...pending.keys()];
    for (const id of ids) {
      clearTimeout(timers.get(id));
    }
    await Promise.all(ids.map((id) => write(id).catch(() => undefined)));
  }

  return {
    change(meetingId: string, itemId: string, notes: string): void {
      journal.record(meetingId, itemId, notes);
      pending.set(itemId, { meetingId, notes });
      if (!timers.has(itemId)) {
        timers.set(
          itemId,
          setTimeout(() => void write(itemId).catch(() => undefined), NOTES_WRITE_INTERVAL_MS),
        );
      }
    },
    flush,
    /** Notes journalled but perhaps never stored: a crash mid-typing, to restore when a meeting opens. */
    journalled(): Promise<JournalEntry[]> {
      return journal.entries();
    },
    /**
     * Writes every journalled note to the database, including any left by a crash in a meeting not
     * opened since, so that a copy of the whole archive (a backup) holds the last keystrokes.
     */
    async settle(): Promise<void> {
      for (const entry of await journal.entries()) {
        const id = entry.itemId;
        if (pending.has(id)) continue;
        const meetingId = entry.meetingId ?? (await meetingOfItem(db, id));
        if (meetingId === undefined) journal.clear(id, entry.notes);
        else pending.set(id, { meetingId, notes: entry.notes });
      }
      await flush();
    },
  };
}

export type NotesWriter = ReturnType<typeof createNotesWriter>;
