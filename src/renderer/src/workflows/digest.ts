import { canonicalJson } from '@shared/model';

/** SHA-256 in hex, computed in the window: the meeting's data never needs to go to main for it. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The meeting's canonical data and its SHA-256: what a signature record and a frozen version cite. */
export async function canonicalDigest(value: unknown): Promise<{ json: string; sha256: string }> {
  const json = canonicalJson(value);
  return { json, sha256: await sha256Hex(json) };
}
