import type { MinuteBookDatabase } from '../db/database';
import { meetingsOfMember } from './member-meetings';

/** What the saved index says it holds: meeting id → the ids of its items. */
export type IndexedMeetings = ReadonlyMap<string, { itemIds: readonly string[] }>;

/**
 * The meetings whose index entries may be stale after a start from a saved index: records changed
 * since `since` (a member renamed counts for every meeting they are named in), and meetings or
 * items added or removed while the index was not saved (the app closed straight after an edit).
 */
export async function meetingsToCatchUp(
  db: MinuteBookDatabase,
  since: string,
  indexed: IndexedMeetings,
): Promise<Set<string>> {
  const stale = new Set<string>();
  const meetingIdsOf = (table: 'agendaItems' | 'attendance' | 'actions', field: string) =>
    db[table]
      .where(field)
      .above(since)
      .toArray()
      .then((records) => records.forEach((record) => stale.add(record.meetingId)));
  await Promise.all([
    db.meetings
      .where('updatedAt')
      .above(since)
      .primaryKeys()
      .then((ids) => ids.forEach((id) => stale.add(id))),
    meetingIdsOf('agendaItems', 'updatedAt'),
    meetingIdsOf('attendance', 'updatedAt'),
    meetingIdsOf('actions', 'updatedAt'),
    db.decisions
      .where('createdAt')
      .above(since)
      .toArray()
      .then((records) => records.forEach((record) => stale.add(record.meetingId))),
    // Members renamed: a register is small, so it is read whole rather than indexed by time.
    db.members
      .filter((member) => member.updatedAt > since)
      .toArray()
      .then((members) => Promise.all(members.map((member) => meetingsOfMember(db, member))))
      .then((lists) => lists.flat().forEach((id) => stale.add(id))),
  ]);

  const stored = new Set(await db.meetings.toCollection().primaryKeys());
  for (const id of stored) if (!indexed.has(id)) stale.add(id);
  for (const id of indexed.keys()) if (!stored.has(id)) stale.add(id);

  // Items added or deleted: compare each item's meeting with what the index holds for it.
  const indexedItems = new Map<string, string>();
  for (const [meetingId, { itemIds }] of indexed)
    for (const itemId of itemIds) indexedItems.set(itemId, meetingId);
  const seen = new Set<string>();
  await db.agendaItems.orderBy('meetingId').eachKey((meetingId, cursor) => {
    const itemId = String(cursor.primaryKey);
    seen.add(itemId);
    if (indexedItems.get(itemId) !== meetingId) stale.add(String(meetingId));
  });
  for (const [itemId, meetingId] of indexedItems) if (!seen.has(itemId)) stale.add(meetingId);
  return stale;
}
