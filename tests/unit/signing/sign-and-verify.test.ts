import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentError, IdentityError } from '@main/signing/errors';
import { signDocument } from '@main/signing/signer';
import { verifyDocument } from '@main/signing/verifier';
import { makeMinutesDocx, makeTermsOfReferenceDocx } from '../../support/minutes-docx';
import { changeZipEntry, readZipEntry, testIdentity } from '../../support/signing';

/** RSA key generation usually takes under a second, but can take several on a busy machine. */
const KEY_TIMEOUT = 30_000;

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

let minutes: Buffer;
let alice: Awaited<ReturnType<typeof testIdentity>>;
let bob: Awaited<ReturnType<typeof testIdentity>>;
let signedOnce: Buffer;
let signedTwice: Buffer;

beforeAll(async () => {
  minutes = await makeMinutesDocx({ items: 8, words: 600 });
  alice = await testIdentity();
  bob = await testIdentity({
    name: "Siân O'Brien, Jr",
    role: 'Secretary',
    organisation: 'NHS England & Improvement',
  });
  signedOnce = (await signDocument(minutes, alice, { reason: 'Approved as a correct record' }))
    .bytes;
  signedTwice = (await signDocument(signedOnce, bob, { reason: 'Approved, with thanks' })).bytes;
}, 30_000);

describe('signing a .docx', { timeout: KEY_TIMEOUT }, () => {
  it('adds the OOXML signature parts, relationships and content types', async () => {
    const zip = await JSZip.loadAsync(signedTwice);
    const signatureEntries = Object.values(zip.files)
      .filter((entry) => !entry.dir && entry.name.startsWith('_xmlsignatures/'))
      .map((entry) => entry.name)
      .sort();
    expect(signatureEntries).toEqual([
      '_xmlsignatures/_rels/origin.sigs.rels',
      '_xmlsignatures/origin.sigs',
      '_xmlsignatures/sig1.xml',
      '_xmlsignatures/sig2.xml',
    ]);
    expect(await readZipEntry(signedTwice, '_rels/.rels')).toContain(
      'Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin" Target="_xmlsignatures/origin.sigs"',
    );
    const originRels = await readZipEntry(signedTwice, '_xmlsignatures/_rels/origin.sigs.rels');
    expect(originRels).toContain('Target="sig1.xml"');
    expect(originRels).toContain('Target="sig2.xml"');
    const contentTypes = await readZipEntry(signedTwice, '[Content_Types].xml');
    expect(contentTypes).toContain(
      '<Default Extension="sigs" ContentType="application/vnd.openxmlformats-package.digital-signature-origin"/>',
    );
    expect(contentTypes).toContain(
      '<Override PartName="/_xmlsignatures/sig2.xml" ContentType="application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml"/>',
    );
    // The origin relationship is declared once, however many signatures follow.
    expect(
      (await readZipEntry(signedTwice, '_rels/.rels')).match(/digital-signature\/origin/g),
    ).toHaveLength(1);
  });

  it('leaves the content of every part it signs exactly as it was', async () => {
    const before = await JSZip.loadAsync(minutes);
    const after = await JSZip.loadAsync(signedOnce);
    for (const name of ['word/document.xml', 'word/styles.xml', 'docProps/core.xml']) {
      expect(await after.file(name)?.async('string')).toBe(
        await before.file(name)?.async('string'),
      );
    }
  });

  it('does not change the bytes it was given', async () => {
    const input = Buffer.from(minutes);
    const digest = sha256(input);
    await signDocument(input, alice, { reason: 'Approved' });
    expect(sha256(input)).toBe(digest);
  });

  it('signs any Word document, e.g. terms of reference', async () => {
    const terms = await makeTermsOfReferenceDocx();
    const report = await verifyDocument(
      (await signDocument(terms, alice, { reason: 'Agreed' })).bytes,
    );
    expect(report.allValid).toBe(true);
    expect(report.signatures[0]?.commitment).toBe('Agreed');
  });

  it('tidies pretty-printed relationships parts so every verifier agrees on them', async () => {
    const pretty = await changeZipEntry(minutes, 'word/_rels/document.xml.rels', (xml) =>
      xml.replace(/><Relationship /g, '>\n  <Relationship '),
    );
    const signed = (await signDocument(pretty, alice, { reason: 'Approved' })).bytes;
    expect(await readZipEntry(signed, 'word/_rels/document.xml.rels')).not.toMatch(
      />\s+<Relationship /,
    );
    expect((await verifyDocument(signed)).allValid).toBe(true);
  });
});

