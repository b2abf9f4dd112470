import { type CertificateInfo, MalformedCertificateError, parseCertificate } from './certificates';
import { sha256Hex } from './digest';
import { DocumentError } from './errors';
import { NS, REFERENCE_TYPE } from './ooxml-names';
import type { OpcPackage } from './opc-package';
import { findSignatureParts } from './signature-parts';
import { openWordDocument } from './word-document';
import {
  C14N_ALGORITHMS,
  DIGESTS,
  SIGNATURE_METHODS,
  algorithmOf,
  checkManifestReference,
  digestsEqual,
  hash,
  signatureValueMatches,
  transformsOf,
} from './xmldsig-checks';
import {
  type XmlElement,
  type XmlNode,
  canonicalise,
  childElements,
  descendants,
  elementById,
  elementsWithId,
  firstChild,
  parseXml,
  textContent,
} from './xml';

/** What verification found about one signature. */
export interface SignatureCheck {
  /** The signature part, e.g. `/_xmlsignatures/sig1.xml`. */
  part: string;
  signer: { commonName: string; role: string; organisation: string; subjectName: string };
  certificate: {
    fingerprintSha256: string;
    issuerName: string;
    serialNumber: string;
    notBefore: string;
    notAfter: string;
    selfSigned: boolean;
    expired: boolean;
  } | null;
  /** ISO time the signer's computer gave (not a trusted timestamp). */
  signingTime: string | null;
  /** The signer's commitment, e.g. "Approved as a correct record". */
  commitment: string | null;
  valid: boolean;
  /** Whether any signed part of the document differs from what was signed. */
  documentChanged: boolean;
  /** The signed parts that differ or are missing, e.g. `/word/document.xml`. */
  changedParts: string[];
  /** Why the signature is not valid, in sentences fit to show; empty when it is valid. */
  problems: string[];
}

