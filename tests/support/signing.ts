import JSZip from 'jszip';
import {
  type IdentityDetails,
  type KeyAndCertificate,
  createSelfSignedIdentity,
} from '../../src/main/signing/signing-identity';

const cache = new Map<string, Promise<KeyAndCertificate>>();

/** A signing identity per name, made once per test file: RSA key generation takes a while. */
export function testIdentity(
  details: IdentityDetails = {
    name: 'Alice Chair',
    role: 'Chair',
    organisation: 'NHS Python Community',
  },
  options: { validFrom?: Date; validUntil?: Date } = {},
): Promise<KeyAndCertificate> {
  const key = JSON.stringify([
    details,
    options.validFrom?.toISOString(),
    options.validUntil?.toISOString(),
  ]);
  let identity = cache.get(key);
  if (!identity) {
    identity = createSelfSignedIdentity(details, options);
    cache.set(key, identity);
  }
  return identity;
}

/** Returns a copy of a zip with one entry's bytes changed by `change`. */
export async function changeZipEntry(
  zipBytes: Uint8Array,
  entry: string,
  change: (text: string) => string,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(zipBytes);
  const file = zip.file(entry);
  if (!file) throw new Error(`No ${entry} in the zip`);
  zip.file(entry, change(await file.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function readZipEntry(zipBytes: Uint8Array, entry: string): Promise<string> {
  const file = (await JSZip.loadAsync(zipBytes)).file(entry);
  if (!file) throw new Error(`No ${entry} in the zip`);
  return file.async('string');
}
