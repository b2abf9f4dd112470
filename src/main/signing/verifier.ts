import { type CertificateInfo, MalformedCertificateError, parseCertificate } from './certificates';
import { type SignedScope, duplicateSingletons, uncoveredContent } from './coverage';
import { sha256Hex } from './digest';
import { DocumentError } from './errors';
import { ALGORITHM, NS, REFERENCE_TYPE } from './ooxml-names';
import type { OpcPackage } from './opc-package';
import { findSignatureParts } from './signature-parts';
import type { TimestampCheck } from './timestamp';
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
  /** ISO time the signature was made, as far as it is known (see timeSource). */
  signingTime: string | null;
  /** How the signing time is known: the signer's own clock, or a trusted (RFC 3161) timestamp. */
  timeSource: 'signer-clock' | 'timestamp' | null;
  /** The signature's RFC 3161 timestamp (XAdES-T and later), when it has one. */
  timestamp: {
    status: TimestampCheck['status'];
    /** The timestamp authority, e.g. "Time Stamping Authority (Belgium Federal Government)". */
    authority: string | null;
    time: string | null;
    /** What was found, in one sentence fit to show. */
    statement: string;
  } | null;
  /** The signer's commitment, e.g. "Approved as a correct record". */
  commitment: string | null;
  /**
   * `valid`; `intact-expired` when nothing it covers changed and it was made while its certificate
   * was in force, which has since expired; `not-valid` otherwise. `valid` is true for the first two.
   */
  verdict: 'valid' | 'intact-expired' | 'not-valid';
  /** The verdict in one sentence, e.g. "Intact: signed on 3 May 2024 while the certificate was valid; …". */
  statement: string;
  valid: boolean;
  /** Whether any signed part of the document differs from what was signed. */
  documentChanged: boolean;
  /** The signed parts that differ or are missing, e.g. `/word/document.xml`. */
  changedParts: string[];
  /** Parts and relationships in the package that the signature does not cover, e.g. "part word/x.xml". */
  addedContent: string[];
  /** Why the signature is not valid, in sentences fit to show; empty when it is valid. */
  problems: string[];
}

export interface VerificationReport {
  /** SHA-256 (hex) of the whole file as it was checked. */
  fileSha256: string;
  signatures: SignatureCheck[];
  /** Why the package as a whole cannot be relied on (it is ambiguous); empty when it can. */
  packageProblems: string[];
  /** True when there is at least one signature and every one is valid. */
  allValid: boolean;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "3 May 2024 at 14:05 UTC": dates in words, as the secretary reads them. */
function inWords(date: Date, withTime = true): string {
  const day = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
  return withTime ? `${day} at ${date.toISOString().slice(11, 16)} UTC` : day;
}

/** A signing time ahead of the verifier's clock by more than this is in the future. */
export const CLOCK_SKEW_MS = 5 * 60_000;

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
    timeSource: null,
    timestamp: null,
    commitment: null,
    verdict: 'not-valid',
    statement: `Not valid: ${problem}`,
    valid: false,
    documentChanged: false,
    changedParts: [],
    addedContent: [],
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
): Promise<{ changedParts: string[]; scope: SignedScope }> {
  const scope: SignedScope = new Map();
  const changedParts: string[] = [];
  for (const reference of childElements(manifest, NS.dsig, 'Reference')) {
    const result = await checkManifestReference(pkg, reference, problems);
    const key = result.partName.toLowerCase();
    const kept = keptRelationshipIds(reference);
    const earlier = scope.get(key);
    // Listed twice: what either reference keeps is covered (both digests are checked).
    scope.set(
      key,
      earlier === null || kept === null ? null : new Set([...(earlier ?? []), ...kept]),
    );
    if (!result.matches) changedParts.push(result.partName);
  }
  if (!scope.has(mainPart.toLowerCase())) {
    problems.push("The signature does not cover the document's main text.");
  }
  if (changedParts.length > 0) {
    const names = changedParts.map((name) => name.slice(1)).join(', ');
    problems.push(`The document was changed after it was signed: ${names}.`);
  }
  return { changedParts, scope };
}

