import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { verifyDocument } from '@main/signing/verifier';

/**
 * The RFC 3161 timestamp in a XAdES-X-L signature as Word 2010 SP1 writes it (Apache POI's
 * Office2010-SP1-XAdES-X-L.docx). Its authority's chain ends at GlobalSign Root CA, given here as
 * the one trusted root so the test does not depend on this computer's certificate store.
 */
const folder = join(__dirname, '../../fixtures');
const read = (name: string) => readFile(join(folder, 'poi-xmldsign', name));
const globalSignRoot = () => readFile(join(folder, 'timestamps/globalsign-root-ca.pem'), 'utf8');
const TSA = 'Time Stamping Authority (Belgium Federal Government)';

/** The file with its signature part changed by `edit`. */
async function withSignature(edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await read('Office2010-SP1-XAdES-X-L.docx'));
  const part = '_xmlsignatures/sig1.xml';
  zip.file(part, edit((await zip.file(part)?.async('string')) ?? ''));
  return zip.generateAsync({ type: 'nodebuffer' });
}

const TOKEN = /(<xd:EncapsulatedTimeStamp>)([^<]+)(<\/xd:EncapsulatedTimeStamp>)/;

describe('RFC 3161 timestamps in XAdES signatures', () => {
  it('knows the signing time from the trusted timestamp, and says by whom', async () => {
    const report = await verifyDocument(await read('Office2010-SP1-XAdES-X-L.docx'), new Date(), [
      await globalSignRoot(),
    ]);
    const [check] = report.signatures;
    expect(check?.timestamp).toEqual({
      status: 'trusted',
      authority: TSA,
      time: '2011-08-20T05:18:39.000Z',
      statement: `signing time known from a trusted timestamp by ${TSA} at 20 August 2011 at 05:18:39 UTC`,
    });
    expect(check?.timeSource).toBe('timestamp');
    expect(check?.signingTime).toBe('2011-08-20T05:18:39.000Z');
    expect(check?.verdict).toBe('intact-expired');
    expect(check?.statement).toBe(
      `Intact: signed on 20 August 2011 at 05:18 UTC while the certificate was valid (signing time known from a trusted timestamp by ${TSA} at 20 August 2011 at 05:18:39 UTC); the certificate has since expired (on 5 November 2015).`,
    );
  });

  it('says so when the authority is not one this computer trusts, and falls back to the signer’s clock', async () => {
    const [check] = (
      await verifyDocument(await read('Office2010-SP1-XAdES-X-L.docx'), new Date(), [])
    ).signatures;
    expect(check?.timestamp?.status).toBe('untrusted-authority');
    expect(check?.timestamp?.statement).toBe(
      `its timestamp (20 August 2011 at 05:18:39 UTC) cannot be trusted: ${TSA} is not a timestamp authority this computer trusts (its certificate does not lead to a trusted root certificate)`,
    );
    expect(check?.timeSource).toBe('signer-clock');
    expect(check?.signingTime).toBe('2011-08-20T05:18:08.000Z');
    expect(check?.verdict).toBe('intact-expired');
  });

  it('reports a tampered timestamp precisely, without trusting its time', async () => {
    // One byte of the token's signed content changed: the authority's signature no longer matches.
    const tampered = await withSignature((xml) =>
      xml.replace(TOKEN, (_match, open: string, body: string, close: string) => {
        const bytes = Buffer.from(body, 'base64');
        const genTime = bytes.indexOf('20110820051839Z');
        bytes[genTime + 13] = '8'.charCodeAt(0);
        return `${open}${bytes.toString('base64')}${close}`;
      }),
    );
    const [check] = (await verifyDocument(tampered, new Date(), [await globalSignRoot()]))
      .signatures;
    expect(check?.timestamp).toMatchObject({
      status: 'not-verifiable',
      statement:
        "its timestamp cannot be trusted: the timestamp authority's signature on its timestamp does not match",
    });
    expect(check?.timeSource).toBe('signer-clock');
    expect(check?.statement).toContain(
      "(the time is the signer's own computer clock, not a trusted timestamp: its timestamp cannot be trusted",
    );
  });

  it('refuses a timestamp made for another signature', async () => {
    // A token is bound to the exact SignatureValue element it was made over: here that element
    // gains a line break, which leaves the signature itself valid but is not what was timestamped.
    const transplanted = await withSignature((xml) =>
      xml.replace(
        /<SignatureValue>([A-Za-z0-9+/])/,
        (_match, first: string) => `<SignatureValue>\n${first}`,
      ),
    );
    const [check] = (await verifyDocument(transplanted, new Date(), [await globalSignRoot()]))
      .signatures;
    expect(check?.timestamp?.statement).toBe(
      'its timestamp cannot be trusted: its timestamp was made for another signature, not this one',
    );
  });

  it('says plainly when the token cannot be read', async () => {
    const garbled = await withSignature((xml) =>
      xml.replace(
        TOKEN,
        (_match, open: string, _body: string, close: string) => `${open}AAAA${close}`,
      ),
    );
    const [check] = (await verifyDocument(garbled, new Date(), [])).signatures;
    expect(check?.timestamp?.statement).toBe(
      'its timestamp cannot be trusted: its timestamp cannot be read',
    );
  });
});