describe('verifying', () => {
  it('reports the signer, role, organisation, time, commitment and fingerprint of each signature', async () => {
    const report = await verifyDocument(signedTwice);
    expect(report.fileSha256).toBe(sha256(signedTwice));
    expect(report.allValid).toBe(true);
    expect(report.signatures.map((check) => check.part)).toEqual([
      '/_xmlsignatures/sig1.xml',
      '/_xmlsignatures/sig2.xml',
    ]);
    const [first, second] = report.signatures;
    expect(first).toMatchObject({
      valid: true,
      documentChanged: false,
      changedParts: [],
      problems: [],
      commitment: 'Approved as a correct record',
      signer: { commonName: 'Alice Chair', role: 'Chair', organisation: 'NHS Python Community' },
    });
    expect(first?.certificate?.fingerprintSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(first?.certificate?.selfSigned).toBe(true);
    expect(first?.signingTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
    expect(second).toMatchObject({
      valid: true,
      commitment: 'Approved, with thanks',
      signer: {
        commonName: "Siân O'Brien, Jr",
        role: 'Secretary',
        organisation: 'NHS England & Improvement',
      },
    });
  });

  it('reports a document without signatures as not valid', async () => {
    const report = await verifyDocument(minutes);
    expect(report).toMatchObject({ signatures: [], allValid: false });
  });
});

describe('tampering', { timeout: KEY_TIMEOUT }, () => {
  it('a changed word/document.xml invalidates every signature and is named', async () => {
    const changed = await changeZipEntry(signedTwice, 'word/document.xml', (xml) =>
      xml.replace('Agenda item 1', 'Agenda item X'),
    );
    const report = await verifyDocument(changed);
    expect(report.allValid).toBe(false);
    for (const check of report.signatures) {
      expect(check).toMatchObject({
        valid: false,
        documentChanged: true,
        changedParts: ['/word/document.xml'],
      });
      expect(check.problems.join(' ')).toContain('changed after it was signed: word/document.xml');
    }
  });

  it('a changed signature value is caught', async () => {
    const changed = await changeZipEntry(signedOnce, '_xmlsignatures/sig1.xml', (xml) =>
      xml.replace(
        /<SignatureValue>(.)/,
        (_, first: string) => `<SignatureValue>${first === 'A' ? 'B' : 'A'}`,
      ),
    );
    const [check] = (await verifyDocument(changed)).signatures;
    expect(check?.valid).toBe(false);
    expect(check?.documentChanged).toBe(false);
    expect(check?.problems.join(' ')).toContain('signature value does not match');
  });

  it('a swapped certificate is caught', async () => {
    const otherCertificate = bob.certificatePem.replace(/-----[^-]+-----|\s/g, '');
    const changed = await changeZipEntry(signedOnce, '_xmlsignatures/sig1.xml', (xml) =>
      xml.replace(
        /<X509Certificate>[^<]+<\/X509Certificate>/,
        `<X509Certificate>${otherCertificate}</X509Certificate>`,
      ),
    );
    const [check] = (await verifyDocument(changed)).signatures;
    expect(check?.valid).toBe(false);
    expect(check?.problems.join(' ')).toContain(
      'certificate in the signature is not the one the signer signed with',
    );
  });

  it('a changed signing time or commitment is caught', async () => {
    const changed = await changeZipEntry(signedOnce, '_xmlsignatures/sig1.xml', (xml) =>
      xml.replace(
        'Approved as a correct record</xd:CommitmentTypeQualifier>',
        'Rejected</xd:CommitmentTypeQualifier>',
      ),
    );
    const [check] = (await verifyDocument(changed)).signatures;
    expect(check?.valid).toBe(false);
    expect(check?.problems.join(' ')).toContain(
      'signer details (certificate, time and commitment) was changed',
    );
  });

  it('a second element with a signed Id (signature wrapping) is refused', async () => {
    const changed = await changeZipEntry(signedOnce, '_xmlsignatures/sig1.xml', (xml) =>
      xml.replace('</Signature>', '<Object Id="idOfficeObject">forged</Object></Signature>'),
    );
    const [check] = (await verifyDocument(changed)).signatures;
    expect(check?.valid).toBe(false);
    expect(check?.problems).toContain('The signature has a reference Minute Book cannot check.');
  });

  it('a relationship pointed at another part is caught', async () => {
    const changed = await changeZipEntry(signedOnce, 'word/_rels/document.xml.rels', (xml) =>
      xml.replace('Target="styles.xml"', 'Target="numbering.xml"'),
    );
    const [check] = (await verifyDocument(changed)).signatures;
    expect(check?.changedParts).toEqual(['/word/_rels/document.xml.rels']);
  });

  it('a removed signed part is reported as changed', async () => {
    const zip = await JSZip.loadAsync(signedOnce);
    zip.remove('word/styles.xml');
    const [check] = (await verifyDocument(await zip.generateAsync({ type: 'nodebuffer' })))
      .signatures;
    expect(check?.changedParts).toContain('/word/styles.xml');
  });

  it('a damaged signature part makes that signature invalid, not the whole check fail', async () => {
    const changed = await changeZipEntry(
      signedTwice,
      '_xmlsignatures/sig1.xml',
      () => '<Signature',
    );
    const report = await verifyDocument(changed);
    expect(report.signatures.map((check) => check.valid)).toEqual([false, true]);
    expect(report.signatures[0]?.problems).toEqual([
      'The signature cannot be read: its XML is damaged.',
    ]);
  });
});

describe('expired certificates', { timeout: KEY_TIMEOUT }, () => {
  // Minutes are kept for ten years and more; certificates last three. A signature made while its
  // certificate was in force, over parts that have not changed since, stays intact.
  it('a signature whose certificate has since expired is intact, with when and how it is known', async () => {
    const later = new Date(Date.now() + 10 * 365 * 86_400_000);
    const [check] = (await verifyDocument(signedOnce, later)).signatures;
    expect(check?.verdict).toBe('intact-expired');
    expect(check?.valid).toBe(true);
    expect(check?.problems).toEqual([]);
    expect(check?.documentChanged).toBe(false);
    expect(check?.certificate?.expired).toBe(true);
    expect(check?.timeSource).toBe('signer-clock');
    expect(check?.statement).toMatch(
      /^Intact: signed on \d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d UTC while the certificate was valid \(the time is the signer's own computer clock, not a trusted timestamp\); the certificate has since expired \(on \d{1,2} [A-Z][a-z]+ \d{4}\)\.$/,
    );
  });

  it('a changed document signed with a since-expired certificate is not valid', async () => {
    const later = new Date(Date.now() + 10 * 365 * 86_400_000);
    const changed = await changeZipEntry(signedOnce, 'word/document.xml', (xml) =>
      xml.replace('</w:body>', '<w:p/></w:body>'),
    );
    const [check] = (await verifyDocument(changed, later)).signatures;
    expect(check?.verdict).toBe('not-valid');
    expect(check?.statement).toMatch(/^Not valid: /);
  });

  it('an expired identity cannot sign, and says so', async () => {
    const expired = await testIdentity(
      { name: 'Old Key', role: 'Member', organisation: 'Board' },
      { validFrom: new Date('2020-01-01T00:00:00Z'), validUntil: new Date('2021-01-01T00:00:00Z') },
    );
    await expect(signDocument(minutes, expired, { reason: 'Approved' })).rejects.toSatisfy(
      (error) =>
        error instanceof IdentityError &&
        error.reason === 'expired' &&
        error.message.includes('2021-01-01'),
    );
  });
});

describe('files that are not Word documents', () => {
  it('refuses bytes that are not a zip', async () => {
    await expect(verifyDocument(Buffer.from('plain text, not a zip'))).rejects.toSatisfy(
      (error) => error instanceof DocumentError && error.reason === 'not-a-zip',
    );
    await expect(
      signDocument(Buffer.from('plain text'), alice, { reason: 'x' }),
    ).rejects.toBeInstanceOf(DocumentError);
  });

  it('refuses a zip that is not an OOXML package', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hello');
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    await expect(verifyDocument(bytes)).rejects.toSatisfy(
      (error) => error instanceof DocumentError && error.reason === 'not-a-word-document',
    );
  });

  it('refuses an OOXML package that is not a Word document', async () => {
    const notWord = await changeZipEntry(minutes, '[Content_Types].xml', (xml) =>
      xml.replace(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      ),
    );
    await expect(signDocument(notWord, alice, { reason: 'x' })).rejects.toSatisfy(
      (error) =>
        error instanceof DocumentError && error.message.includes('no Word main document part'),
    );
  });
});
