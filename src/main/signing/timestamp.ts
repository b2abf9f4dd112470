import { X509Certificate } from 'node:crypto';
import { getCACertificates, rootCertificates } from 'node:tls';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { parseCertificate } from './certificates';

/**
 * RFC 3161 timestamps as XAdES-T (ETSI TS 101 903 §7.3) puts them in a signature: a timestamp
 * authority (TSA) signs, in CMS, the digest of the canonical ds:SignatureValue element and the
 * time it saw it. pkijs (with asn1js) reads the token and verifies its CMS signature and the
 * authority's certificate chain; Node's own crypto cannot verify CMS.
 */

/** A token larger than this is not a timestamp (real ones are a few kilobytes). */
export const MAX_TIMESTAMP_BYTES = 256 * 1024;

const TST_INFO = '1.2.840.113549.1.9.16.1.4';
const TIME_STAMPING_PURPOSE = '1.3.6.1.5.5.7.3.8';
const EXTENDED_KEY_USAGE = '2.5.29.37';

export type TimestampCheck =
  /** The authority's signature checks out and its certificate leads to a root this computer trusts. */
  | { status: 'trusted'; authority: string; time: Date }
  /** Its signature checks out, but its authority is not one this computer trusts. */
  | { status: 'untrusted-authority'; authority: string; time: Date; reason: string }
  /** The timestamp cannot be relied on at all. */
  | { status: 'not-verifiable'; reason: string };

function notVerifiable(reason: string): TimestampCheck {
  return { status: 'not-verifiable', reason };
}

/** The root certificates this computer trusts: the system's store and those Node carries. */
export function systemTrustedRoots(): string[] {
  try {
    return [...getCACertificates('system'), ...getCACertificates('bundled')];
  } catch {
    return [...rootCertificates];
  }
}

const parsedRoots = new Map<string, X509Certificate | null>();

function parseRoot(pem: string): X509Certificate | null {
  let parsed = parsedRoots.get(pem);
  if (parsed === undefined) {
    try {
      parsed = new X509Certificate(pem);
    } catch {
      parsed = null;
    }
    parsedRoots.set(pem, parsed);
  }
  return parsed;
}

/**
 * The trusted roots that issued one of the token's certificates, as pkijs certificates: a system
 * store holds hundreds, and pkijs would parse every one for every timestamp.
 */
function candidateRoots(
  trustedRoots: readonly string[],
  tokenCertificates: readonly pkijs.Certificate[],
): pkijs.Certificate[] {
  const issued = tokenCertificates.map(
    (certificate) => new X509Certificate(Buffer.from(certificate.toSchema().toBER(false))),
  );
  return trustedRoots
    .map(parseRoot)
    .filter((root) => root !== null && issued.some((certificate) => certificate.checkIssued(root)))
    .map((root) => pkijs.Certificate.fromBER((root as X509Certificate).raw));
}

function authorityName(certificate: pkijs.Certificate): string {
  const info = parseCertificate(Buffer.from(certificate.toSchema().toBER(false)));
  const name = info.commonName || info.subjectName;
  return info.organisation && info.organisation !== name ? `${name} (${info.organisation})` : name;
}

function isTimestampingCertificate(certificate: pkijs.Certificate): boolean {
  const usage = certificate.extensions?.find(
    (extension) => extension.extnID === EXTENDED_KEY_USAGE,
  );
  const parsed = usage?.parsedValue as pkijs.ExtKeyUsage | undefined;
  return parsed?.keyPurposes.includes(TIME_STAMPING_PURPOSE) ?? false;
}

function readToken(token: Uint8Array): { signed: pkijs.SignedData; info: pkijs.TSTInfo } | null {
  try {
    const content = new pkijs.ContentInfo({ schema: asn1js.fromBER(token).result });
    const signed = new pkijs.SignedData({ schema: content.content });
    const eContent = signed.encapContentInfo.eContent;
    if (signed.encapContentInfo.eContentType !== TST_INFO || !eContent) return null;
    const info = new pkijs.TSTInfo({ schema: asn1js.fromBER(eContent.getValue()).result });
    return { signed, info };
  } catch {
    return null;
  }
}

/**
 * Checks a timestamp token over `timestamped` (the canonical ds:SignatureValue). `trustedRoots`
 * are PEM certificates; the chain is checked at the timestamp's own time, as a timestamp made
 * while its authority's certificate was valid stays good after that certificate expires.
 */
export async function checkTimestamp(
  token: Uint8Array,
  timestamped: string,
  trustedRoots: readonly string[] = systemTrustedRoots(),
): Promise<TimestampCheck> {
  if (token.length > MAX_TIMESTAMP_BYTES)
    return notVerifiable('its timestamp is too large to be one');
  const read = readToken(token);
  if (!read) return notVerifiable('its timestamp cannot be read');
  const { signed, info } = read;
  const data = new TextEncoder().encode(timestamped);
  const imprintMatches = await info.verify({ data: data.buffer as ArrayBuffer }).catch(() => false);
  if (!imprintMatches)
    return notVerifiable('its timestamp was made for another signature, not this one');
  const time = info.genTime;
  let result: pkijs.SignedDataVerifyResult;
  try {
    result = await signed.verify({
      signer: 0,
      data: data.buffer as ArrayBuffer,
      checkChain: false,
      extendedMode: true,
    });
  } catch {
    return notVerifiable("the timestamp authority's signature on its timestamp does not match");
  }
  const authority = result.signerCertificate;
  if (!result.signatureVerified || !authority)
    return notVerifiable("the timestamp authority's signature on its timestamp does not match");
  const name = authorityName(authority);
  if (!isTimestampingCertificate(authority)) {
    return notVerifiable(`${name}'s certificate is not one for making timestamps`);
  }
  const carried = [authority, ...(signed.certificates ?? []).filter(isCertificate)];
  const chain = await new pkijs.CertificateChainValidationEngine({
    trustedCerts: candidateRoots(trustedRoots, carried),
    certs: carried,
    checkDate: time,
  })
    .verify()
    .catch(() => ({ result: false }));
  if (!chain.result) {
    return {
      status: 'untrusted-authority',
      authority: name,
      time,
      reason: `${name} is not a timestamp authority this computer trusts (its certificate does not lead to a trusted root certificate)`,
    };
  }
  return { status: 'trusted', authority: name, time };
}

function isCertificate(candidate: pkijs.CertificateSetItem): candidate is pkijs.Certificate {
  return candidate instanceof pkijs.Certificate;
}
