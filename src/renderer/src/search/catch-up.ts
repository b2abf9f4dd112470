import type { MinuteBookDatabase } from '../db/database';
import { meetingsOfMember } from './member-meetings';

/** What the saved index says it holds: meeting id → the ids of its items. */
export type IndexedMeetings = ReadonlyMap<string, { itemIds: readonly string[] }>;

/**
 * The meetings whose index entries may be stale after a start from a saved index: meetings or
 * minutes changed since `since` (a member renamed counts for every meeting they are named in), and
 * meetings added or removed while the index was not saved (the app closed straight after an edit).
 * Adding or removing an item changes its meeting's minutes, so that is caught by time too.
 */
export async function meetingsToCatchUp(
  db: MinuteBookDatabase,
  since: string,
  indexed: IndexedMeetings,
): Promise<Set<string>> {
  const stale = new Set<string>();
  const add = (ids: readonly string[]) => ids.forEach((id) => stale.add(id));
  await Promise.all([
    db.meetings.where('updatedAt').above(since).primaryKeys().then(add),
    db.minutes.where('updatedAt').above(since).primaryKeys().then(add),
    // Members renamed: a register is small, so it is read whole rather than indexed by time.
    db.members
      .filter((member) => member.updatedAt > since)
      .toArray()
      .then((members) => Promise.all(members.map((member) => meetingsOfMember(db, member))))
      .then((lists) => add(lists.flat())),
  ]);

  const stored = new Set(await db.meetings.toCollection().primaryKeys());
  for (const id of stored) if (!indexed.has(id)) stale.add(id);
  for (const id of indexed.keys()) if (!stored.has(id)) stale.add(id);
  return stale;
}
