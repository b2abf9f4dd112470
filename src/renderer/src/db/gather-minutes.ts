import type { Collection, Table, Transaction } from 'dexie';
import type { Meeting } from '@shared/model';
import { groupIntoMinutes, type MinutesParts } from './meeting-minutes';

/** Meetings gathered per step: a large archive is not held in memory all at once. */
const MEETINGS_PER_STEP = 200;

type PartsTable<K extends keyof MinutesParts> = Table<MinutesParts[K][number], string>;

/** The records of the old tables that `select` picks from each, by meeting id. */
async function partsWhere(
  transaction: Transaction,
  select: <K extends keyof MinutesParts>(
    table: PartsTable<K>,
  ) => Collection<MinutesParts[K][number], string>,
): Promise<MinutesParts> {
  const table = <K extends keyof MinutesParts>(name: K): PartsTable<K> =>
    transaction.table<MinutesParts[K][number], string>(name);
  const [agendaItems, attendance, declarations, decisions, actions] = await Promise.all([
    select(table('agendaItems')).toArray(),
    select(table('attendance')).toArray(),
    select(table('declarations')).toArray(),
    select(table('decisions')).toArray(),
    select(table('actions')).toArray(),
  ]);
  return { agendaItems, attendance, declarations, decisions, actions };
}

/**
 * The upgrade to schema version 6: each meeting's records, kept one by one until then, gathered
 * into its minutes, a few hundred meetings at a time. Records whose meeting is gone are gathered
 * too, under that meeting's id, so the upgrade loses nothing.
 */
export async function gatherMinutes(transaction: Transaction): Promise<void> {
  const meetings: Pick<Meeting, 'id' | 'boardId'>[] = await transaction.table('meetings').toArray();
  const minutes = transaction.table('minutes');
  for (let start = 0; start < meetings.length; start += MEETINGS_PER_STEP) {
    const step = meetings.slice(start, start + MEETINGS_PER_STEP);
    const ids = step.map((meeting) => meeting.id);
    const parts = await partsWhere(transaction, (table) => table.where('meetingId').anyOf(ids));
    await minutes.bulkAdd(groupIntoMinutes(step, parts));
  }
  const known = meetings.map((meeting) => meeting.id);
  const orphans = await partsWhere(transaction, (table) => table.where('meetingId').noneOf(known));
  await minutes.bulkAdd(groupIntoMinutes([], orphans));
}
