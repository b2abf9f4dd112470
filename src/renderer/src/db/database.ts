import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type {
  ApprovalRecord,
  AuditEntry,
  Board,
  ExportRecord,
  Interest,
  InterestConfirmation,
  Meeting,
  MeetingVersion,
  Member,
  SignatureRecord,
  StoredTranscript,
  TranscriptDeletion,
} from '@shared/model';
import type { SearchChunk } from '@shared/search';
import type { MeetingMinutes } from './meeting-minutes';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';

export const DATABASE_NAME = 'minute-book';

export class MinuteBookDatabase extends Dexie {
  boards!: EntityTable<Board, 'id'>;
  members!: EntityTable<Member, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  /** Each meeting's items, attendance, declarations, decisions and actions, as one record. */
  minutes!: EntityTable<MeetingMinutes, 'meetingId'>;
  exports!: EntityTable<ExportRecord, 'id'>;
  approvals!: EntityTable<ApprovalRecord, 'id'>;
  auditTrail!: EntityTable<AuditEntry, 'id'>;
  signatures!: EntityTable<SignatureRecord, 'id'>;
  meetingVersions!: EntityTable<MeetingVersion, 'id'>;
  /** The archive search's saved index: the engine's chunks and the worker's own records. */
  searchIndex!: EntityTable<SearchChunk, 'key'>;
  /** The register of interests (version 8). */
  interests!: EntityTable<Interest, 'id'>;
  interestConfirmations!: EntityTable<InterestConfirmation, 'id'>;
  /** A transcript kept until the minutes are approved, and the record of each deleted (version 9). */
  transcripts!: EntityTable<StoredTranscript, 'meetingId'>;
  transcriptDeletions!: EntityTable<TranscriptDeletion, 'id'>;

  /**
   * `upToVersion` opens the database as an older release would have, so that migration
   * tests can store data the old way and then open it with the current schema.
   */
  constructor(
    name: string = DATABASE_NAME,
    options: DexieOptions = {},
    upToVersion = LATEST_SCHEMA_VERSION,
  ) {
    super(name, options);
    for (const entry of SCHEMA_VERSIONS) {
      if (entry.version > upToVersion) break;
      const version = this.version(entry.version).stores(entry.stores);
      if (entry.upgrade) version.upgrade(entry.upgrade);
    }
  }
}
