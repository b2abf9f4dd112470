import { createHash } from 'node:crypto';

export function sha256(data: Uint8Array | string): Buffer {
  return createHash('sha256').update(data).digest();
}

/** The digest as XML-DSig writes it in a DigestValue. */
export function sha256Base64(data: Uint8Array | string): string {
  return sha256(data).toString('base64');
}

export function sha256Hex(data: Uint8Array | string): string {
  return sha256(data).toString('hex');
}

/** A fingerprint as certificate viewers show it: upper-case hex pairs joined by colons. */
export function formatFingerprint(digest: Buffer): string {
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join(':');
}
