import type { SigningIdentity } from '@shared/ipc/signing-schemas';
import {
  defaultSignatories,
  formatLongDate,
  nameKey,
  reopenNeedsReason,
  todayIso,
  currentVersion,
  type Board,
  type Meeting,
  type SignatureRecord,
} from '@shared/model';
import { newId } from '../db/ids';
import type { WorkflowContext } from './context';
import { canonicalDigest, sha256Hex } from './digest';
import { recordExport, recordStep } from './records';
import type { StepTaken } from './take-step';

/** Draft minutes sent out for comment by other means than the Word export. */
export function markCirculated(context: WorkflowContext, meeting: Meeting): Promise<StepTaken> {
  return recordStep(context, meeting.id, 'circulate', {
    at: context.now().toISOString(),
    by: '',
    detail: 'Marked as circulated for comment',
  });
}

export interface ApprovalDetails {
  approvedOn: string;
  /** The meeting that approved the minutes, or null when it is not one kept in Minute Book. */
  approving: Pick<Meeting, 'id' | 'date'> | null;
  amendments: string;
  by: string;
}

/**
 * Records that `meeting`'s minutes were approved, with its line in the audit trail. Used by the
 * Sign-off tab and by the next meeting's "Minutes of the previous meeting".
 */
export function recordApproval(
  context: WorkflowContext,
  meeting: Pick<Meeting, 'id'>,
  details: ApprovalDetails,
): Promise<StepTaken> {
  const amendments = details.amendments.trim();
  return recordStep(context, meeting.id, 'approve', {
    at: context.now().toISOString(),
    by: details.by,
    detail: [
      details.approving
        ? `Approved at the meeting of ${formatLongDate(details.approving.date)}`
        : `Approved on ${formatLongDate(details.approvedOn)}`,
      amendments && `with amendments: ${amendments}`,
    ]
      .filter(Boolean)
      .join(', '),
    approval: {
      approvedOn: details.approvedOn,
      approvingMeetingId: details.approving?.id ?? '',
      amendments,
    },
  });
}

/**
 * Closes the signing of this version: the audit trail fixes `signed`, the signature the secretary
 * was shown, as the board's record, and says who locked it.
 */
export function lockMinutes(
  context: WorkflowContext,
  meeting: Pick<Meeting, 'id'>,
  signed: Pick<SignatureRecord, 'fileName' | 'fileSha256' | 'meetingSha256'>,
  by: string,
): Promise<StepTaken> {
  return recordStep(context, meeting.id, 'lock', {
    at: context.now().toISOString(),
    by,
    detail: `Locked with ${signed.fileName} (SHA-256 ${signed.fileSha256}); meeting data SHA-256 ${signed.meetingSha256}`,
    lock: { fileSha256: signed.fileSha256, meetingSha256: signed.meetingSha256 },
  });
}

/**
 * Sends the minutes back to draft for a correction. The board's record (approved, signed or
 * locked minutes) is frozen first: exactly the data last signed in this version, else the
 * approved data as it stands, so the version the board approved or signed stays verifiable.
 */
export async function reopenMinutes(
  context: WorkflowContext,
  board: Board,
  meeting: Meeting,
  { reason, by }: { reason: string; by: string },
): Promise<StepTaken> {
  const frozen = reopenNeedsReason(meeting.status) ? await freeze(context, board, meeting) : null;
  return recordStep(context, meeting.id, 'reopen', {
    at: context.now().toISOString(),
    by,
    detail: reason.trim() || (frozen ? '' : 'Reopened before approval'),
    ...(frozen ? { frozen } : {}),
  });
}

async function freeze(
  context: WorkflowContext,
  board: Board,
  meeting: Meeting,
): Promise<{ fileJson: string; sha256: string }> {
  const { db } = context;
  const [versions, signatures] = await Promise.all([
    db.meetingVersions.where('meetingId').equals(meeting.id).toArray(),
    db.signatures.where('meetingId').equals(meeting.id).sortBy('at'),
  ]);
  const version = currentVersion(versions);
  const signed = signatures.filter((each) => each.version === version && each.meetingJson).at(-1);
  if (signed) return { fileJson: signed.meetingJson, sha256: await sha256Hex(signed.meetingJson) };
  const data = await canonicalDigest(await context.meetingFile(board, meeting));
  return { fileJson: data.json, sha256: data.sha256 };
}

