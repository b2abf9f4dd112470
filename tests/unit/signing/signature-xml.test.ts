import { describe, expect, it } from 'vitest';
import type { ManifestReference } from '@main/signing/manifest';
import { NS } from '@main/signing/ooxml-names';
import {
  buildOfficeObject,
  buildPackageObject,
  buildSignatureXml,
  buildSignedInfo,
  buildXadesObject,
  formatSigningTime,
  signedInfoReferences,
} from '@main/signing/signature-xml';
import { childElements, descendants, parseXml, rootElement, textContent } from '@main/signing/xml';

const TIME = new Date('2024-05-01T10:11:12.345Z');
const MANIFEST: ManifestReference[] = [
  {
    partName: '/_rels/.rels',
    contentType: 'application/vnd.openxmlformats-package.relationships+xml',
    sourceIds: ['rId1'],
    uri: '/_rels/.rels?ContentType=application/vnd.openxmlformats-package.relationships+xml',
    digestValue: 'UkVMUw==',
  },
  {
    partName: '/word/document.xml',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    uri: '/word/document.xml?ContentType=application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    digestValue: 'RE9D',
  },
];
const CERTIFICATE = {
  certificateBase64: 'Q0VSVA==',
  certificateDigest: 'RElHRVNU',
  issuerName: "CN=Siân O'Brien\\, Jr,title=Chair,O=NHS & Partners",
  serialNumberDecimal: '1234567890',
};

function wrap(objects: string[]): ReturnType<typeof rootElement> {
  const xml = buildSignatureXml({
    signedInfo: '',
    signatureValue: '',
    certificateBase64: 'Q0VSVA==',
    objects,
  });
  return rootElement(parseXml(xml, 'test'), 'test');
}

