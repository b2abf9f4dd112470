import {
  ARCHIVE_TABLES,
  planMerge,
  type ArchiveTables,
  type MergePlan,
} from '../../../shared/backup';
import type { MinuteBookDatabase } from './database';

function archiveTablesOf(db: MinuteBookDatabase) {
  return ARCHIVE_TABLES.map((table) => db[table]);
}

/** Every record a backup holds, read in one transaction so the copy is consistent. */
export function readArchive(db: MinuteBookDatabase): Promise<ArchiveTables> {
  return db.transaction('r', archiveTablesOf(db), async () => {
    const [
      boards,
      members,
      meetings,
      agendaItems,
      attendance,
      declarations,
      decisions,
      actions,
      exports,
      approvals,
      auditTrail,
      signatures,
      meetingVersions,
    ] = await Promise.all([
      db.boards.toArray(),
      db.members.toArray(),
      db.meetings.toArray(),
      db.agendaItems.toArray(),
      db.attendance.toArray(),
      db.declarations.toArray(),
      db.decisions.toArray(),
      db.actions.toArray(),
      db.exports.toArray(),
      db.approvals.toArray(),
      db.auditTrail.toArray(),
      db.signatures.toArray(),
      db.meetingVersions.toArray(),
    ]);
    return {
      boards,
      members,
      meetings,
      agendaItems,
      attendance,
      declarations,
      decisions,
      actions,
      exports,
      approvals,
      auditTrail,
      signatures,
      meetingVersions,
    };
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
    await Promise.all([
      db.boards.bulkAdd(plan.add.boards),
      db.members.bulkAdd(plan.add.members),
      db.meetings.bulkAdd(plan.add.meetings),
      db.agendaItems.bulkAdd(plan.add.agendaItems),
      db.attendance.bulkAdd(plan.add.attendance),
      db.declarations.bulkAdd(plan.add.declarations),
      db.decisions.bulkAdd(plan.add.decisions),
      db.actions.bulkAdd(plan.add.actions),
      db.exports.bulkAdd(plan.add.exports),
      db.approvals.bulkAdd(plan.add.approvals),
      db.auditTrail.bulkAdd(plan.add.auditTrail),
      db.signatures.bulkAdd(plan.add.signatures),
      db.meetingVersions.bulkAdd(plan.add.meetingVersions),
    ]);
    return plan;
  });
}
