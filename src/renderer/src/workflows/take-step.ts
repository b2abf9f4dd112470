import {
  canTake,
  currentVersion,
  reopenNeedsReason,
  statusAfter,
  type ApprovalRecord,
  type AuditEntry,
  type AuditEvent,
  type Meeting,
  type MeetingStatus,
  type MeetingVersion,
  type SignatureRecord,
  type SignOffStep,
} from '@shared/model';
import type { MinuteBookDatabase } from '../db/database';
import { newId } from '../db/ids';

const EVENT: Record<SignOffStep, AuditEvent> = {
  circulate: 'circulated',
  approve: 'approved',
  sign: 'signed',
  lock: 'locked',
  reopen: 'reopened',
};

const STANDING: Record<MeetingStatus, string> = {
  planned: 'not yet drafted',
  'in-progress': 'still being taken',
  draft: 'a draft',
  circulated: 'circulated',
  approved: 'approved',
  signed: 'signed',
  locked: 'locked',
};

const DOING: Record<SignOffStep, string> = {
  circulate: 'circulated',
  approve: 'approved',
  sign: 'signed',
  lock: 'locked',
  reopen: 'reopened',
};

/** What a step records beside the new status: its line in the audit trail and what goes with it. */
export interface StepDetails {
  /** When the step was taken (ISO), the same for every record it writes. */
  at: string;
  /** Who took it: a member's name or what the secretary typed. */
  by: string;
  /** Why, or what: the approving meeting, the signed file, the reason for reopening. */
  detail: string;
  /** A lock fixes the SHA-256 of the signed file and of the meeting data signed. */
  lock?: { fileSha256: string; meetingSha256: string };
  /** An approval is recorded with its own record. */
  approval?: Pick<ApprovalRecord, 'approvedOn' | 'approvingMeetingId' | 'amendments'>;
  /** A signature of the minutes, recorded with the file and the data signed. */
  signature?: Omit<SignatureRecord, 'id' | 'meetingId' | 'at' | 'version'>;
  /** Reopening the board's record freezes the version being reopened, as canonical JSON. */
  frozen?: Pick<MeetingVersion, 'fileJson' | 'sha256'>;
}

export interface StepTaken {
  meeting: Meeting;
  /** The version of the minutes the step was taken on. */
  version: number;
  audit: AuditEntry;
  approval: ApprovalRecord | null;
  signature: SignatureRecord | null;
  frozen: MeetingVersion | null;
}

/** A step the rules of sign-off do not allow from where the minutes stand, with why. */
export class StepRefused extends Error {
  override readonly name = 'StepRefused';
}

/** Refuses a step that is not open to minutes at `status`, or that lacks what it must record. */
function checkStep(step: SignOffStep, status: MeetingStatus, details: StepDetails): void {
  if (!canTake(step, status))
    throw new StepRefused(`The minutes are ${STANDING[status]}, so they cannot be ${DOING[step]}.`);
  if (step === 'approve' && !details.approval)
    throw new StepRefused('An approval needs its date and the meeting that approved it.');
  if (step === 'sign' && !details.signature)
    throw new StepRefused('A signature needs the signed file to be recorded.');
  if (step === 'lock' && !details.lock)
    throw new StepRefused('Locking needs the signed file and the data it was signed from.');
  if (step === 'reopen' && reopenNeedsReason(status)) {
    if (!details.detail.trim())
      throw new StepRefused('Say why the minutes are being reopened: it goes in the audit trail.');
    if (!details.frozen)
      throw new StepRefused('The version being reopened must be kept in the archive first.');
  }
}

/**
 * Moves a meeting's minutes one step through their sign-off (`shared/model/sign-off.ts`): checks
 * the step is open to them as they are stored now, then writes the new status, the audit entry at
 * the current version and whatever the step records (approval, signature, frozen version) in one
 * transaction. Either all of it is stored or none of it, so minutes are never signed, approved or
 * reopened without their line in the audit trail.
 */
export function takeStep(
  db: MinuteBookDatabase,
  meetingId: string,
  step: SignOffStep,
  details: StepDetails,
): Promise<StepTaken> {
  const tables = [db.meetings, db.auditTrail, db.approvals, db.signatures, db.meetingVersions];
  return db.transaction('rw', tables, async () => {
    const stored = await db.meetings.get(meetingId);
    if (!stored) throw new StepRefused('These minutes are no longer in Minute Book.');
    checkStep(step, stored.status, details);
    const version = currentVersion(
      await db.meetingVersions.where('meetingId').equals(meetingId).toArray(),
    );

    const status = statusAfter(step);
    const meeting: Meeting =
      status === stored.status ? stored : { ...stored, status, updatedAt: details.at };
    if (meeting !== stored)
      await db.meetings.update(meetingId, { status, updatedAt: meeting.updatedAt });

    // Each step records only its own kind of record, whatever else it is given.
    const approval: ApprovalRecord | null =
      step === 'approve' && details.approval
        ? { id: newId(), meetingId, ...details.approval, version, recordedAt: details.at }
        : null;
    if (approval) await db.approvals.add(approval);

    const signature: SignatureRecord | null =
      step === 'sign' && details.signature
        ? { id: newId(), meetingId, ...details.signature, at: details.at, version }
        : null;
    if (signature) await db.signatures.add(signature);

    const frozen: MeetingVersion | null =
      step === 'reopen' && details.frozen
        ? {
            id: newId(),
            meetingId,
            version,
            status: stored.status,
            frozenAt: details.at,
            ...details.frozen,
          }
        : null;
    if (frozen) await db.meetingVersions.add(frozen);

    const audit: AuditEntry = {
      id: newId(),
      meetingId,
      at: details.at,
      event: EVENT[step],
      by: details.by.trim(),
      detail: details.detail,
      version,
      ...(step === 'lock' ? details.lock : {}),
    };
    await db.auditTrail.add(audit);
    return { meeting, version, audit, approval, signature, frozen };
  });
}
