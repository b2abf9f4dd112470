import { constants, publicDecrypt, X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyDocument } from '@main/signing/verifier';

/**
 * Real documents signed by Microsoft Office 2007–2010 (Apache POI's test data; see
 * tests/fixtures/poi-xmldsign/README.md). Their certificates expired years ago; the digests and
 * signature values still check out, so each signature is intact, not "not valid".
 */

const folder = join(__dirname, '../../fixtures/poi-xmldsign');
const read = (name: string) => readFile(join(folder, name));

describe('documents signed by Microsoft Office', () => {
  it.each([
    ['hello-world-signed.docx', ['Bart Hanssens (Signature)'], ['2009-08-21T09:46:20.000Z']],
    [
      'hello-world-signed-twice.docx',
      ['Bryan Brouckaert (Signature)', 'Bart Hanssens (Signature)'],
      ['2009-08-23T14:24:37.000Z', '2009-08-21T09:46:20.000Z'],
    ],
    ['hello-world-office-2010-technical-preview.docx', ['Test'], ['2009-09-10T14:14:04.000Z']],
    ['ms-office-2010-signed.docx', ['Frank Cornelis (Signature)'], ['2010-09-27T14:52:14.000Z']],
    ['hyperlink-example-signed.docx', ['Frank Cornelis (Signature)'], ['2012-09-28T09:14:28.000Z']],
    ['signed.docx', ['Christoffe De Tiège (Signature)'], ['2012-12-13T14:54:03.000Z']],
    // XAdES-X-L with an RFC 3161 timestamp: with no trusted root given here, the time is the
    // signer's clock (timestamps.test.ts checks the timestamp against its root).
    ['Office2010-SP1-XAdES-X-L.docx', ['Frank Cornelis (Signature)'], ['2011-08-20T05:18:08.000Z']],
  ])('%s is intact, signed while its certificate was valid', async (name, signers, times) => {
    const report = await verifyDocument(await read(name), new Date(), []);
    expect(report.packageProblems).toEqual([]);
    expect(report.signatures.map((check) => check.signer.commonName)).toEqual(signers);
    expect(report.signatures.map((check) => check.signingTime)).toEqual(times);
    for (const check of report.signatures) {
      expect(check.problems).toEqual([]);
      expect(check.addedContent).toEqual([]);
      expect(check.verdict).toBe('intact-expired');
      expect(check.certificate?.expired).toBe(true);
      expect(check.certificate?.fingerprintSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      expect(check.timeSource).toBe('signer-clock');
      expect(check.statement).toMatch(/^Intact: signed on .* while the certificate was valid/);
    }
    expect(report.allValid).toBe(true);
  });

  it('office2007prettyPrintedRels.docx is intact: its RSA DigestInfo leaves out the NULL parameters, which RFC 3279 allows', async () => {
    const bytes = await read('office2007prettyPrintedRels.docx');
    const [check] = (await verifyDocument(bytes, new Date(), [])).signatures;
    expect(check?.problems).toEqual([]);
    expect(check?.changedParts).toEqual([]);
    expect(check?.addedContent).toEqual([]);
    expect(check?.signer.commonName).toBe('Hamed');
    expect(check?.verdict).toBe('intact-expired');
    // The cause, shown: the RSA value opens, with the certificate's key, to a SHA-1 DigestInfo
    // whose AlgorithmIdentifier has no parameters (301f3007…, not 3021300906…0500).
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file('_xmlsignatures/sig1.xml')?.async('string')) ?? '';
    const base64 = (pattern: RegExp) =>
      Buffer.from((pattern.exec(xml)?.[1] ?? '').replace(/\s+/g, ''), 'base64');
    const key = new X509Certificate(base64(/<X509Certificate>([^<]+)</)).publicKey;
    const opened = publicDecrypt(
      { key, padding: constants.RSA_PKCS1_PADDING },
      base64(/<SignatureValue[^>]*>([^<]+)</),
    );
    expect(opened.subarray(0, 13).toString('hex')).toBe('301f300706052b0e03021a0414');
    expect(opened).toHaveLength(33);
  });

  it('refuses a signature whose DigestInfo without parameters holds another digest', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await read('office2007prettyPrintedRels.docx'));
    const part = '_xmlsignatures/sig1.xml';
    const xml = (await zip.file(part)?.async('string')) ?? '';
    // One digest in SignedInfo changed: the signed SignedInfo is no longer the one in the file.
    zip.file(part, xml.replace('P+eZMyfmRPFtXmzKk16MzZhRHjs=', 'P+eZMyfmRPFtXmzKk16MzZhRHjt='));
    const [check] = (
      await verifyDocument(await zip.generateAsync({ type: 'nodebuffer' }), new Date(), [])
    ).signatures;
    expect(check?.problems).toContain(
      'The signature value does not match: the signature was altered, or its certificate was replaced.',
    );
  });

  it('reports a change to an Office-signed document as not valid', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await read('hello-world-signed.docx'));
    const xml = await zip.file('word/document.xml')?.async('string');
    zip.file('word/document.xml', (xml ?? '').replace('Hello', 'Jello'));
    const changed = await zip.generateAsync({ type: 'nodebuffer' });
    const [check] = (await verifyDocument(changed)).signatures;
    expect(check?.verdict).toBe('not-valid');
    expect(check?.changedParts).toEqual(['/word/document.xml']);
  });
});