export interface VerificationReport {
  /** SHA-256 (hex) of the whole file as it was checked. */
  fileSha256: string;
  signatures: SignatureCheck[];
  /** True when there is at least one signature and every one is valid. */
  allValid: boolean;
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const OBJECT_NAMES: Record<string, string> = {
  idPackageObject: 'list of signed parts and signing time',
  idOfficeObject: 'signature comments',
  idSignedProperties: 'signer details (certificate, time and commitment)',
};

function readCertificate(signature: XmlElement): CertificateInfo | null {
  const keyInfo = firstChild(signature, NS.dsig, 'KeyInfo');
  const certificateElement = keyInfo
    ? descendants(keyInfo, NS.dsig, 'X509Certificate')[0]
    : undefined;
  if (!certificateElement) return null;
  try {
    return parseCertificate(
      Buffer.from(textContent(certificateElement).replace(/\s+/g, ''), 'base64'),
    );
  } catch (error) {
    if (error instanceof MalformedCertificateError) return null;
    throw error;
  }
}

function emptyCheck(part: string, problem: string): SignatureCheck {
  return {
    part,
    signer: { commonName: '', role: '', organisation: '', subjectName: '' },
    certificate: null,
    signingTime: null,
    commitment: null,
    valid: false,
    documentChanged: false,
    changedParts: [],
    problems: [problem],
  };
}

/** 1. The signature value over the canonical SignedInfo, with the certificate's public key. */
function checkSignatureValue(
  signature: XmlElement,
  signedInfo: XmlElement,
  certificate: CertificateInfo | null,
  problems: string[],
): void {
  const c14nMethod = algorithmOf(firstChild(signedInfo, NS.dsig, 'CanonicalizationMethod'));
  const method = SIGNATURE_METHODS[algorithmOf(firstChild(signedInfo, NS.dsig, 'SignatureMethod'))];
  if (!C14N_ALGORITHMS.has(c14nMethod) || !method) {
    problems.push('The signature uses an algorithm Minute Book does not know.');
    return;
  }
  if (!certificate) return;
  const signatureValue = Buffer.from(
    textContent(firstChild(signature, NS.dsig, 'SignatureValue')).replace(/\s+/g, ''),
    'base64',
  );
  if (
    !signatureValueMatches(method, canonicalise(signedInfo), certificate.publicKey, signatureValue)
  ) {
    problems.push(
      'The signature value does not match: the signature was altered, or its certificate was replaced.',
    );
  }
}

interface SignedObjects {
  /** Ids of the same-document references whose digests match. */
  signedIds: Set<string>;
  /** The Manifest of the signed package object, listing the signed parts. */
  manifest: XmlElement | null;
  /** The SignedProperties element a SignedInfo reference of XAdES type points to, if signed. */
  signedProperties: XmlElement | null;
}

/** 2. The same-document references of SignedInfo: the package, Office and XAdES objects. */
function checkSignedObjects(
  signature: XmlElement,
  signedInfo: XmlElement,
  problems: string[],
): SignedObjects {
  const signedIds = new Set<string>();
  let manifest: XmlElement | null = null;
  let signedProperties: XmlElement | null = null;
  let coversPackage = false;
  for (const reference of childElements(signedInfo, NS.dsig, 'Reference')) {
    const uri = reference.getAttribute('URI') ?? '';
    const algorithm = DIGESTS[algorithmOf(firstChild(reference, NS.dsig, 'DigestMethod'))];
    const id = uri.slice(1);
    // Two elements with one Id would let a forged copy stand beside the signed one.
    const targets = uri.startsWith('#') ? elementsWithId(signature, id) : [];
    const target = targets.length === 1 ? targets[0] : undefined;
    const knownTransforms = transformsOf(reference).every((transform) =>
      C14N_ALGORITHMS.has(algorithmOf(transform)),
    );
    if (!target || !algorithm || !knownTransforms) {
      problems.push('The signature has a reference Minute Book cannot check.');
      continue;
    }
    const objectManifest =
      target.namespaceURI === NS.dsig && target.localName === 'Object'
        ? firstChild(target, NS.dsig, 'Manifest')
        : null;
    coversPackage ||= objectManifest !== null;
    const digestValue = textContent(firstChild(reference, NS.dsig, 'DigestValue'));
    if (!digestsEqual(digestValue, hash(algorithm, canonicalise(target)))) {
      problems.push(`The signature's ${OBJECT_NAMES[id] ?? id} was changed after signing.`);
      continue;
    }
    signedIds.add(id);
    manifest ??= objectManifest;
    if (reference.getAttribute('Type') === REFERENCE_TYPE.signedProperties)
      signedProperties = target;
  }
  if (!coversPackage) problems.push('The signature does not cover the content of the document.');
  return { signedIds, manifest, signedProperties };
}

/** 3. The parts the Manifest lists, against the package as it is now; returns those that differ. */
async function checkSignedParts(
  pkg: OpcPackage,
  manifest: XmlElement,
  mainPart: string,
  problems: string[],
): Promise<string[]> {
  const signedParts = new Set<string>();
  const changedParts: string[] = [];
  for (const reference of childElements(manifest, NS.dsig, 'Reference')) {
    const result = await checkManifestReference(pkg, reference, problems);
    signedParts.add(result.partName.toLowerCase());
    if (!result.matches) changedParts.push(result.partName);
  }
  if (!signedParts.has(mainPart.toLowerCase())) {
    problems.push("The signature does not cover the document's main text.");
  }
  if (changedParts.length > 0) {
    const names = changedParts.map((name) => name.slice(1)).join(', ');
    problems.push(`The document was changed after it was signed: ${names}.`);
  }
  return changedParts;
}

/** 4. The XAdES signing certificate must be the certificate in KeyInfo (else it was swapped). */
function checkSigningCertificate(
  signedProperties: XmlElement | null,
  certificate: CertificateInfo | null,
  problems: string[],
): void {
  const certDigest = signedProperties
    ? descendants(signedProperties, NS.xades, 'CertDigest')[0]
    : undefined;
  if (!certDigest || !certificate) return;
  const algorithm = DIGESTS[algorithmOf(firstChild(certDigest, NS.dsig, 'DigestMethod'))];
  const expected = textContent(firstChild(certDigest, NS.dsig, 'DigestValue'));
  if (!algorithm || !digestsEqual(expected, hash(algorithm, certificate.der))) {
    problems.push(
      'The certificate in the signature is not the one the signer signed with: it was replaced.',
    );
  }
}

function firstText(root: XmlNode | null, namespace: string, localName: string): string {
  return root ? textContent(descendants(root, namespace, localName)[0] ?? null) : '';
}

/**
 * 5. The certificate's dates. Without a trusted timestamp the signing time is only the signer's
 * claim, so, as in Word, a signature whose certificate has since expired is no longer valid.
 * Returns whether the certificate has expired.
 */
function checkCertificateDates(
  certificate: CertificateInfo,
  signingTime: Date | null,
  now: Date,
  problems: string[],
): boolean {
  if (signingTime && signingTime.getTime() < certificate.notBefore.getTime()) {
    problems.push(
      `The certificate was not yet in force when the document was signed (it starts on ${formatDay(certificate.notBefore)}).`,
    );
  }
  if (now.getTime() > certificate.notAfter.getTime()) {
    problems.push(
      `The signer's certificate expired on ${formatDay(certificate.notAfter)}. Without a trusted timestamp the signature can no longer be relied on.`,
    );
    return true;
  }
  if (signingTime && signingTime.getTime() > certificate.notAfter.getTime()) {
    problems.push('The document was signed after the certificate had expired.');
  }
  return false;
}

/** Verifies one signature part: the signature value, every reference, the certificate and its dates. */
export async function verifySignaturePart(
  pkg: OpcPackage,
  part: string,
  mainPart: string,
  now: Date,
): Promise<SignatureCheck> {
  let signature: XmlElement;
  try {
    const root = parseXml(await pkg.text(part), part).documentElement;
    if (!root || root.namespaceURI !== NS.dsig || root.localName !== 'Signature') {
      throw new Error('no Signature');
    }
    signature = root;
  } catch {
    return emptyCheck(part, 'The signature cannot be read: its XML is damaged.');
  }
  const signedInfo = firstChild(signature, NS.dsig, 'SignedInfo');
  if (!signedInfo) return emptyCheck(part, 'The signature has no SignedInfo: it signs nothing.');
  const problems: string[] = [];
  const certificate = readCertificate(signature);
  if (!certificate) problems.push('The signature carries no readable certificate.');

  checkSignatureValue(signature, signedInfo, certificate, problems);
  const { signedIds, manifest, signedProperties } = checkSignedObjects(
    signature,
    signedInfo,
    problems,
  );
  const changedParts = manifest ? await checkSignedParts(pkg, manifest, mainPart, problems) : [];
  checkSigningCertificate(signedProperties, certificate, problems);

  // Details are read only from signed objects: anything else could have been written by anyone.
  const timeText =
    firstText(signedProperties, NS.xades, 'SigningTime') ||
    firstText(manifest?.parentNode ?? null, NS.mdssi, 'Value');
  const parsedTime = timeText ? new Date(timeText) : null;
  const signingTime = parsedTime && !Number.isNaN(parsedTime.getTime()) ? parsedTime : null;
  const officeObject = signedIds.has('idOfficeObject')
    ? elementById(signature, 'idOfficeObject')
    : null;
  const commitment =
    firstText(signedProperties, NS.xades, 'CommitmentTypeQualifier') ||
    firstText(officeObject, NS.officeDigsig, 'SignatureComments');
  const expired = certificate
    ? checkCertificateDates(certificate, signingTime, now, problems)
    : false;

  return {
    part,
    signer: {
      commonName: certificate?.commonName ?? '',
      role: certificate?.role || firstText(signedProperties, NS.xades, 'ClaimedRole'),
      organisation: certificate?.organisation ?? '',
      subjectName: certificate?.subjectName ?? '',
    },
    certificate: certificate
      ? {
          fingerprintSha256: certificate.fingerprintSha256,
          issuerName: certificate.issuerName,
          serialNumber: certificate.serialNumberDecimal,
          notBefore: certificate.notBefore.toISOString(),
          notAfter: certificate.notAfter.toISOString(),
          selfSigned: certificate.selfSigned,
          expired,
        }
      : null,
    signingTime: signingTime ? signingTime.toISOString() : null,
    commitment: commitment || null,
    valid: problems.length === 0,
    documentChanged: changedParts.length > 0,
    changedParts,
    problems,
  };
}

/** Verifies every signature of a .docx. Throws DocumentError when the file is not a readable .docx. */
export async function verifyDocument(
  bytes: Uint8Array,
  now: Date = new Date(),
): Promise<VerificationReport> {
  const fileSha256 = sha256Hex(bytes);
  const { pkg, mainPart } = await openWordDocument(bytes);
  let parts: string[];
  try {
    parts = await findSignatureParts(pkg);
  } catch {
    throw new DocumentError(
      'damaged',
      'This Word document is damaged: its list of signatures cannot be read.',
    );
  }
  const signatures: SignatureCheck[] = [];
  for (const part of parts) {
    signatures.push(
      pkg.has(part)
        ? await verifySignaturePart(pkg, part, mainPart, now)
        : emptyCheck(part, 'A signature listed in the document is missing.'),
    );
  }
  return {
    fileSha256,
    signatures,
    allValid: signatures.length > 0 && signatures.every((signature) => signature.valid),
  };
}
