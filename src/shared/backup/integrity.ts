import { ARCHIVE_TABLES, RECORD_NOUN, type ArchiveTables } from './tables';

/** Tables whose records belong to a meeting, and so must name one the archive holds. */
const MEETING_CHILDREN = [
  'agendaItems',
  'attendance',
  'declarations',
  'decisions',
  'actions',
  'exports',
  'approvals',
  'auditTrail',
  'meetingVersions',
] as const;

/**
 * The first broken link in an archive, as a sentence, or null when every record's references
 * resolve and no id is used twice. A restore refuses an archive with one: restoring it would put
 * orphans in the database that no screen can show or delete.
 */
export function findBrokenReference(tables: ArchiveTables): string | null {
  for (const table of ARCHIVE_TABLES) {
    const seen = new Set<string>();
    for (const record of tables[table]) {
      if (seen.has(record.id)) return `${RECORD_NOUN[table]} with id ${record.id} appears twice`;
      seen.add(record.id);
    }
  }
  const boards = new Set(tables.boards.map((board) => board.id));
  const meetings = new Set(tables.meetings.map((meeting) => meeting.id));
  for (const member of tables.members) {
    if (!boards.has(member.boardId)) return `member ${member.fullName} belongs to a missing board`;
  }
  for (const meeting of tables.meetings) {
    if (!boards.has(meeting.boardId))
      return `the meeting of ${meeting.date} belongs to a missing board`;
  }
  const members = new Set(tables.members.map((member) => member.id));
  for (const table of ['interests', 'interestConfirmations'] as const) {
    for (const record of tables[table]) {
      if (!boards.has(record.boardId) || !members.has(record.memberId))
        return `${RECORD_NOUN[table]} (id ${record.id}) belongs to a missing board or member`;
    }
  }
  for (const table of MEETING_CHILDREN) {
    for (const record of tables[table]) {
      if (!meetings.has(record.meetingId))
        return `${RECORD_NOUN[table]} (id ${record.id}) belongs to a missing meeting`;
    }
  }
  return null;
}
