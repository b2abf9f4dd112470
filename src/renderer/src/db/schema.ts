import type { Transaction } from 'dexie';
import { gatherMinutes } from './gather-minutes';

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
  {
    // Archive search: the saved index (its chunks by key), and an index on when records changed,
    // so that the search can catch up at start with edits it had not saved. No stored data changes.
    version: 5,
    stores: {
      searchIndex: 'key',
      meetings: 'id, boardId, [boardId+date], updatedAt',
      agendaItems: 'id, meetingId, [meetingId+position], updatedAt',
      attendance: 'id, meetingId, memberId, updatedAt',
      decisions: 'id, meetingId, itemId, createdAt',
      actions: 'id, boardId, meetingId, itemId, status, updatedAt',
    },
  },
  {
    // Each meeting's items, attendance, declarations, decisions and actions as one record (see
    // meeting-minutes.ts for why). The records kept one by one are gathered here; the tables that
    // held them go in version 7, so this upgrade can still read them.
    version: 6,
    stores: {
      minutes: 'meetingId, boardId, updatedAt',
    },
    upgrade: gatherMinutes,
  },
  {
    // The tables version 6 gathered into each meeting's minutes.
    version: 7,
    stores: {
      agendaItems: null,
      attendance: null,
      declarations: null,
      decisions: null,
      actions: null,
    },
  },
  {
    // The register of interests: each member's declared interests and their yearly confirmations.
    // New tables only: nothing stored by version 7 changes.
    version: 8,
    stores: {
      interests: 'id, boardId, memberId, updatedAt',
      interestConfirmations: 'id, boardId, memberId',
    },
  },
  {
    // A Teams transcript kept with its meeting until the minutes are approved (one per meeting),
    // and the record of each one deleted. New tables only: nothing stored by version 8 changes.
    version: 9,
    stores: {
      transcripts: 'meetingId, boardId',
      transcriptDeletions: 'id, meetingId',
    },
  },
];

export const LATEST_SCHEMA_VERSION = Math.max(...SCHEMA_VERSIONS.map((entry) => entry.version));