/** The relationship Ids a Manifest Reference's Relationships Transform keeps; null for a whole part. */
function keptRelationshipIds(reference: XmlElement): Set<string> | null {
  const transform = transformsOf(reference).find(
    (candidate) => algorithmOf(candidate) === ALGORITHM.relationshipTransform,
  );
  if (!transform) return null;
  return new Set(
    childElements(transform, NS.mdssi, 'RelationshipReference').map(
      (element) => element.getAttribute('SourceId') ?? '',
    ),
  );
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
 * 5. The certificate's dates. A certificate not yet in force, a signing time ahead of the
 * verifier's clock, or one outside the certificate's validity make the signature not valid. A
 * certificate that has expired since does not, when the signature says when it was made: the
 * verdict is then "intact", with how the time is known. Returns whether it has expired since.
 */
function checkCertificateDates(
  certificate: CertificateInfo,
  signingTime: Date | null,
  now: Date,
  problems: string[],
): boolean {
  if (now.getTime() < certificate.notBefore.getTime()) {
    problems.push(
      `The certificate is not yet in force: it starts on ${inWords(certificate.notBefore, false)}.`,
    );
  }
  if (signingTime && signingTime.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    problems.push(
      `The signing time (${inWords(signingTime)}) is in the future: the signer's clock was wrong or the time was forged.`,
    );
  }
  if (signingTime && signingTime.getTime() < certificate.notBefore.getTime()) {
    problems.push(
      `The certificate was not yet in force when the document was signed (it starts on ${inWords(certificate.notBefore, false)}).`,
    );
  }
  if (signingTime && signingTime.getTime() > certificate.notAfter.getTime()) {
    problems.push(
      `The document was signed after the certificate had expired (on ${inWords(certificate.notAfter, false)}).`,
    );
  }
  const expired = now.getTime() > certificate.notAfter.getTime();
  if (expired && !signingTime) {
    problems.push(
      `The signer's certificate expired on ${inWords(certificate.notAfter, false)}, and the signature does not say when it was made.`,
    );
  }
  return expired;
}

const SIGNER_CLOCK_WORDS = "the time is the signer's own computer clock, not a trusted timestamp";

/** How the time is known, in words: the signer's clock, or a trusted timestamp and by whom. */
function timeSourceWords(
  timeSource: SignatureCheck['timeSource'],
  timestamp: SignatureCheck['timestamp'],
): string {
  if (timeSource === 'timestamp' && timestamp) return timestamp.statement;
  if (timestamp) return `${SIGNER_CLOCK_WORDS}: ${timestamp.statement}`;
  return SIGNER_CLOCK_WORDS;
}

/** "20 August 2011 at 05:18:39 UTC": a timestamp's time, to the second. */
function inWordsToTheSecond(date: Date): string {
  return `${inWords(date, false)} at ${date.toISOString().slice(11, 19)} UTC`;
}

/** The XAdES SignatureTimeStamp of a signature, checked (ETSI TS 101 903 §7.3); null when there is none. */
async function checkSignatureTimestamp(
  signature: XmlElement,
  trustedRoots: readonly string[] | undefined,
): Promise<TimestampCheck | null> {
  const element = descendants(signature, NS.xades, 'SignatureTimeStamp')[0];
  if (!element) return null;
  const token = descendants(element, NS.xades, 'EncapsulatedTimeStamp')[0];
  const method = firstChild(element, NS.dsig, 'CanonicalizationMethod');
  const signatureValue = firstChild(signature, NS.dsig, 'SignatureValue');
  if (!token || !signatureValue)
    return { status: 'not-verifiable', reason: 'its timestamp holds no timestamp token' };
  if (method && !C14N_ALGORITHMS.has(algorithmOf(method)))
    return {
      status: 'not-verifiable',
      reason: 'its timestamp uses a canonicalisation Minute Book does not know',
    };
  const bytes = Buffer.from(textContent(token).replace(/\s+/g, ''), 'base64');
  // Loaded only for a signature that has a timestamp: the CMS library costs the command line's
  // cold start a tenth of a second, and the app's own signatures carry none.
  const { checkTimestamp } = await import('./timestamp');
  return checkTimestamp(bytes, canonicalise(signatureValue), trustedRoots);
}

function describeTimestamp(check: TimestampCheck): NonNullable<SignatureCheck['timestamp']> {
  switch (check.status) {
    case 'trusted':
      return {
        status: check.status,
        authority: check.authority,
        time: check.time.toISOString(),
        statement: `signing time known from a trusted timestamp by ${check.authority} at ${inWordsToTheSecond(check.time)}`,
      };
    case 'untrusted-authority':
      return {
        status: check.status,
        authority: check.authority,
        time: check.time.toISOString(),
        statement: `its timestamp (${inWordsToTheSecond(check.time)}) cannot be trusted: ${check.reason}`,
      };
    case 'not-verifiable':
      return {
        status: check.status,
        authority: null,
        time: null,
        statement: `its timestamp cannot be trusted: ${check.reason}`,
      };
  }
}

function statementFor(
  verdict: SignatureCheck['verdict'],
  problems: readonly string[],
  signingTime: Date | null,
  timeSource: SignatureCheck['timeSource'],
  timestamp: SignatureCheck['timestamp'],
  certificate: CertificateInfo | null,
): string {
  if (verdict === 'not-valid') return `Not valid: ${problems.join(' ')}`;
  const when = signingTime ? `signed on ${inWords(signingTime)}` : 'signed at an unknown time';
  const source = timeSource ? ` (${timeSourceWords(timeSource, timestamp)})` : '';
  if (verdict === 'intact-expired' && certificate) {
    return `Intact: ${when} while the certificate was valid${source}; the certificate has since expired (on ${inWords(certificate.notAfter, false)}).`;
  }
  return `Valid: ${when}${source}.`;
}

/** Verifies one signature part: the signature value, every reference, the certificate and its dates. */
export async function verifySignaturePart(
  pkg: OpcPackage,
  part: string,
  mainPart: string,
  now: Date,
  signatureParts: readonly string[] = [part],
  trustedRoots?: readonly string[],
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
  const { changedParts, scope } = manifest
    ? await checkSignedParts(pkg, manifest, mainPart, problems)
    : { changedParts: [], scope: null };
  const addedContent = scope ? await uncoveredContent(pkg, scope, signatureParts) : [];
  if (addedContent.length > 0) {
    problems.push(
      `The document was changed after it was signed: added ${addedContent.join('; ')}.`,
    );
  }
  checkSigningCertificate(signedProperties, certificate, problems);

  // Details are read only from signed objects: anything else could have been written by anyone.
  const timeText =
    firstText(signedProperties, NS.xades, 'SigningTime') ||
    firstText(manifest?.parentNode ?? null, NS.mdssi, 'Value');
  const parsedTime = timeText ? new Date(timeText) : null;
  const claimedTime = parsedTime && !Number.isNaN(parsedTime.getTime()) ? parsedTime : null;
  // A trusted timestamp proves the signature existed at its time, whatever the signer's clock said.
  const timestampCheck = await checkSignatureTimestamp(signature, trustedRoots);
  const timestamp = timestampCheck ? describeTimestamp(timestampCheck) : null;
  const trustedTime = timestampCheck?.status === 'trusted' ? timestampCheck.time : null;
  const signingTime = trustedTime ?? claimedTime;
  const officeObject = signedIds.has('idOfficeObject')
    ? elementById(signature, 'idOfficeObject')
    : null;
  const commitment =
    firstText(signedProperties, NS.xades, 'CommitmentTypeQualifier') ||
    firstText(officeObject, NS.officeDigsig, 'SignatureComments');
  const timeSource = trustedTime ? 'timestamp' : signingTime ? 'signer-clock' : null;
  const expired = certificate
    ? checkCertificateDates(certificate, signingTime, now, problems)
    : false;
  const verdict: SignatureCheck['verdict'] =
    problems.length > 0 ? 'not-valid' : expired ? 'intact-expired' : 'valid';

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
    timeSource,
    timestamp,
    commitment: commitment || null,
    verdict,
    statement: statementFor(verdict, problems, signingTime, timeSource, timestamp, certificate),
    valid: verdict !== 'not-valid',
    documentChanged: changedParts.length > 0 || addedContent.length > 0,
    changedParts,
    addedContent,
    problems,
  };
}

