import { X509Certificate, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
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

function decodeDirectoryString(value: string, tag: number): string {
  if (tag === ASN1_UTF8) return Buffer.from(value, 'binary').toString('utf8');
  if (tag === ASN1_BMP) return Buffer.from(value, 'binary').swap16().toString('utf16le');
  if (tag === ASN1_UNIVERSAL_STRING) {
    const bytes = Buffer.from(value, 'binary');
    let text = '';
    for (let offset = 0; offset + 3 < bytes.length; offset += 4) {
      text += String.fromCodePoint(bytes.readUInt32BE(offset));
    }
    return text;
  }
  // PrintableString, IA5String, TeletexString: single bytes.
  return Buffer.from(value, 'binary').toString('latin1');
}

/** Name ::= SEQUENCE OF SET OF SEQUENCE { type OID, value DirectoryString } */
function readName(name: forge.asn1.Asn1): NameAttribute[] {
  const attributes: NameAttribute[] = [];
  for (const relativeName of asn1Children(name)) {
    for (const typeAndValue of asn1Children(relativeName)) {
      const [type, value] = asn1Children(typeAndValue);
      if (!type || !value || typeof type.value !== 'string' || typeof value.value !== 'string') {
        throw new MalformedCertificateError('Bad name attribute');
      }
      attributes.push({
        oid: forge.asn1.derToOid(type.value),
        value: decodeDirectoryString(value.value, value.type),
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

function asn1Children(node: forge.asn1.Asn1): forge.asn1.Asn1[] {
  return Array.isArray(node.value) ? node.value : [];
}

function readTime(node: forge.asn1.Asn1 | undefined): Date {
  if (!node || typeof node.value !== 'string') throw new MalformedCertificateError('Bad validity');
  return node.type === forge.asn1.Type.UTCTIME
    ? forge.asn1.utcTimeToDate(node.value)
    : forge.asn1.generalizedTimeToDate(node.value);
}

/**
 * Reads a certificate of any key type. The public key and serial come from Node's X509Certificate;
 * names and validity are read from the DER with forge's ASN.1 reader, which keeps each attribute's
 * type and string encoding (forge's full certificate parser only accepts RSA keys).
 */
export function parseCertificate(input: Uint8Array | string): CertificateInfo {
  try {
    const der =
      typeof input === 'string'
        ? Buffer.from(forge.pem.decode(input)[0]?.body ?? '', 'binary')
        : Buffer.from(input);
    const x509 = new X509Certificate(der);
    const certificate = forge.asn1.fromDer(forge.util.createBuffer(der.toString('binary')));
    const tbs = asn1Children(certificate)[0];
    if (!tbs) throw new MalformedCertificateError('No TBSCertificate');
    const fields = asn1Children(tbs);
    // The version field is optional and tagged [0]: everything after it shifts by one.
    const offset = fields[0]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
    const issuerNode = fields[offset + 2];
    const validityNode = fields[offset + 3];
    const subjectNode = fields[offset + 4];
    if (!issuerNode || !validityNode || !subjectNode) {
      throw new MalformedCertificateError('Incomplete TBSCertificate');
    }
    const [notBeforeNode, notAfterNode] = asn1Children(validityNode);
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
      notBefore: readTime(notBeforeNode),
      notAfter: readTime(notAfterNode),
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
