import { nameKey, type AuditEntry, type SignatureRecord } from './sign-off';

/**
 * Locking signed minutes: the archive fixes which signed file and which data are the board's
 * record of this version, so a copy met later can be told apart from any other export.
 */

/** What a lock fixes: the last file signed in this version and the meeting data it was signed from. */
export interface LockedRecord {
  fileSha256: string;
  meetingSha256: string;
  fileName: string;
}

export function signaturesOfVersion(
  signatures: readonly SignatureRecord[],
  version: number,
): SignatureRecord[] {
  return signatures.filter((each) => each.version === version && each.meetingSha256 !== '');
}

/** The record a lock would fix now, or null while nothing in this version has been signed. */
export function recordToLock(
  signatures: readonly SignatureRecord[],
  version: number,
): LockedRecord | null {
  const latest = [...signaturesOfVersion(signatures, version)]
    .sort((a, b) => a.at.localeCompare(b.at))
    .at(-1);
  return latest
    ? {
        fileSha256: latest.fileSha256,
        meetingSha256: latest.meetingSha256,
        fileName: latest.fileName,
      }
    : null;
}

/** The intended signatories who have not yet signed this version, by name as in the register. */
export function unsignedSignatories(
  intended: readonly { name: string }[],
  signatures: readonly SignatureRecord[],
  version: number,
): string[] {
  const signed = new Set(
    signaturesOfVersion(signatures, version).map((each) => nameKey(each.signerName)),
  );
  return intended.map((each) => each.name).filter((name) => !signed.has(nameKey(name)));
}

/** The lock of this version in the audit trail, if it has been locked. */
export function lockOf(audit: readonly AuditEntry[], version: number): AuditEntry | null {
  return audit.filter((each) => each.event === 'locked' && each.version === version).at(-1) ?? null;
}
