import {
  RECORD_NOUN,
  emptyTables,
  planMerge,
  type ArchiveTable,
  type ArchiveTables,
  type MergePlan,
} from '@shared/backup';
import type { MinuteBookDatabase } from './database';
import { MINUTES_PARTS, MINUTES_PART_TABLES } from '@shared/model';
import { flattenMinutes, groupIntoMinutes, type MeetingMinutes } from './meeting-minutes';

const MINUTES_TABLES = MINUTES_PARTS.map((part) => MINUTES_PART_TABLES[part]);

/** The archive's tables that are kept as they are in a backup; the minutes' parts are not. */
const STORED_AS_LISTED = [
  'boards',
  'members',
  'meetings',
  'exports',
  'approvals',
  'auditTrail',
  'signatures',
  'meetingVersions',
  'interests',
  'interestConfirmations',
] as const satisfies readonly ArchiveTable[];

function archiveTablesOf(db: MinuteBookDatabase) {
  return [...STORED_AS_LISTED.map((table) => db[table]), db.minutes];
}

/** Every record a backup holds, read in one transaction so the copy is consistent. */
export function readArchive(db: MinuteBookDatabase): Promise<ArchiveTables> {
  return db.transaction('r', archiveTablesOf(db), async () => {
    const tables = emptyTables();
    for (const table of STORED_AS_LISTED) {
      (tables[table] as unknown[]) = await db.table(table).toArray();
    }
    return { ...tables, ...flattenMinutes(await db.minutes.toArray()) };
  });
}

export async function isArchiveEmpty(db: MinuteBookDatabase): Promise<boolean> {
  return (await db.boards.count()) === 0 && (await db.meetings.count()) === 0;
}

/** What restoring would do to the archive as it is now, for the user to confirm. */
export async function previewRestore(
  db: MinuteBookDatabase,
  incoming: ArchiveTables,
): Promise<MergePlan> {
  return planMerge(await readArchive(db), incoming);
}

/**
 * A record id used twice would make one record hide the other inside its meeting's minutes. A
 * backup file with one is refused when read; this keeps a restore from any source to the rule.
 */
function refuseRepeatedIds(list: readonly MeetingMinutes[]): void {
  const parts = flattenMinutes(list);
  for (const table of MINUTES_TABLES) {
    const seen = new Set<string>();
    for (const record of parts[table]) {
      if (seen.has(record.id))
        throw new Error(`${RECORD_NOUN[table]} with id ${record.id} appears twice`);
      seen.add(record.id);
    }
  }
}

/**
 * Restores a backup into the archive: into an empty one as it was, or merged without duplicates.
 * The plan is made again inside the one transaction that writes it, so nothing typed since the
 * preview is overwritten, and a failure part-way leaves the archive exactly as it was.
 */
export function restoreArchive(
  db: MinuteBookDatabase,
  incoming: ArchiveTables,
): Promise<MergePlan> {
  return db.transaction('rw', archiveTablesOf(db), async () => {
    const plan = planMerge(await readArchive(db), incoming);
    for (const table of STORED_AS_LISTED) await db.table(table).bulkAdd(plan.add[table]);
    // A merge adds records only under meetings it adds: what is here keeps its minutes as they are.
    const added = groupIntoMinutes(plan.add.meetings, plan.add);
    refuseRepeatedIds(added);
    await db.minutes.bulkAdd(added);
    return plan;
  });
}
