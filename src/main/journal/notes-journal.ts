import { createHash } from 'node:crypto';
import {
  close,
  fsync,
  mkdirSync,
  open,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../user-error';

/**
 * Notes as last typed, kept on disk until the database has them too. Each change is written before
 * the call returns, so killing the app at any moment loses nothing the secretary has already seen
 * on screen. One small file per agenda
 * item, named by a hash of its id so that no id can name a path.
 */
export const NOTES_JOURNAL_FOLDER = 'notes-journal';

/** An item's notes are at most this many characters in the journal (some 250 pages of text). */
export const MAX_JOURNALLED_NOTES = 1_000_000;
/** At most this many items are journalled at once; entries leave as soon as the database has them. */
export const MAX_JOURNALLED_ITEMS = 500;
/** A journal file larger than this is not read: it was not written by the journal. */
const MAX_ENTRY_BYTES = 4 * MAX_JOURNALLED_NOTES + 4096;

export interface JournalledNotes {
  itemId: string;
  notes: string;
  /** When the notes were journalled (ISO 8601). */
  at: string;
  /** The item's meeting; entries journalled by a release that did not record it have none. */
  meetingId?: string;
}

const ENTRY_SUFFIX = '.json';

function folderOf(dataFolder: string): string {
  return join(dataFolder, NOTES_JOURNAL_FOLDER);
}

function entryPath(dataFolder: string, itemId: string): string {
  const name = createHash('sha256').update(itemId, 'utf8').digest('hex');
  return join(folderOf(dataFolder), `${name}${ENTRY_SUFFIX}`);
}

function entryNames(dataFolder: string): string[] {
  try {
    return readdirSync(folderOf(dataFolder)).filter((name) => name.endsWith(ENTRY_SUFFIX));
  } catch {
    return [];
  }
}

/**
 * Writes a whole file, then gives it its name: a crash mid-write leaves the last entry whole. The
 * write is synchronous, so it is with the operating system before main handles anything else and
 * survives the app being killed; the flush to disk (for a power cut) follows on a libuv thread,
 * because in Electron this thread also passes the keystrokes on to the window.
 */
function writeDurably(target: string, text: string): void {
  const temporary = `${target}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, target);
  open(target, 'r', (openError, handle) => {
    if (openError) return;
    fsync(handle, () => close(handle, () => undefined));
  });
}

function parseEntry(text: string): JournalledNotes | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object') return null;
    const { itemId, notes, at, meetingId } = parsed as Record<string, unknown>;
    if (typeof itemId !== 'string' || typeof notes !== 'string' || typeof at !== 'string')
      return null;
    return typeof meetingId === 'string' ? { itemId, notes, at, meetingId } : { itemId, notes, at };
  } catch {
    return null;
  }
}

function readEntry(path: string): JournalledNotes | null {
  try {
    const bytes = readFileSync(path);
    return bytes.length > MAX_ENTRY_BYTES ? null : parseEntry(bytes.toString('utf8'));
  } catch {
    return null;
  }
}

/** Journals an item's notes, synchronously and durably; throws a UserError when over the bounds. */
export function journalNotes(
  dataFolder: string,
  entry: { itemId: string; meetingId: string; notes: string },
  now: Date = new Date(),
): void {
  if (entry.notes.length > MAX_JOURNALLED_NOTES)
    throw new UserError('These notes are too long to keep safe against a crash.');
  const target = entryPath(dataFolder, entry.itemId);
  mkdirSync(folderOf(dataFolder), { recursive: true });
  const names = entryNames(dataFolder);
  if (names.length >= MAX_JOURNALLED_ITEMS && !names.some((name) => target.endsWith(name)))
    throw new UserError('Too many notes are waiting to be saved to keep these safe as well.');
  const record: JournalledNotes = { ...entry, at: now.toISOString() };
  writeDurably(target, JSON.stringify(record));
}

/** Removes an item's entry once the database holds these notes; a newer entry is kept. */
export function clearJournalledNotes(
  dataFolder: string,
  entry: { itemId: string; notes: string },
): void {
  const path = entryPath(dataFolder, entry.itemId);
  const current = readEntry(path);
  if (current === null || current.notes === entry.notes) rmSync(path, { force: true });
}

/** Every journalled item's notes: after a crash, what may never have reached the database. */
export function readJournalledNotes(dataFolder: string): JournalledNotes[] {
  const entries: JournalledNotes[] = [];
  for (const name of entryNames(dataFolder).slice(0, MAX_JOURNALLED_ITEMS)) {
    const path = join(folderOf(dataFolder), name);
    const entry = readEntry(path);
    // An entry that cannot be read holds nothing to recover; it must not take a place in the bound.
    if (entry) entries.push(entry);
    else rmSync(path, { force: true });
  }
  return entries;
}
