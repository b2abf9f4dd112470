import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '@main/dispatch';
import { createHandlers } from '@main/handlers';
import {
  clearJournalledNotes,
  journalNotes,
  MAX_JOURNALLED_ITEMS,
  MAX_JOURNALLED_NOTES,
  NOTES_JOURNAL_FOLDER,
  readJournalledNotes,
} from '@main/journal/notes-journal';
import { makeTempDataFolder, testPorts } from '../../support/temp-data-folder';

describe('the notes journal in the data folder', () => {
  let folder: string;
  let remove: () => Promise<void>;
  const journalFolder = () => join(folder, NOTES_JOURNAL_FOLDER);
  const at = new Date('2026-12-07T10:00:00.000Z');

  beforeEach(async () => ({ folder, remove } = await makeTempDataFolder()));
  afterEach(() => remove());

  it('has each change on disk when the call returns, the last one winning', () => {
    journalNotes(folder, { meetingId: 'm1', itemId: 'item-1', notes: 'The Chair' }, at);
    journalNotes(folder, { meetingId: 'm1', itemId: 'item-1', notes: 'The Chair welcomed' }, at);
    journalNotes(folder, { meetingId: 'm1', itemId: 'item-2', notes: 'Finance' }, at);
    const entries = readJournalledNotes(folder).sort((a, b) => a.itemId.localeCompare(b.itemId));
    expect(entries).toEqual([
      { itemId: 'item-1', meetingId: 'm1', notes: 'The Chair welcomed', at: at.toISOString() },
      { itemId: 'item-2', meetingId: 'm1', notes: 'Finance', at: at.toISOString() },
    ]);
  });

  it('forgets an entry once the database has those notes, but keeps newer typing', () => {
    journalNotes(folder, { meetingId: 'm1', itemId: 'item-1', notes: 'Stored' }, at);
    journalNotes(folder, { meetingId: 'm1', itemId: 'item-2', notes: 'Typed since' }, at);
    clearJournalledNotes(folder, { itemId: 'item-1', notes: 'Stored' });
    clearJournalledNotes(folder, { itemId: 'item-2', notes: 'Typed befo' });
    expect(readJournalledNotes(folder).map((entry) => entry.notes)).toEqual(['Typed since']);
  });

  it('names files by a hash of the id, so an id can never name a path', async () => {
    journalNotes(folder, { meetingId: 'm1', itemId: '../../outside', notes: 'Safe' }, at);
    const names = await readdir(journalFolder());
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^[0-9a-f]{64}\.json$/);
    expect(await readdir(folder)).toEqual([NOTES_JOURNAL_FOLDER]);
    expect(readJournalledNotes(folder)[0]?.itemId).toBe('../../outside');
  });

  it('skips and removes a file it cannot read, such as one cut short', async () => {
    journalNotes(folder, { meetingId: 'm1', itemId: 'item-1', notes: 'Kept' }, at);
    await writeFile(join(journalFolder(), `${'0'.repeat(64)}.json`), '{"itemId":"x","no');
    expect(readJournalledNotes(folder).map((entry) => entry.notes)).toEqual(['Kept']);
    expect(await readdir(journalFolder())).toHaveLength(1);
  });

  it('is bounded: notes too long, or too many items at once, are refused with a reason', () => {
    expect(() =>
      journalNotes(
        folder,
        { meetingId: 'm1', itemId: 'long', notes: 'x'.repeat(MAX_JOURNALLED_NOTES + 1) },
        at,
      ),
    ).toThrow('too long');
    for (let index = 0; index < MAX_JOURNALLED_ITEMS; index += 1)
      journalNotes(folder, { meetingId: 'm1', itemId: `item-${index}`, notes: 'n' }, at);
    expect(() =>
      journalNotes(folder, { meetingId: 'm1', itemId: 'one-more', notes: 'n' }, at),
    ).toThrow('Too many notes');
    // An item already journalled may still change.
    journalNotes(folder, { meetingId: 'm1', itemId: 'item-0', notes: 'changed' }, at);
    expect(readJournalledNotes(folder)).toHaveLength(MAX_JOURNALLED_ITEMS);
  });

  it('is reached through the IPC contract with an item id and notes, never a path', async () => {
    const handlers = createHandlers(testPorts(folder, { now: () => at }));
    expect(
      await dispatch(handlers, 'journalNotes', { meetingId: 'm1', itemId: 'i', notes: 'Hello' }),
    ).toEqual({ ok: true, value: { journalled: true } });
    const withPath = await dispatch(handlers, 'journalNotes', {
      meetingId: 'm1',
      itemId: 'i',
      notes: 'Hello',
      path: '/etc/passwd',
    });
    expect(withPath).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dispatch(handlers, 'readNotesJournal', {})).toEqual({
      ok: true,
      value: { entries: [{ itemId: 'i', meetingId: 'm1', notes: 'Hello', at: at.toISOString() }] },
    });
    const [name] = await readdir(journalFolder());
    expect(JSON.parse(await readFile(join(journalFolder(), name ?? ''), 'utf8'))).toMatchObject({
      notes: 'Hello',
    });
    await dispatch(handlers, 'clearNotesJournal', { itemId: 'i', notes: 'Hello' });
    expect(await readdir(journalFolder())).toEqual([]);
  });
});
