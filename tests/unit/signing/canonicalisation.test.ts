import { describe, expect, it } from 'vitest';
import { sha256Base64 } from '@main/signing/digest';
import { canonicalise, elementById, parseXml, rootElement } from '@main/signing/xml';

// The expected values were checked against an independent implementation (libxml2's C14N, through
// xmlsec1 --store-references) and the digests against `openssl dgst -sha256 -binary | base64`.

const SIGNATURE = `<?xml version="1.0" encoding="UTF-8"?>
<Signature xmlns="http://www.w3.org/2000/09/xmldsig#" xmlns:xd="http://uri.etsi.org/01903/v1.3.2#"><Object><xd:QualifyingProperties Target="#sig"><xd:SignedProperties Id="props" b="2" a="1"><xd:SigningTime>2024-05-01T10:00:00Z</xd:SigningTime><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><xd:Note>Fish &amp; chips &lt; 3 &gt; "quoted"</xd:Note><!-- dropped --></xd:SignedProperties></xd:QualifyingProperties></Object></Signature>`;

const CANONICAL_SIGNED_PROPERTIES =
  '<xd:SignedProperties xmlns="http://www.w3.org/2000/09/xmldsig#" xmlns:xd="http://uri.etsi.org/01903/v1.3.2#" Id="props" a="1" b="2">' +
  '<xd:SigningTime>2024-05-01T10:00:00Z</xd:SigningTime>' +
  '<DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"></DigestMethod>' +
  '<xd:Note>Fish &amp; chips &lt; 3 &gt; "quoted"</xd:Note>' +
  '</xd:SignedProperties>';

describe('Canonical XML 1.0 of part of a document', () => {
  const root = rootElement(parseXml(SIGNATURE, 'test'), 'test');

  it('renders inherited namespaces on the apex, sorts attributes, expands empty elements and drops comments', () => {
    const element = elementById(root, 'props');
    expect(element).not.toBeNull();
    if (element) expect(canonicalise(element)).toBe(CANONICAL_SIGNED_PROPERTIES);
  });

  it('gives the known SHA-256 digest', () => {
    expect(sha256Base64(CANONICAL_SIGNED_PROPERTIES)).toBe(
      'nRk4VcCGZvKVP4r3d6SmRshU7a8peRRi6SRZlwgKjT8=',
    );
  });

  it('writes the default namespace once on an unprefixed apex that inherits it', () => {
    const object = parseXml(
      '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><Object Id="o"><Manifest/></Object></Signature>',
      'test',
    );
    const element = elementById(rootElement(object, 'test'), 'o');
    expect(element && canonicalise(element)).toBe(
      '<Object xmlns="http://www.w3.org/2000/09/xmldsig#" Id="o"><Manifest></Manifest></Object>',
    );
  });
});

describe('SHA-256 digests of parts', () => {
  it('digests the exact bytes of a part, as a DigestValue', () => {
    const part =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Approved as a correct record</w:t></w:r></w:p></w:body></w:document>';
    expect(sha256Base64(Buffer.from(part, 'utf8'))).toBe(
      'R7Ve8idLntGRncXo/6N7dTiUkq5EKow5t5I1aKACkxQ=',
    );
  });
});
