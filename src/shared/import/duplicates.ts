import type { Meeting } from '../model';
import { nameKey, type BoardChoice, type ImportEntry } from './import-entry';

/**
 * A meeting is the same meeting when it is of the same board, on the same date, with the same
 * title: importing a file twice, or two copies of one file, must not make two records.
 */

export function boardKey(choice: BoardChoice): string {
  return choice.kind === 'existing' ? choice.boardId : `new:${nameKey(choice.name)}`;
}

export function meetingKey(board: string, date: string, title: string): string {
  return `${board}|${date}|${nameKey(title)}`;
}

export function existingMeetingKeys(meetings: readonly Meeting[]): Set<string> {
  return new Set(
    meetings.map((meeting) => meetingKey(meeting.boardId, meeting.date, meeting.title)),
  );
}

export function entryKey(entry: ImportEntry): string | null {
  if (!entry.meeting) return null;
  return meetingKey(boardKey(entry.board), entry.meeting.date, entry.meeting.title);
}

/** Already in Minute Book, or the same as an earlier file in this import. */
export type Duplicate = 'existing' | 'earlier-file';

/** The ticked files that repeat a meeting, by position in the list. */
export function findDuplicates(
  entries: readonly ImportEntry[],
  existing: ReadonlySet<string>,
): Map<number, Duplicate> {
  const duplicates = new Map<number, Duplicate>();
  const earlier = new Set<string>();
  for (const entry of entries) {
    const key = entry.include ? entryKey(entry) : null;
    if (key === null) continue;
    if (existing.has(key)) duplicates.set(entry.index, 'existing');
    else if (earlier.has(key)) duplicates.set(entry.index, 'earlier-file');
    earlier.add(key);
  }
  return duplicates;
}

/** The files that will be saved: ticked, recognised, and not a repeat unless the user said so. */
export function entriesToSave(
  entries: readonly ImportEntry[],
  duplicates: ReadonlyMap<number, Duplicate>,
): ImportEntry[] {
  return entries.filter(
    (entry) =>
      entry.include &&
      entry.meeting !== undefined &&
      (!duplicates.has(entry.index) || entry.importAgain),
  );
}