/** What the signer chose: the identity, and the request the main process signs with. */
export interface SigningChoice {
  identity: SigningIdentity;
  /** `signDocument`'s request without its source: the identity, the reason, any passphrase. */
  request: { identityId: string; reason: string; passphrase?: string };
  /** The reason as typed, kept in the archive's record of the signature. */
  reason: string;
}

export type SignMinutesOutcome =
  | { status: 'cancelled' }
  | { status: 'exported'; fileName: string }
  | { status: 'signed'; fileName: string; sha256: string };

/**
 * Exports the approved minutes as formal minutes with a sign-off naming the signer (the day and
 * their certificate) before the others to sign, signs that exact file, and records the signature
 * with the SHA-256 of the file and of the meeting's data.
 */
export async function signMinutes(
  context: WorkflowContext,
  board: Board,
  meeting: Meeting,
  { identity, request, reason }: SigningChoice,
): Promise<SignMinutesOutcome> {
  const file = await context.meetingFile(board, meeting);
  const named =
    file.signatories && file.signatories.length > 0
      ? file.signatories
      : defaultSignatories(file.attendance ?? []);
  const signer = {
    name: identity.name,
    role: identity.role,
    certificateSha256: identity.fingerprintSha256,
    signedOn: todayIso(),
  };
  const others = named.filter((each) => nameKey(each.name) !== nameKey(identity.name));
  const forSigning = { ...file, signatories: [signer, ...others] };
  const exported = await context.callMain('exportMeetingDocx', {
    meeting: forSigning,
    layout: 'formal',
    audience: 'internal',
  });
  if (exported.status === 'cancelled') return { status: 'cancelled' };
  await recordExport(context, {
    meetingId: meeting.id,
    at: context.now().toISOString(),
    fileName: exported.fileName,
    path: exported.path,
    sha256: exported.sha256,
    layout: 'formal',
    audience: 'internal',
    status: meeting.status,
  });
  const signed = await context.callMain('signDocument', {
    ...request,
    source: { kind: 'exported', token: exported.token },
  });
  if (signed.status === 'cancelled') return { status: 'exported', fileName: exported.fileName };
  const data = await canonicalDigest(forSigning);
  await recordStep(context, meeting.id, 'sign', {
    at: context.now().toISOString(),
    by: identity.name,
    detail: `${signed.fileName} (SHA-256 ${signed.sha256})`,
    signature: {
      boardId: board.id,
      fileName: signed.fileName,
      path: signed.path,
      fileSha256: signed.sha256,
      meetingSha256: data.sha256,
      meetingJson: data.json,
      signerName: identity.name,
      signerRole: identity.role,
      fingerprintSha256: identity.fingerprintSha256,
      reason,
    },
  });
  return { status: 'signed', fileName: signed.fileName, sha256: signed.sha256 };
}

export type SignDocumentOutcome =
  { status: 'cancelled' } | { status: 'signed'; fileName: string; signatureCount: number };

/** Signs any .docx the secretary chooses (terms of reference…) and keeps a record of it. */
export async function signBoardDocument(
  context: WorkflowContext,
  board: Board,
  { identity, request, reason }: SigningChoice,
): Promise<SignDocumentOutcome> {
  const signed = await context.callMain('signDocument', { ...request, source: { kind: 'choose' } });
  if (signed.status === 'cancelled') return { status: 'cancelled' };
  const record: SignatureRecord = {
    id: newId(),
    meetingId: '',
    boardId: board.id,
    at: context.now().toISOString(),
    fileName: signed.fileName,
    path: signed.path,
    fileSha256: signed.sha256,
    meetingSha256: '',
    meetingJson: '',
    signerName: identity.name,
    signerRole: identity.role,
    fingerprintSha256: identity.fingerprintSha256,
    reason,
    version: 1,
  };
  await context.track(context.db.signatures.add(record));
  context.written({ signatures: [record] });
  return { status: 'signed', fileName: signed.fileName, signatureCount: signed.signatureCount };
}