/**
 * A package two readers can read differently cannot be relied on, whatever its signatures say:
 * the verifier may have checked one copy of a part while Word reads another.
 */
function refusedAsAmbiguous(check: SignatureCheck, packageProblems: string[]): SignatureCheck {
  const problem = `The package is ambiguous: ${packageProblems.join('; ')}.`;
  const problems = [problem, ...check.problems];
  return {
    ...check,
    verdict: 'not-valid',
    valid: false,
    problems,
    statement: `Not valid: ${problems.join(' ')}`,
  };
}

/** Verifies every signature of a .docx. Throws DocumentError when the file is not a readable .docx. */
export async function verifyDocument(
  bytes: Uint8Array,
  now: Date = new Date(),
  /** PEM root certificates trusted for timestamp authorities; the computer's own by default. */
  trustedRoots?: readonly string[],
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
  const packageProblems = [...pkg.ambiguities, ...(await duplicateSingletons(pkg))];
  const signatures: SignatureCheck[] = [];
  for (const part of parts) {
    const check = pkg.has(part)
      ? await verifySignaturePart(pkg, part, mainPart, now, parts, trustedRoots)
      : emptyCheck(part, 'A signature listed in the document is missing.');
    signatures.push(
      packageProblems.length > 0 ? refusedAsAmbiguous(check, packageProblems) : check,
    );
  }
  return {
    fileSha256,
    signatures,
    packageProblems,
    allValid:
      packageProblems.length === 0 &&
      signatures.length > 0 &&
      signatures.every((signature) => signature.valid),
  };
}