describe('the signature XML builders', () => {
  it('write the signing time in UTC to the second', () => {
    expect(formatSigningTime(TIME)).toBe('2024-05-01T10:11:12Z');
  });

  it('write the package object: a Manifest with a Reference per part and the signing time', () => {
    expect(buildPackageObject(MANIFEST, TIME)).toBe(
      '<Object Id="idPackageObject"><Manifest>' +
        '<Reference URI="/_rels/.rels?ContentType=application/vnd.openxmlformats-package.relationships+xml">' +
        '<Transforms><Transform Algorithm="http://schemas.openxmlformats.org/package/2006/RelationshipTransform">' +
        '<mdssi:RelationshipReference xmlns:mdssi="http://schemas.openxmlformats.org/package/2006/digital-signature" SourceId="rId1"/>' +
        '</Transform><Transform Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/></Transforms>' +
        '<DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>UkVMUw==</DigestValue></Reference>' +
        '<Reference URI="/word/document.xml?ContentType=application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">' +
        '<DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>RE9D</DigestValue></Reference>' +
        '</Manifest><SignatureProperties><SignatureProperty Id="idSignatureTime" Target="#idPackageSignature">' +
        '<mdssi:SignatureTime xmlns:mdssi="http://schemas.openxmlformats.org/package/2006/digital-signature">' +
        '<mdssi:Format>YYYY-MM-DDThh:mm:ssTZD</mdssi:Format><mdssi:Value>2024-05-01T10:11:12Z</mdssi:Value>' +
        '</mdssi:SignatureTime></SignatureProperty></SignatureProperties></Object>',
    );
  });

  it("put the signer's comment in SignatureInfoV1, escaped", () => {
    const root = wrap([buildOfficeObject('Approved <as> "a" correct record & signed')]);
    const info = descendants(root, NS.officeDigsig, 'SignatureInfoV1')[0] ?? null;
    expect(textContent(descendants(root, NS.officeDigsig, 'SignatureComments')[0] ?? null)).toBe(
      'Approved <as> "a" correct record & signed',
    );
    // [MS-OFFCRYPTO] fixes the order of SignatureInfoV1's children.
    expect(info && childElements(info).map((element) => element.localName)).toEqual([
      'SetupID',
      'SignatureText',
      'SignatureImage',
      'SignatureComments',
      'WindowsVersion',
      'OfficeVersion',
      'ApplicationVersion',
      'Monitors',
      'HorizontalResolution',
      'VerticalResolution',
      'ColorDepth',
      'SignatureProviderId',
      'SignatureProviderUrl',
      'SignatureProviderDetails',
      'SignatureType',
      'ManifestHashAlgorithm',
    ]);
  });

  it('write XAdES-BES signed properties naming the certificate, the role and the commitment', () => {
    const root = wrap([
      buildXadesObject(CERTIFICATE, TIME, 'Approved as a correct record', 'Chair'),
    ]);
    const properties = descendants(root, NS.xades, 'SignedSignatureProperties')[0] ?? null;
    expect(properties && childElements(properties).map((element) => element.localName)).toEqual([
      'SigningTime',
      'SigningCertificate',
      'SignaturePolicyIdentifier',
      'SignerRole',
    ]);
    const text = (name: string, ns: string = NS.xades): string =>
      textContent(descendants(root, ns, name)[0] ?? null);
    expect(text('SigningTime')).toBe('2024-05-01T10:11:12Z');
    expect(text('X509IssuerName', NS.dsig)).toBe(CERTIFICATE.issuerName);
    expect(text('X509SerialNumber', NS.dsig)).toBe('1234567890');
    expect(text('ClaimedRole')).toBe('Chair');
    expect(text('Identifier')).toBe('http://uri.etsi.org/01903/v1.2.2#ProofOfApproval');
    expect(text('CommitmentTypeQualifier')).toBe('Approved as a correct record');
    expect(descendants(root, NS.xades, 'SignedProperties')[0]?.getAttribute('Id')).toBe(
      'idSignedProperties',
    );
  });

  it('leave out the role when there is none', () => {
    const root = wrap([buildXadesObject(CERTIFICATE, TIME, 'Approved', '')]);
    expect(descendants(root, NS.xades, 'SignerRole')).toHaveLength(0);
  });

  it('reference the three objects from SignedInfo, as Word does', () => {
    const root = rootElement(
      parseXml(
        buildSignedInfo(
          signedInfoReferences({
            packageObject: 'UA==',
            officeObject: 'Tw==',
            signedProperties: 'Uw==',
          }),
        ).replace('<SignedInfo>', `<SignedInfo xmlns="${NS.dsig}">`),
        'test',
      ),
      'test',
    );
    const references = childElements(root, NS.dsig, 'Reference');
    expect(
      references.map((reference) => [
        reference.getAttribute('URI'),
        reference.getAttribute('Type'),
      ]),
    ).toEqual([
      ['#idPackageObject', 'http://www.w3.org/2000/09/xmldsig#Object'],
      ['#idOfficeObject', 'http://www.w3.org/2000/09/xmldsig#Object'],
      ['#idSignedProperties', 'http://uri.etsi.org/01903#SignedProperties'],
    ]);
    expect(descendants(root, NS.dsig, 'SignatureMethod')[0]?.getAttribute('Algorithm')).toBe(
      'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    );
    expect(descendants(root, NS.dsig, 'CanonicalizationMethod')[0]?.getAttribute('Algorithm')).toBe(
      'http://www.w3.org/TR/2001/REC-xml-c14n-20010315',
    );
  });

  it('put everything in one Signature element with the package signature Id', () => {
    const xml = buildSignatureXml({
      signedInfo: '<SignedInfo/>',
      signatureValue: 'U0lH',
      certificateBase64: 'Q0VSVA==',
      objects: ['<Object Id="a"/>'],
    });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#" Id="idPackageSignature"><SignedInfo/>' +
        '<SignatureValue>U0lH</SignatureValue><KeyInfo><X509Data><X509Certificate>Q0VSVA==</X509Certificate></X509Data></KeyInfo>' +
        '<Object Id="a"/></Signature>',
    );
  });
});
