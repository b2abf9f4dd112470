import {
  type KeyObject,
  constants,
  createHash,
  publicDecrypt,
  timingSafeEqual,
  verify,
} from 'node:crypto';
import { parseManifestUri } from './manifest';
import { ALGORITHM, NS } from './ooxml-names';
import type { OpcPackage } from './opc-package';
import { relationshipTransform } from './relationship-transform';
import { type XmlElement, childElements, firstChild, textContent } from './xml';

/** The XML-DSig algorithms a verifier meets in Office documents, Word 2007's SHA-1 included. */
export const DIGESTS: Record<string, string> = {
  'http://www.w3.org/2000/09/xmldsig#sha1': 'sha1',
  [ALGORITHM.sha256]: 'sha256',
  'http://www.w3.org/2001/04/xmldsig-more#sha384': 'sha384',
  'http://www.w3.org/2001/04/xmlenc#sha512': 'sha512',
};

export const SIGNATURE_METHODS: Record<string, { hash: string; ecdsa: boolean }> = {
  'http://www.w3.org/2000/09/xmldsig#rsa-sha1': { hash: 'sha1', ecdsa: false },
  [ALGORITHM.rsaSha256]: { hash: 'sha256', ecdsa: false },
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha384': { hash: 'sha384', ecdsa: false },
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512': { hash: 'sha512', ecdsa: false },
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256': { hash: 'sha256', ecdsa: true },
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384': { hash: 'sha384', ecdsa: true },
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512': { hash: 'sha512', ecdsa: true },
};

export const C14N_ALGORITHMS = new Set([ALGORITHM.c14n as string]);

export function digestsEqual(expectedBase64: string, actual: Buffer): boolean {
  const expected = Buffer.from(expectedBase64.replace(/\s+/g, ''), 'base64');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export function hash(algorithm: string, data: Uint8Array | string): Buffer {
  return createHash(algorithm).update(data).digest();
}

export function algorithmOf(element: XmlElement | null): string {
  return element?.getAttribute('Algorithm') ?? '';
}

export function transformsOf(reference: XmlElement): XmlElement[] {
  const transforms = firstChild(reference, NS.dsig, 'Transforms');
  return transforms ? childElements(transforms, NS.dsig, 'Transform') : [];
}

/** Checks one Manifest Reference against the part in the package; returns the part name if it differs. */
export async function checkManifestReference(
  pkg: OpcPackage,
  reference: XmlElement,
  problems: string[],
): Promise<{ partName: string; matches: boolean }> {
  const { partName, contentType } = parseManifestUri(reference.getAttribute('URI') ?? '');
  const algorithm = DIGESTS[algorithmOf(firstChild(reference, NS.dsig, 'DigestMethod'))];
  const digestValue = textContent(firstChild(reference, NS.dsig, 'DigestValue'));
  if (!algorithm) {
    problems.push(`The signature uses a digest method Minute Book does not know, for ${partName}.`);
    return { partName, matches: false };
  }
  if (!pkg.has(partName)) return { partName, matches: false };
  const actualType = pkg.contentTypeOf(partName);
  if (actualType !== contentType) {
    problems.push(
      `The content type of ${partName.slice(1)} was changed after signing (signed as “${contentType}”, now “${actualType ?? 'none'}”).`,
    );
    return { partName, matches: false };
  }
  const transforms = transformsOf(reference);
  const relationship = transforms.find(
    (transform) => algorithmOf(transform) === ALGORITHM.relationshipTransform,
  );
  const others = transforms.filter(
    (transform) => transform !== relationship && !C14N_ALGORITHMS.has(algorithmOf(transform)),
  );
  if (others.length > 0 || (transforms.length > 0 && !relationship)) {
    problems.push(`The signature uses a transform Minute Book does not know, for ${partName}.`);
    return { partName, matches: false };
  }
  let data: Uint8Array | string;
  if (relationship) {
    const sourceIds = childElements(relationship, NS.mdssi, 'RelationshipReference').map(
      (element) => element.getAttribute('SourceId') ?? '',
    );
    if (childElements(relationship, NS.mdssi, 'RelationshipsGroupReference').length > 0) {
      problems.push(
        `The signature selects relationships by type in ${partName}, which Minute Book does not support.`,
      );
      return { partName, matches: false };
    }
    try {
      data = relationshipTransform(await pkg.text(partName), sourceIds);
    } catch {
      // A relationships part that no longer parses has certainly changed.
      return { partName, matches: false };
    }
  } else {
    data = await pkg.bytes(partName);
  }
  return { partName, matches: digestsEqual(digestValue, hash(algorithm, data)) };
}

/** DER AlgorithmIdentifier OIDs (with their tag and length) of the digests RSA signatures use. */
const DIGEST_OIDS: Record<string, string> = {
  sha1: '06052b0e03021a',
  sha256: '0609608648016503040201',
  sha384: '0609608648016503040202',
  sha512: '0609608648016503040203',
};

/** A DER length of at most 127. */
const shortLength = (hex: string) => (hex.length / 2).toString(16).padStart(2, '0');

/**
 * The PKCS #1 v1.5 DigestInfo for `digest` with the AlgorithmIdentifier's parameters absent,
 * which RFC 3279 §2.2.1 (SHA-1) and RFC 4055 §2.1 (SHA-2) require verifiers to accept beside
 * the usual NULL. Java (and so Apache POI and some signers) accept and write it; OpenSSL's RSA
 * verification, under Node's crypto.verify, accepts only the NULL form.
 */
function digestInfoWithoutParameters(algorithm: string, digest: Buffer): Buffer | null {
  const oid = DIGEST_OIDS[algorithm];
  if (!oid) return null;
  const algorithmIdentifier = `30${shortLength(oid)}${oid}`;
  const octets = `04${shortLength(digest.toString('hex'))}${digest.toString('hex')}`;
  const body = algorithmIdentifier + octets;
  return Buffer.from(`30${shortLength(body)}${body}`, 'hex');
}

function rsaDigestInfoMatches(
  algorithm: string,
  data: Buffer,
  publicKey: KeyObject,
  signatureValue: Buffer,
): boolean {
  const expected = digestInfoWithoutParameters(algorithm, hash(algorithm, data));
  if (!expected) return false;
  // PKCS #1 padding (type 1) is checked and removed by publicDecrypt; what is left is compared whole.
  const opened = publicDecrypt(
    { key: publicKey, padding: constants.RSA_PKCS1_PADDING },
    signatureValue,
  );
  return opened.length === expected.length && timingSafeEqual(opened, expected);
}

/** Checks a SignatureValue over the canonical SignedInfo; any failure to check counts as no match. */
export function signatureValueMatches(
  method: { hash: string; ecdsa: boolean },
  canonicalSignedInfo: string,
  publicKey: KeyObject,
  signatureValue: Buffer,
): boolean {
  const data = Buffer.from(canonicalSignedInfo, 'utf8');
  try {
    if (
      verify(
        method.hash,
        data,
        // XML-DSig writes ECDSA signatures as r‖s, not DER.
        method.ecdsa ? { key: publicKey, dsaEncoding: 'ieee-p1363' } : publicKey,
        signatureValue,
      )
    )
      return true;
    return (
      !method.ecdsa &&
      publicKey.asymmetricKeyType === 'rsa' &&
      rsaDigestInfoMatches(method.hash, data, publicKey, signatureValue)
    );
  } catch {
    return false;
  }
}
