import type { Transaction } from 'dexie';

/**
 * Every version of the database, oldest first. A version that has shipped is never edited:
 * a change adds a new entry with its own upgrade and its own test in tests/unit/db/.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      boards: 'id, name',
      members: 'id, boardId, [boardId+fullName]',
    },
  },
  {
    // Meetings and live minutes. New tables only: nothing stored by version 1 changes.
    version: 2,
    stores: {
      meetings: 'id, boardId, [boardId+date]',
      agendaItems: 'id, meetingId, [meetingId+position]',
      attendance: 'id, meetingId, memberId',
      declarations: 'id, meetingId',
      decisions: 'id, meetingId, itemId',
      actions: 'id, boardId, meetingId, itemId, status',
    },
  },
  {
    // A record of each Word document exported, with its SHA-256. A new table only.
    version: 3,
    stores: {
      exports: 'id, meetingId',
    },
  },
  {
    // Sign-off: approvals, the audit trail, signatures made and frozen versions. New tables only.
    version: 4,
    stores: {
      approvals: 'id, meetingId',
      auditTrail: 'id, meetingId',
      signatures: 'id, meetingId, fileSha256',
      meetingVersions: 'id, meetingId',
    },
  },
];

export const LATEST_SCHEMA_VERSION = Math.max(...SCHEMA_VERSIONS.map((entry) => entry.version));
