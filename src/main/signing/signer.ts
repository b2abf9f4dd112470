import { sign as signBytes } from 'node:crypto';
import { certificateValidAt, parseCertificate } from './certificates';
import { sha256Base64, sha256Hex } from './digest';
import { DocumentError, IdentityError } from './errors';
import { manifestReferences, partsToSign } from './manifest';
import { withoutIgnorableContent } from './relationships';
import { addSignaturePart, findSignatureParts } from './signature-parts';
import {
  OFFICE_OBJECT_ID,
  PACKAGE_OBJECT_ID,
  SIGNED_PROPERTIES_ID,
  buildOfficeObject,
  buildPackageObject,
  buildSignatureXml,
  buildSignedInfo,
  buildXadesObject,
  signedInfoReferences,
} from './signature-xml';
import { verifySignaturePart } from './verifier';
import { openWordDocument } from './word-document';
import {
  type XmlElement,
  canonicalise,
  elementById,
  firstChild,
  parseXml,
  rootElement,
} from './xml';
import { NS } from './ooxml-names';

/** The private key and certificate to sign with (PEM). */
export interface SigningKey {
  privateKeyPem: string;
  certificatePem: string;
}

export interface SignOptions {
  /** The signer's commitment, e.g. "Approved as a correct record". */
  reason: string;
  /** The signing time; the clock by default. */
  now?: Date;
}

export interface SignedDocument {
  bytes: Buffer;
  /** The new signature part, e.g. `/_xmlsignatures/sig2.xml`. */
  signaturePart: string;
  /** SHA-256 (hex) of the signed file. */
  sha256: string;
  /** How many signatures the file now carries, this one included. */
  signatureCount: number;
}

export const DEFAULT_REASON = 'Approved as a correct record';

function mustFind(root: XmlElement, id: string): XmlElement {
  const element = elementById(root, id);
  if (!element) throw new Error(`The signature under construction has no ${id}`);
  return element;
}

/**
 * Adds one OOXML digital signature to a .docx and returns the new file's bytes. Earlier signatures
 * are kept and stay valid. The new signature is verified before the bytes are returned, so a
 * broken signature is never handed back.
 */
export async function signDocument(
  input: Uint8Array,
  key: SigningKey,
  options: SignOptions,
): Promise<SignedDocument> {
  const now = options.now ?? new Date();
  const certificate = parseCertificate(key.certificatePem);
  if (now.getTime() > certificate.notAfter.getTime()) {
    throw new IdentityError(
      'expired',
      `This signing identity's certificate expired on ${certificate.notAfter.toISOString().slice(0, 10)}. Create or import a new one.`,
    );
  }
  if (!certificateValidAt(certificate, now)) {
    throw new IdentityError(
      'not-yet-valid',
      "This signing identity's certificate is not in force yet.",
    );
  }
  const { pkg, mainPart } = await openWordDocument(input);
  if (pkg.ambiguities.length > 0) {
    // A signature over one copy of a part that Word may read from another would vouch for nothing.
    throw new DocumentError(
      'ambiguous',
      `This document cannot be signed: its package is ambiguous (${pkg.ambiguities.join('; ')}).`,
    );
  }
  const parts = await partsToSign(pkg);
  for (const part of parts.filter((candidate) => candidate.sourceIds)) {
    const tidied = withoutIgnorableContent(await pkg.text(part.partName), part.partName);
    if (tidied !== null) pkg.write(part.partName, tidied);
  }
  const manifest = await manifestReferences(pkg, parts);

  const objects = [
    buildPackageObject(manifest, now),
    buildOfficeObject(options.reason),
    buildXadesObject(
      {
        certificateBase64: certificate.der.toString('base64'),
        certificateDigest: sha256Base64(certificate.der),
        issuerName: certificate.issuerName,
        serialNumberDecimal: certificate.serialNumberDecimal,
      },
      now,
      options.reason,
      certificate.role,
    ),
  ];
  const certificateBase64 = certificate.der.toString('base64');
  // Digest each object where it will sit, inside the Signature element, so inherited namespaces match.
  const draft = rootElement(
    parseXml(
      buildSignatureXml({ signedInfo: '', signatureValue: '', certificateBase64, objects }),
      'signature',
    ),
    'signature',
  );
  const signedInfo = buildSignedInfo(
    signedInfoReferences({
      packageObject: sha256Base64(canonicalise(mustFind(draft, PACKAGE_OBJECT_ID))),
      officeObject: sha256Base64(canonicalise(mustFind(draft, OFFICE_OBJECT_ID))),
      signedProperties: sha256Base64(canonicalise(mustFind(draft, SIGNED_PROPERTIES_ID))),
    }),
  );
  const unsigned = rootElement(
    parseXml(
      buildSignatureXml({ signedInfo, signatureValue: '', certificateBase64, objects }),
      'signature',
    ),
    'signature',
  );
  const signedInfoElement = firstChild(unsigned, NS.dsig, 'SignedInfo');
  if (!signedInfoElement) throw new Error('The signature under construction has no SignedInfo');
  let signatureValue: string;
  try {
    signatureValue = signBytes(
      'sha256',
      Buffer.from(canonicalise(signedInfoElement), 'utf8'),
      key.privateKeyPem,
    ).toString('base64');
  } catch {
    throw new IdentityError('corrupt', "This signing identity's private key cannot be used.");
  }
  const signatureXml = buildSignatureXml({
    signedInfo,
    signatureValue,
    certificateBase64,
    objects,
  });

  const earlierSignatures = await findSignatureParts(pkg);
  const signaturePart = await addSignaturePart(pkg, signatureXml);
  const bytes = await pkg.toBytes();
  await selfCheck(bytes, signaturePart, mainPart, now);
  return {
    bytes,
    signaturePart,
    sha256: sha256Hex(bytes),
    signatureCount: earlierSignatures.length + 1,
  };
}

async function selfCheck(
  bytes: Buffer,
  signaturePart: string,
  mainPart: string,
  now: Date,
): Promise<void> {
  const { pkg } = await openWordDocument(bytes);
  const check = await verifySignaturePart(pkg, signaturePart, mainPart, now);
  if (!check.valid) {
    // A key that does not belong to the certificate is the one way a caller can get here.
    throw new IdentityError(
      'corrupt',
      `The new signature did not verify: ${check.problems.join(' ')}`,
    );
  }
}
