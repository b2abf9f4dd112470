import * as asn1js from 'asn1js';
import { X509Certificate, type KeyObject } from 'node:crypto';
import { formatFingerprint, sha256 } from './digest';
import { errorMessage } from '../../shared/error-message';

/** The bytes given as a certificate are not one. */
export class MalformedCertificateError extends Error {
  override readonly name = 'MalformedCertificateError';
}

export interface NameAttribute {
  /** Dotted OID, e.g. 2.5.4.3 for the common name. */
  oid: string;
  value: string;
}

/** What the app shows and checks about a certificate, read from its DER bytes. */
export interface CertificateInfo {
  der: Buffer;
  /** Subject attributes in the certificate's (DER) order. */
  subject: NameAttribute[];
  issuer: NameAttribute[];
  commonName: string;
  /** The X.520 title attribute: the signer's role, e.g. "Chair". */
  role: string;
  organisation: string;
  /** RFC 4514 strings, as XAdES X509IssuerName and verifiers expect them. */
  subjectName: string;
  issuerName: string;
  serialNumberDecimal: string;
  notBefore: Date;
  notAfter: Date;
  /** SHA-256 of the DER bytes, as "AB:CD:…", the form certificate viewers show. */
  fingerprintSha256: string;
  selfSigned: boolean;
  publicKey: KeyObject;
}

export const OID = {
  commonName: '2.5.4.3',
  title: '2.5.4.12',
  organisation: '2.5.4.10',
  organisationalUnit: '2.5.4.11',
  country: '2.5.4.6',
  locality: '2.5.4.7',
  state: '2.5.4.8',
  street: '2.5.4.9',
  email: '1.2.840.113549.1.9.1',
  domainComponent: '0.9.2342.19200300.100.1.25',
  userId: '0.9.2342.19200300.100.1.1',
} as const;

/**
 * Names for the attribute types in an RFC 4514 string. Title is written `title`, the keyword NSS
 * (LibreOffice) and OpenSSL use, so both can match the issuer name in a signature.
 */
const RFC4514_NAMES: Record<string, string> = {
  [OID.commonName]: 'CN',
  [OID.title]: 'title',
  [OID.organisation]: 'O',
  [OID.organisationalUnit]: 'OU',
  [OID.country]: 'C',
  [OID.locality]: 'L',
  [OID.state]: 'ST',
  [OID.street]: 'STREET',
  [OID.domainComponent]: 'DC',
  [OID.userId]: 'UID',
  [OID.email]: 'emailAddress',
};

const ASN1_UTF8 = 12;
const ASN1_BMP = 30;
const ASN1_UNIVERSAL_STRING = 28;
const ASN1_CLASS_UNIVERSAL = 1;
const ASN1_CLASS_CONTEXT_SPECIFIC = 3;

function decodeDirectoryString(bytes: Buffer, tag: number): string {
  if (tag === ASN1_UTF8) return bytes.toString('utf8');
  if (tag === ASN1_BMP) return Buffer.from(bytes).swap16().toString('utf16le');
  if (tag === ASN1_UNIVERSAL_STRING) {
    let text = '';
    for (let offset = 0; offset + 3 < bytes.length; offset += 4) {
      text += String.fromCodePoint(bytes.readUInt32BE(offset));
    }
    return text;
  }
  // PrintableString, IA5String, TeletexString: single bytes.
  return bytes.toString('latin1');
}

function asn1Children(node: asn1js.AsnType | undefined): asn1js.AsnType[] {
  return node instanceof asn1js.Constructed ? node.valueBlock.value : [];
}

/** The content octets of a primitive value, as they are encoded (its string type decides how to read them). */
function contentBytes(node: asn1js.BaseBlock): Buffer {
  const encoded = node.valueBeforeDecodeView;
  return Buffer.from(
    encoded.buffer,
    encoded.byteOffset + node.idBlock.blockLength + node.lenBlock.blockLength,
    node.lenBlock.length,
  );
}

