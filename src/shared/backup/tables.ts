import type {
  Action,
  AgendaItem,
  ApprovalRecord,
  AttendanceRecord,
  AuditEntry,
  Board,
  Decision,
  Declaration,
  ExportRecord,
  Interest,
  InterestConfirmation,
  Meeting,
  MeetingVersion,
  Member,
  SignatureRecord,
} from '../model';

/**
 * Everything a backup holds, table by table, in the order they are written and restored: a table
 * comes after the ones its records point at, so a reader meets a board before its members.
 * Search indexes are not here: they are rebuilt from these records.
 */
export const ARCHIVE_TABLES = [
  'boards',
  'members',
  'meetings',
  'agendaItems',
  'attendance',
  'declarations',
  'decisions',
  'actions',
  'exports',
  'approvals',
  'auditTrail',
  'signatures',
  'meetingVersions',
  'interests',
  'interestConfirmations',
] as const;

export type ArchiveTable = (typeof ARCHIVE_TABLES)[number];

export interface ArchiveTables {
  boards: Board[];
  members: Member[];
  meetings: Meeting[];
  agendaItems: AgendaItem[];
  attendance: AttendanceRecord[];
  declarations: Declaration[];
  decisions: Decision[];
  actions: Action[];
  exports: ExportRecord[];
  approvals: ApprovalRecord[];
  auditTrail: AuditEntry[];
  signatures: SignatureRecord[];
  meetingVersions: MeetingVersion[];
  /** The register of interests (backup format 2). */
  interests: Interest[];
  interestConfirmations: InterestConfirmation[];
}

export type ArchiveCounts = Record<ArchiveTable, number>;

export function emptyTables(): ArchiveTables {
  return {
    boards: [],
    members: [],
    meetings: [],
    agendaItems: [],
    attendance: [],
    declarations: [],
    decisions: [],
    actions: [],
    exports: [],
    approvals: [],
    auditTrail: [],
    signatures: [],
    meetingVersions: [],
    interests: [],
    interestConfirmations: [],
  };
}

export function countTables(tables: ArchiveTables): ArchiveCounts {
  const counts = {} as ArchiveCounts;
  for (const table of ARCHIVE_TABLES) counts[table] = tables[table].length;
  return counts;
}

/** What a person calls each table, for messages: "record 12 (a meeting)". */
export const RECORD_NOUN: Record<ArchiveTable, string> = {
  boards: 'a board',
  members: 'a member',
  meetings: 'a meeting',
  agendaItems: 'an agenda item',
  attendance: 'an attendance record',
  declarations: 'a declaration of interest',
  decisions: 'a decision',
  actions: 'an action',
  exports: 'a record of an exported document',
  approvals: 'an approval',
  auditTrail: 'an audit-trail entry',
  signatures: 'a signature record',
  meetingVersions: 'a frozen version of minutes',
  interests: 'an entry in the register of interests',
  interestConfirmations: 'a confirmation of the register of interests',
};

/** "1 board, 9 members, 12 meetings, 30 actions, 2 signature records": what an archive holds. */
export function describeCounts(counts: ArchiveCounts): string {
  const part = (n: number, one: string, many: string) =>
    `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
  return [
    part(counts.boards, 'board', 'boards'),
    part(counts.members, 'member', 'members'),
    part(counts.meetings, 'meeting', 'meetings'),
    part(counts.actions, 'action', 'actions'),
    part(counts.signatures, 'signature record', 'signature records'),
  ].join(', ');
}
