import type { MeetingStatus } from './statuses';

/**
 * The sign-off of minutes: draft → circulated (sent out for comment) → approved (at a later
 * meeting) → signed → locked (the signing is complete: the archive fixes the signed file and the
 * signed data). Approved, signed and locked minutes are the board's record, so they cannot be
 * edited; a correction needs an explicit reopen with a reason, which sends them back to draft as a
 * new version and keeps the earlier one in the archive.
 */

/** How the status may move, and why; the UI offers exactly these. */
export type SignOffStep = 'circulate' | 'approve' | 'sign' | 'lock' | 'reopen';

const TARGET: Record<SignOffStep, MeetingStatus> = {
  circulate: 'circulated',
  approve: 'approved',
  sign: 'signed',
  lock: 'locked',
  reopen: 'draft',
};

/** Where each step may start. Approval from a draft is allowed: some boards approve without circulating. */
const FROM: Record<SignOffStep, readonly MeetingStatus[]> = {
  circulate: ['draft'],
  approve: ['draft', 'circulated'],
  sign: ['approved', 'signed'],
  // Locking closes the signing, so it needs at least one signature and takes no more after it.
  lock: ['signed'],
  reopen: ['circulated', 'approved', 'signed', 'locked'],
};

export function canTake(step: SignOffStep, status: MeetingStatus): boolean {
  return FROM[step].includes(status);
}

export function statusAfter(step: SignOffStep): MeetingStatus {
  return TARGET[step];
}

/** The record of the board may not change once approved; anything earlier can still be corrected. */
export function isReadOnly(status: MeetingStatus): boolean {
  return status === 'approved' || status === 'signed' || status === 'locked';
}

/**
 * What may still change on a read-only meeting: its place in the sign-off, and which item live
 * minutes show (reading, not editing). Everything else is the board's record.
 */
const CHANGEABLE_WHEN_READ_ONLY: ReadonlySet<string> = new Set([
  'status',
  'currentItemId',
  'updatedAt',
]);

/** The fields of `changes` that a meeting at `status` refuses: none unless it is read-only. */
export function refusedChanges(status: MeetingStatus, changes: object): string[] {
  if (!isReadOnly(status)) return [];
  return Object.keys(changes).filter((field) => !CHANGEABLE_WHEN_READ_ONLY.has(field));
}

/** Reopening approved, signed or locked minutes changes the board's record, so it needs a reason. */
export function reopenNeedsReason(status: MeetingStatus): boolean {
  return isReadOnly(status);
}

/** The approval of minutes at a later meeting, normally under "Minutes of the previous meeting". */
export interface ApprovalRecord {
  id: string;
  meetingId: string;
  /** The date the minutes were approved. */
  approvedOn: string;
  /** The meeting that approved them, or empty when it is not one kept in Minute Book. */
  approvingMeetingId: string;
  /** Corrections agreed when approving, as they should be recorded. */
  amendments: string;
  /** The version of the minutes approved: 1, then 2 after a reopen, … */
  version: number;
  recordedAt: string;
}

export type AuditEvent = 'circulated' | 'approved' | 'signed' | 'locked' | 'reopened';

/** One line of a meeting's audit trail: who did what to its minutes, when and why. */
export interface AuditEntry {
  id: string;
  meetingId: string;
  at: string;
  event: AuditEvent;
  /** Who recorded it: a member's name or what the secretary typed. */
  by: string;
  /** Why (required for a reopen) or what (the approving meeting, the signer). */
  detail: string;
  version: number;
  /**
   * For a lock: the SHA-256 of the signed file it fixes and of the meeting data that was signed.
   * Optional so that entries stored before locking existed need no upgrade.
   */
  fileSha256?: string;
  meetingSha256?: string;
}

/** A signature this app made, so a file met later can be matched to the archive. */
export interface SignatureRecord {
  id: string;
  /** The meeting whose minutes were signed, or empty for another board document. */
  meetingId: string;
  boardId: string;
  at: string;
  fileName: string;
  path: string;
  /** SHA-256 (hex) of the signed file as saved. */
  fileSha256: string;
  /** SHA-256 (hex) of the meeting's canonical data when signed; empty for other documents. */
  meetingSha256: string;
  /**
   * That canonical data itself, so reopening signed minutes freezes exactly what was signed
   * (the same SHA-256), not the data as it stands after the status changed.
   */
  meetingJson: string;
  signerName: string;
  signerRole: string;
  fingerprintSha256: string;
  reason: string;
  version: number;
}

/** A frozen copy of approved or signed minutes, kept when they are reopened for correction. */
export interface MeetingVersion {
  id: string;
  meetingId: string;
  version: number;
  status: MeetingStatus;
  frozenAt: string;
  /** The meeting file, as canonical JSON. */
  fileJson: string;
  /** SHA-256 (hex) of `fileJson`. */
  sha256: string;
}

/**
 * JSON with every object's keys sorted, so the same meeting always gives the same text and the
 * same SHA-256, whatever order its fields were built in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, each]) => each !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, each]) => [key, sortKeys(each)]),
    );
  }
  return value;
}

/** The version the minutes are at now: one more than the versions frozen by reopening. */
export function currentVersion(frozen: readonly Pick<MeetingVersion, 'version'>[]): number {
  return frozen.reduce((highest, each) => Math.max(highest, each.version), 0) + 1;
}

interface SignatoryCandidate {
  name: string;
  role?: string;
  chair?: boolean;
}

/** Who signs by default: the person who chaired, else the board's Chair among those listed. */
export function defaultSignatories(
  attendance: readonly SignatoryCandidate[],
): Array<{ name: string; role: string }> {
  const chair =
    attendance.find((person) => person.chair) ??
    attendance.find((person) => person.role === 'Chair');
  return chair ? [{ name: chair.name, role: 'Chair' }] : [];
}

/** Normalises a person's name for matching a certificate's name to the register. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** How many of the members in office have a valid signature on the document. */
export function membersWhoSigned(
  signerNames: readonly string[],
  members: readonly { fullName: string }[],
): number {
  const signed = new Set(signerNames.map(nameKey));
  return members.filter((member) => signed.has(nameKey(member.fullName))).length;
}