/** Name ::= SEQUENCE OF SET OF SEQUENCE { type OID, value DirectoryString } */
function readName(name: asn1js.AsnType): NameAttribute[] {
  const attributes: NameAttribute[] = [];
  for (const relativeName of asn1Children(name)) {
    for (const typeAndValue of asn1Children(relativeName)) {
      const [type, value] = asn1Children(typeAndValue);
      if (
        !(type instanceof asn1js.ObjectIdentifier) ||
        !value ||
        value.idBlock.isConstructed ||
        value.lenBlock.isIndefiniteForm
      ) {
        throw new MalformedCertificateError('Bad name attribute');
      }
      attributes.push({
        oid: type.valueBlock.toString(),
        value: decodeDirectoryString(
          contentBytes(value),
          value.idBlock.tagClass === ASN1_CLASS_UNIVERSAL ? value.idBlock.tagNumber : -1,
        ),
      });
    }
  }
  return attributes;
}

function escapeRfc4514(value: string): string {
  let escaped = value.replace(/[\\,+"<>;=]/g, (char) => `\\${char}`);
  if (escaped.startsWith('#') || escaped.startsWith(' ')) escaped = `\\${escaped}`;
  if (escaped.endsWith(' ') && escaped.length > 0) escaped = `${escaped.slice(0, -1)}\\ `;
  return escaped;
}

/** RFC 4514 string form of a name: the last RDN first, as LDAP, Java and XAdES write them. */
export function rfc4514Name(attributes: readonly NameAttribute[]): string {
  return [...attributes]
    .reverse()
    .map(
      (attribute) =>
        `${RFC4514_NAMES[attribute.oid] ?? attribute.oid}=${escapeRfc4514(attribute.value)}`,
    )
    .join(',');
}

function attributeValue(attributes: readonly NameAttribute[], oid: string): string {
  return attributes.find((attribute) => attribute.oid === oid)?.value ?? '';
}

/**
 * Reads a certificate of any key type. Node's X509Certificate (OpenSSL) parses it, and gives the
 * public key, serial number and validity; the names are read from the DER with asn1js, which keeps
 * each attribute's type, order and string encoding, as signatures must quote them.
 */
export function parseCertificate(input: Uint8Array | string): CertificateInfo {
  try {
    const x509 = new X509Certificate(typeof input === 'string' ? input : Buffer.from(input));
    const der = x509.raw;
    // OpenSSL ignores bytes after the certificate; what follows it would not be in the fingerprint.
    if (typeof input !== 'string' && !der.equals(input)) {
      throw new MalformedCertificateError('Bytes follow the certificate');
    }
    const decoded = asn1js.fromBER(der, { parseEmbedded: false });
    if (decoded.offset !== der.length) {
      throw new MalformedCertificateError('Not one DER-encoded certificate');
    }
    const tbs = asn1Children(decoded.result)[0];
    if (!tbs) throw new MalformedCertificateError('No TBSCertificate');
    const fields = asn1Children(tbs);
    // The version field is optional and tagged [0]: everything after it shifts by one.
    const offset = fields[0]?.idBlock.tagClass === ASN1_CLASS_CONTEXT_SPECIFIC ? 1 : 0;
    const issuerNode = fields[offset + 2];
    const subjectNode = fields[offset + 4];
    if (!issuerNode || !fields[offset + 3] || !subjectNode) {
      throw new MalformedCertificateError('Incomplete TBSCertificate');
    }
    const subject = readName(subjectNode);
    const issuer = readName(issuerNode);
    return {
      der,
      subject,
      issuer,
      commonName: attributeValue(subject, OID.commonName),
      role: attributeValue(subject, OID.title),
      organisation: attributeValue(subject, OID.organisation),
      subjectName: rfc4514Name(subject),
      issuerName: rfc4514Name(issuer),
      serialNumberDecimal: BigInt(`0x${x509.serialNumber}`).toString(10),
      notBefore: x509.validFromDate,
      notAfter: x509.validToDate,
      fingerprintSha256: formatFingerprint(sha256(der)),
      // checkIssued() would also demand the keyCertSign usage, which a signing-only certificate lacks.
      selfSigned: x509.issuer === x509.subject && x509.verify(x509.publicKey),
      publicKey: x509.publicKey,
    };
  } catch (error) {
    if (error instanceof MalformedCertificateError) throw error;
    throw new MalformedCertificateError(`Not a readable X.509 certificate: ${errorMessage(error)}`);
  }
}

/** Whether the certificate is in force at `moment`. */
export function certificateValidAt(certificate: CertificateInfo, moment: Date): boolean {
  return (
    moment.getTime() >= certificate.notBefore.getTime() &&
    moment.getTime() <= certificate.notAfter.getTime()
  );
}
