import { X509Certificate, generateKeyPairSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import {
  MalformedCertificateError,
  OID,
  certificateValidAt,
  parseCertificate,
} from '@main/signing/certificates';

// Certificates are read from their DER: names with each attribute's own string type, in the
// certificate's order, as XAdES quotes them; validity, serial and key as OpenSSL reads them.

const TYPE = forge.asn1.Type;
/** The ASN.1 UniversalString tag, which forge has no name for. */
const UNIVERSAL_STRING = 28;

interface Attribute {
  type: string;
  value: string;
  tag: number;
}

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
const forgeKey = forge.pki.privateKeyFromPem(
  privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
) as forge.pki.rsa.PrivateKey;

/** A self-signed certificate with exactly these subject attributes, made with forge's writer. */
function certificateWith(
  attributes: Attribute[],
  { notBefore, notAfter }: { notBefore: Date; notAfter: Date },
): string {
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e);
  certificate.serialNumber = '0102fe';
  certificate.validity.notBefore = notBefore;
  certificate.validity.notAfter = notAfter;
  // @types/node-forge mistypes valueTagClass as a Class; it is the value's universal tag.
  const fields = attributes.map(({ type, value, tag }) => ({
    type,
    value,
    valueTagClass: tag as unknown as forge.asn1.Class,
  }));
  certificate.setSubject(fields);
  certificate.setIssuer(fields);
  certificate.sign(forgeKey, forge.md.sha256.create());
  return forge.pki.certificateToPem(certificate);
}

/** UniversalString: four bytes per character, which forge writes as given. */
function universalBytes(text: string): string {
  return [...text]
    .map((char) => {
      const bytes = Buffer.alloc(4);
      bytes.writeUInt32BE(char.codePointAt(0) ?? 0);
      return bytes.toString('binary');
    })
    .join('');
}

const YEAR_2049 = {
  notBefore: new Date('2049-12-31T23:59:59Z'),
  notAfter: new Date('2051-01-02T03:04:05Z'),
};

describe('reading a certificate', () => {
  it('decodes every string type a name may use, keeping the attributes in their order', () => {
    const pem = certificateWith(
      [
        { type: OID.country, value: 'GB', tag: TYPE.PRINTABLESTRING },
        { type: OID.organisation, value: 'Siân & Ó Briain, "Board"', tag: TYPE.UTF8 },
        { type: OID.organisationalUnit, value: 'Zoë 中文', tag: TYPE.BMPSTRING },
        { type: OID.title, value: universalBytes('Chair 😀'), tag: UNIVERSAL_STRING },
        { type: OID.email, value: 'chair@example.org', tag: TYPE.IA5STRING },
        { type: OID.commonName, value: 'Ngozi Ádébáyọ̀', tag: TYPE.UTF8 },
      ],
      YEAR_2049,
    );
    const certificate = parseCertificate(pem);
    expect(certificate.subject).toEqual([
      { oid: OID.country, value: 'GB' },
      { oid: OID.organisation, value: 'Siân & Ó Briain, "Board"' },
      { oid: OID.organisationalUnit, value: 'Zoë 中文' },
      { oid: OID.title, value: 'Chair 😀' },
      { oid: OID.email, value: 'chair@example.org' },
      { oid: OID.commonName, value: 'Ngozi Ádébáyọ̀' },
    ]);
    expect(certificate.issuer).toEqual(certificate.subject);
    expect(certificate.commonName).toBe('Ngozi Ádébáyọ̀');
    expect(certificate.role).toBe('Chair 😀');
    expect(certificate.organisation).toBe('Siân & Ó Briain, "Board"');
    expect(certificate.subjectName).toBe(
      'CN=Ngozi Ádébáyọ̀,emailAddress=chair@example.org,title=Chair 😀,OU=Zoë 中文,' +
        'O=Siân & Ó Briain\\, \\"Board\\",C=GB',
    );
    expect(certificate.issuerName).toBe(certificate.subjectName);
  });

  it('escapes what RFC 4514 reserves, and leading or trailing spaces and a leading #', () => {
    const certificate = parseCertificate(
      certificateWith(
        [
          { type: OID.organisation, value: 'A+B <C>;=\\', tag: TYPE.UTF8 },
          { type: OID.organisationalUnit, value: '#lead ', tag: TYPE.UTF8 },
          { type: OID.commonName, value: ' padded', tag: TYPE.UTF8 },
        ],
        YEAR_2049,
      ),
    );
    expect(certificate.subjectName).toBe('CN=\\ padded,OU=\\#lead\\ ,O=A\\+B \\<C\\>\\;\\=\\\\');
  });

  it('reads the validity in both time forms, the serial in decimal, the key and the fingerprint', () => {
    const pem = certificateWith(
      [{ type: OID.commonName, value: 'Alice Chair', tag: TYPE.UTF8 }],
      YEAR_2049,
    );
    const certificate = parseCertificate(pem);
    const x509 = new X509Certificate(pem);
    // 2049 is written as a UTCTime, 2051 as a GeneralizedTime (RFC 5280 4.1.2.5).
    expect(certificate.notBefore.toISOString()).toBe('2049-12-31T23:59:59.000Z');
    expect(certificate.notAfter.toISOString()).toBe('2051-01-02T03:04:05.000Z');
    expect(certificate.serialNumberDecimal).toBe(String(0x0102fe));
    expect(certificate.der.equals(x509.raw)).toBe(true);
    expect(certificate.fingerprintSha256).toBe(x509.fingerprint256);
    expect(certificate.publicKey.equals(x509.publicKey)).toBe(true);
    expect(certificate.selfSigned).toBe(true);
    expect(certificateValidAt(certificate, new Date('2050-06-01T00:00:00Z'))).toBe(true);
    expect(certificateValidAt(certificate, new Date('2049-12-31T23:59:58Z'))).toBe(false);
    expect(certificateValidAt(certificate, new Date('2051-01-02T03:04:06Z'))).toBe(false);
  });

  it('gives the same answer for the PEM and the DER of a certificate', () => {
    const pem = certificateWith(
      [{ type: OID.commonName, value: 'Alice Chair', tag: TYPE.UTF8 }],
      YEAR_2049,
    );
    const fromPem = parseCertificate(pem);
    const fromDer = parseCertificate(new X509Certificate(pem).raw);
    expect({ ...fromDer, publicKey: null }).toEqual({ ...fromPem, publicKey: null });
  });

  it('reads an issuing authority’s certificate that it did not make itself', async () => {
    const pem = await readFile(
      join(__dirname, '../../fixtures/timestamps/globalsign-root-ca.pem'),
      'utf8',
    );
    const certificate = parseCertificate(pem);
    const x509 = new X509Certificate(pem);
    expect(certificate.subjectName).toBe(
      'CN=GlobalSign Root CA,OU=Root CA,O=GlobalSign nv-sa,C=BE',
    );
    expect(certificate.selfSigned).toBe(true);
    expect(certificate.notBefore).toEqual(x509.validFromDate);
    expect(certificate.notAfter).toEqual(x509.validToDate);
  });

  it('refuses what is not one certificate', () => {
    const der = new X509Certificate(
      certificateWith([{ type: OID.commonName, value: 'Alice', tag: TYPE.UTF8 }], YEAR_2049),
    ).raw;
    for (const bad of [
      Buffer.from('not a certificate'),
      'not a certificate',
      Buffer.alloc(0),
      der.subarray(0, der.length - 10),
      Buffer.concat([der, Buffer.from([0x05, 0x00])]),
    ]) {
      expect(() => parseCertificate(bad)).toThrow(MalformedCertificateError);
    }
  });
});
