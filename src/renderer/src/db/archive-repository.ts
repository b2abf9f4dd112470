import {
  ARCHIVE_TABLES,
  emptyTables,
  planMerge,
  type ArchiveTable,
  type ArchiveTables,
  type MergePlan,
} from '../../../shared/backup';
import type { MinuteBookDatabase } from './database';

function archiveTablesOf(db: MinuteBookDatabase) {
  return ARCHIVE_TABLES.map((table) => db[table]);
}

/** A table by its archive name, typed loosely enough to copy any archive table's records. */
function tableOf(db: MinuteBookDatabase, table: ArchiveTable) {
  return db.table<ArchiveTables[ArchiveTable][number], string>(table);
}

/** Every record a backup holds, read in one transaction so the copy is consistent. */
export function readArchive(db: MinuteBookDatabase): Promise<ArchiveTables> {
  return db.transaction('r', archiveTablesOf(db), async () => {
    const tables = emptyTables();
    for (const table of ARCHIVE_TABLES) {
      (tables[table] as unknown[]) = await tableOf(db, table).toArray();
    }
    return tables;
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
    for (const table of ARCHIVE_TABLES) await tableOf(db, table).bulkAdd(plan.add[table]);
    return plan;
  });
}
