import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MinuteBookDatabase } from '@renderer/db/database';
import type { NotesJournal } from '@renderer/stores/notes-journal';
import { createNotesWriter } from '@renderer/stores/notes-writer';
import { journalInDataFolder } from '../../support/main-journal';
import { MemoryStorage } from '../../support/memory-storage';
import { addToMinutes } from '../../support/minutes';
import { aMeeting, anItem } from '../../support/records';
import { makeTempDataFolder } from '../../support/temp-data-folder';
import { freshDatabase } from '../db/migration-harness';

const JOURNAL_PREFIX = 'minute-book:notes-journal:';

describe('notes writer', () => {
  let db: MinuteBookDatabase;
  let journal: NotesJournal;
  let removeDataFolder: () => Promise<void>;
  const notesOf = async (meetingId: string, itemId: string) =>
    (await db.minutes.get(meetingId))?.items.find((item) => item.id === itemId)?.notes;

  beforeEach(async () => {
    vi.stubGlobal('localStorage', new MemoryStorage());
    const dataFolder = await makeTempDataFolder();
    removeDataFolder = dataFolder.remove;
    journal = journalInDataFolder(dataFolder.folder);
    db = freshDatabase();
    await db.meetings.bulkAdd([aMeeting('m1', '2021-06-21'), aMeeting('m2', '2021-07-19')]);
    await addToMinutes(db, {
      agendaItems: [
        anItem('typed-before-a-crash', 1, 'Terms of Reference', {
          meetingId: 'm2',
          notes: 'Old notes',
        }),
        anItem('being-typed', 1, 'Finance', { notes: '' }),
      ],
    });
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    db.close();
    await removeDataFolder();
  });

  it('settles every journalled note into the database, even of a meeting not opened since', async () => {
    // What a crash leaves: keystrokes in the journal that never reached the database.
    journal.record('m2', 'typed-before-a-crash', 'Notes typed just before the crash');
    const writer = createNotesWriter(db, journal);
    writer.change('m1', 'being-typed', 'Still typing');
    await writer.settle();
    expect(await notesOf('m2', 'typed-before-a-crash')).toBe('Notes typed just before the crash');
    expect(await notesOf('m1', 'being-typed')).toBe('Still typing');
    await vi.waitFor(async () => expect(await journal.entries()).toEqual([]));
  });

  it('settles notes the last release journalled in localStorage, finding their meeting', async () => {
    localStorage.setItem(
      `${JOURNAL_PREFIX}typed-before-a-crash`,
      JSON.stringify({ notes: 'Journalled by the last release', at: '2026-11-20T10:00:00.000Z' }),
    );
    localStorage.setItem(
      `${JOURNAL_PREFIX}item-since-deleted`,
      JSON.stringify({ notes: 'Nowhere to go', at: '2026-11-20T10:00:00.000Z' }),
    );
    await createNotesWriter(db, journal).settle();
    expect(await notesOf('m2', 'typed-before-a-crash')).toBe('Journalled by the last release');
    expect(localStorage.length).toBe(0);
    expect(await db.minutes.count()).toBe(2);
  });

  it('writes notes at most every 200 ms, the last typed winning', async () => {
    vi.useFakeTimers();
    try {
      const writer = createNotesWriter(db, journal);
      writer.change('m1', 'being-typed', 'Sti');
      writer.change('m1', 'being-typed', 'Still typing');
      expect(await notesOf('m1', 'being-typed')).toBe('');
      await vi.advanceTimersByTimeAsync(250);
      await vi.waitFor(async () => expect(await notesOf('m1', 'being-typed')).toBe('Still typing'));
    } finally {
      vi.useRealTimers();
    }
  });
});
