import type { ApprovalRecord, AuditEntry, MeetingVersion, SignatureRecord } from '@shared/model';
import type { MinuteBookDatabase } from './database';

/** Everything recorded about the sign-off of one meeting's minutes, oldest first. */
export interface SignOffRecords {
  approvals: ApprovalRecord[];
  audit: AuditEntry[];
  signatures: SignatureRecord[];
  versions: MeetingVersion[];
}

export function signOffTables(db: MinuteBookDatabase) {
  return [db.approvals, db.auditTrail, db.signatures, db.meetingVersions];
}

/** The sign-off of one meeting, read in one transaction so the parts agree. */
export function readSignOff(db: MinuteBookDatabase, meetingId: string): Promise<SignOffRecords> {
  return db.transaction('r', signOffTables(db), async () => ({
    approvals: await db.approvals.where('meetingId').equals(meetingId).sortBy('recordedAt'),
    audit: await db.auditTrail.where('meetingId').equals(meetingId).sortBy('at'),
    signatures: await db.signatures.where('meetingId').equals(meetingId).sortBy('at'),
    versions: await db.meetingVersions.where('meetingId').equals(meetingId).sortBy('version'),
  }));
}
