import { nameKey } from './sign-off';

/**
 * Who signed, by certificate rather than by name: anyone can make a certificate that says "Alice
 * Chair". The archive knows a member's certificates from the identities made or imported on this
 * computer (each registered with its SHA-256 fingerprint) and from the signatures it recorded.
 */

/** A certificate the archive knows for a person. */
export interface KnownCertificate {
  name: string;
  fingerprintSha256: string;
}

/** A signature as the verifier reports it, as far as these rules need. */
export interface CheckedSigner {
  valid: boolean;
  signer: { commonName: string };
  certificate: { fingerprintSha256: string } | null;
}

export type SignerStanding =
  /** The certificate is one the archive knows for the person it names. */
  | { kind: 'known'; name: string }
  /** The archive knows other certificates for that person, not this one. */
  | { kind: 'other-certificate'; name: string }
  /** The archive knows no certificate for that person. */
  | { kind: 'no-record'; name: string };

export function signerStanding(
  signature: CheckedSigner,
  known: readonly KnownCertificate[],
): SignerStanding {
  const name = signature.signer.commonName;
  const theirs = known.filter((each) => nameKey(each.name) === nameKey(name));
  const fingerprint = signature.certificate?.fingerprintSha256;
  if (fingerprint && theirs.some((each) => each.fingerprintSha256 === fingerprint))
    return { kind: 'known', name };
  return theirs.length > 0 ? { kind: 'other-certificate', name } : { kind: 'no-record', name };
}

/** The standing in a sentence fit to show beside the signature. */
export function standingText(standing: SignerStanding): string {
  switch (standing.kind) {
    case 'known':
      return `A certificate this archive knows for ${standing.name}.`;
    case 'other-certificate':
      return `Signed with a certificate this archive does not know for ${standing.name}: check the fingerprint with them.`;
    case 'no-record':
      return `This archive knows no certificate for ${standing.name}: check the fingerprint with them.`;
  }
}

/**
 * How many of `members` have a valid signature made with a certificate the archive knows for
 * them. Each member counts once, however many signatures (or copies of one) carry their name.
 */
export function membersWhoSignedByCertificate(
  signatures: readonly CheckedSigner[],
  members: readonly { id: string; fullName: string }[],
  known: readonly KnownCertificate[],
): number {
  const signed = new Set<string>();
  for (const signature of signatures) {
    if (!signature.valid || signerStanding(signature, known).kind !== 'known') continue;
    const key = nameKey(signature.signer.commonName);
    for (const member of members) if (nameKey(member.fullName) === key) signed.add(member.id);
  }
  return signed.size;
}
