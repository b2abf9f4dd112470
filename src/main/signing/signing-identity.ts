import { generateKeyPair, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';
import { OID } from './certificates';
import { errorMessage } from '../../shared/error-message';

const generateKeyPairAsync = promisify(generateKeyPair);

/** Who a signing identity names. */
export interface IdentityDetails {
  name: string;
  role: string;
  organisation: string;
}

/** A private key with its certificate, both PEM. Only ever held in the main process. */
export interface KeyAndCertificate {
  privateKeyPem: string;
  certificatePem: string;
}

/** The .p12 could not be opened: wrong passphrase, or not a PKCS#12 file. */
export class Pkcs12Error extends Error {
  override readonly name = 'Pkcs12Error';
  constructor(
    readonly reason: 'wrong-passphrase' | 'corrupt' | 'no-key' | 'unsupported-key',
    message: string,
  ) {
    super(message);
  }
}

const DEFAULT_VALIDITY_DAYS = 3 * 365;
const MICROSOFT_DOCUMENT_SIGNING = '1.3.6.1.4.1.311.10.3.12';

/** A positive serial of 16 random bytes, as hex (DER INTEGERs are signed, so the top bit is cleared). */
function randomSerialHex(): string {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x40;
  return bytes.toString('hex');
}

function utf8Attribute(type: string, value: string): forge.pki.CertificateField {
  // forge defaults to PrintableString, which cannot hold "Siân" or "Ó Briain"; it encodes the value
  // as UTF-8 itself when asked for a UTF8String. (@types/node-forge mistypes valueTagClass as a Class.)
  const utf8 = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;
  return { type, value, valueTagClass: utf8 };
}

/**
 * A new RSA-2048 key pair (Node's native generator: forge's is slow) and a self-signed
 * certificate naming the person (CN), their role (title) and organisation (O), for document signing.
 */
export async function createSelfSignedIdentity(
  details: IdentityDetails,
  options: { now?: Date; validFrom?: Date; validUntil?: Date } = {},
): Promise<KeyAndCertificate> {
  const { privateKey } = await generateKeyPairAsync('rsa', { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const forgeKey = forge.pki.privateKeyFromPem(privateKeyPem) as forge.pki.rsa.PrivateKey;
  const publicKey = forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e);

  const now = options.now ?? new Date();
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = publicKey;
  certificate.serialNumber = randomSerialHex();
  // A minute's grace so a clock a little behind still accepts a brand-new certificate.
  certificate.validity.notBefore = options.validFrom ?? new Date(now.getTime() - 60_000);
  certificate.validity.notAfter =
    options.validUntil ?? new Date(now.getTime() + DEFAULT_VALIDITY_DAYS * 86_400_000);
  // DER order organisation, role, name: the RFC 4514 form then reads "CN=…,title=…,O=…".
  const name = [
    ...(details.organisation ? [utf8Attribute(OID.organisation, details.organisation)] : []),
    ...(details.role ? [utf8Attribute(OID.title, details.role)] : []),
    utf8Attribute(OID.commonName, details.name),
  ];
  certificate.setSubject(name);
  certificate.setIssuer(name);
  certificate.setExtensions([
    { name: 'basicConstraints', critical: true, cA: false },
    { name: 'keyUsage', critical: true, digitalSignature: true, nonRepudiation: true },
    { name: 'extKeyUsage', emailProtection: true, [MICROSOFT_DOCUMENT_SIGNING]: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  certificate.sign(forgeKey, forge.md.sha256.create());
  return { privateKeyPem, certificatePem: forge.pki.certificateToPem(certificate) };
}

/** Fewer PBKDF2 rounds than OpenSSL's newest default would make forge's pure-JS KDF slow to open. */
const PKCS12_ITERATIONS = 10_000;

/** A password-protected PKCS#12 (.p12/.pfx) holding the key and certificate, readable by Word, LibreOffice and OpenSSL. */
export function exportPkcs12(
  identity: KeyAndCertificate,
  passphrase: string,
  friendlyName: string,
): Buffer {
  const key = forge.pki.privateKeyFromPem(identity.privateKeyPem);
  const certificate = forge.pki.certificateFromPem(identity.certificatePem);
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [certificate], passphrase, {
    algorithm: 'aes256',
    count: PKCS12_ITERATIONS,
    // A BMPString holds UTF-16BE; forge writes the string's bytes as they are given.
    friendlyName: Buffer.from(friendlyName, 'utf16le').swap16().toString('binary'),
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/**
 * The most key-derivation rounds a .p12 may ask for. forge derives keys in JavaScript at about
 * 70,000 rounds a second, so a file asking for 1,000,000 would hold the app for 14 s; Windows,
 * macOS and OpenSSL write 2,000 to 10,000 (and this app 10,000).
 */
export const MAX_PKCS12_ITERATIONS = 100_000;

/** The largest iteration count among the MAC and PBE parameters a PKCS#12 file shows in the clear. */
export function largestIterationCount(node: forge.asn1.Asn1, depth = 0): number {
  if (depth > 32 || !Array.isArray(node.value)) {
    // Bags sit in OCTET STRINGs holding DER: look inside those that parse.
    if (
      depth <= 32 &&
      node.type === forge.asn1.Type.OCTETSTRING &&
      typeof node.value === 'string'
    ) {
      try {
        return largestIterationCount(forge.asn1.fromDer(node.value), depth + 1);
      } catch {
        return 0;
      }
    }
    return 0;
  }
  let largest = 0;
  const children = node.value;
  children.forEach((child, index) => {
    const next = children[index + 1];
    // PBE and PBKDF2 parameters and MacData: a salt (OCTET STRING) followed by the count (INTEGER).
    if (
      child.type === forge.asn1.Type.OCTETSTRING &&
      next?.type === forge.asn1.Type.INTEGER &&
      typeof next.value === 'string'
    ) {
      largest = Math.max(
        largest,
        next.value.length > 4
          ? Infinity
          : forge.util.createBuffer(next.value).getInt(next.value.length * 8),
      );
    }
    largest = Math.max(largest, largestIterationCount(child, depth + 1));
  });
  return largest;
}

/** Opens a .p12/.pfx: its private key and the certificate that goes with it. */
export function importPkcs12(bytes: Uint8Array, passphrase: string): KeyAndCertificate {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(bytes).toString('binary')));
  } catch {
    throw new Pkcs12Error('corrupt', 'The file is not a PKCS#12 (.p12 or .pfx) file.');
  }
  if (largestIterationCount(asn1) > MAX_PKCS12_ITERATIONS) {
    throw new Pkcs12Error(
      'corrupt',
      `This .p12 file asks for more than ${MAX_PKCS12_ITERATIONS.toLocaleString('en-GB')} rounds of key derivation, which would hold Minute Book up for many seconds. Export it again with the usual settings (Windows, macOS and OpenSSL use 2,000 to 10,000).`,
    );
  }
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, passphrase);
  } catch (error) {
    const message = errorMessage(error);
    if (/mac could not be verified|invalid password|decrypt/i.test(message)) {
      throw new Pkcs12Error('wrong-passphrase', 'The passphrase for this .p12 file is not right.');
    }
    if (/OID is not RSA|unsupported/i.test(message)) {
      throw new Pkcs12Error('unsupported-key', 'Only RSA keys can be used for signing.');
    }
    throw new Pkcs12Error('corrupt', 'The .p12 file is damaged and cannot be read.');
  }
  const keyBags = [
    ...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag ?? '' })[
      forge.pki.oids.pkcs8ShroudedKeyBag ?? ''
    ] ?? []),
    ...(p12.getBags({ bagType: forge.pki.oids.keyBag ?? '' })[forge.pki.oids.keyBag ?? ''] ?? []),
  ];
  const certificateBags =
    p12.getBags({ bagType: forge.pki.oids.certBag ?? '' })[forge.pki.oids.certBag ?? ''] ?? [];
  const key = keyBags.find((bag) => bag.key)?.key;
  // forge reads RSA keys only and leaves others (elliptic-curve, Ed25519) as a bag without a key.
  if (!key && keyBags.length > 0) {
    throw new Pkcs12Error(
      'unsupported-key',
      'Only RSA keys can be used for signing: this .p12 file holds another kind of key (such as an elliptic-curve or Ed25519 key).',
    );
  }
  if (!key) throw new Pkcs12Error('no-key', 'The .p12 file holds no private key.');
  const rsaKey = key as forge.pki.rsa.PrivateKey;
  // The certificate that goes with the key is the one whose public modulus matches it.
  const certificate = certificateBags
    .map((bag) => bag.cert)
    .find((candidate) => {
      const publicKey = candidate?.publicKey as forge.pki.rsa.PublicKey | undefined;
      return publicKey?.n !== undefined && publicKey.n.equals(rsaKey.n);
    });
  if (!certificate) {
    throw new Pkcs12Error('no-key', 'The .p12 file holds no certificate for its private key.');
  }
  return {
    privateKeyPem: forge.pki.privateKeyInfoToPem(
      forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(rsaKey)),
    ),
    certificatePem: forge.pki.certificateToPem(certificate),
  };
}
