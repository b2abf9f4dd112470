import { describe, expect, it } from 'vitest';
import { sha256Base64 } from '@main/signing/digest';
import { relationshipTransform } from '@main/signing/relationship-transform';
import { withoutIgnorableContent } from '@main/signing/relationships';

// ECMA-376 Part 2 §13.2.4.24, followed by C14N. The expected output was checked against xmlsec's
// implementation of the transform (xmlsec1 1.2.37, as LibreOffice uses it) on the same input.

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships" xmlns:x="urn:example">
  <!-- a comment the transform removes -->
  <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
  <Relationship Target="https://example.org/a?b=1&amp;c=2" TargetMode="External" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Id="rId10" x:extra="ignored"/>
  <Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml" Id="rId1"></Relationship>
  <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`;

const EXPECTED =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Target="word/document.xml" TargetMode="Internal" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"></Relationship>' +
  '<Relationship Id="rId10" Target="https://example.org/a?b=1&amp;c=2" TargetMode="External" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"></Relationship>' +
  '</Relationships>';

describe('the Relationships Transform', () => {
  it('keeps the SourceId relationships only, sorted by Id as strings, with TargetMode made explicit', () => {
    expect(relationshipTransform(RELS, ['rId10', 'rId1'])).toBe(EXPECTED);
  });

  it('gives the known digest', () => {
    expect(sha256Base64(relationshipTransform(RELS, ['rId10', 'rId1']))).toBe(
      'MBSu3YLP1uudUMJmWfwj2jKO4I/wlgsL0giWWtjC8/U=',
    );
  });

  it('ignores relationships that are added later, so a new signature keeps old ones valid', () => {
    const withOrigin = RELS.replace(
      '</Relationships>',
      '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin" Target="_xmlsignatures/origin.sigs"/></Relationships>',
    );
    expect(relationshipTransform(withOrigin, ['rId10', 'rId1'])).toBe(EXPECTED);
  });

  it('changes when a signed relationship is pointed elsewhere', () => {
    const moved = RELS.replace('Target="word/document.xml"', 'Target="word/other.xml"');
    expect(relationshipTransform(moved, ['rId10', 'rId1'])).not.toBe(EXPECTED);
  });

  it('writes an empty Relationships element when no Id matches', () => {
    expect(relationshipTransform(RELS, ['rId99'])).toBe(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
    );
  });
});

describe('tidying a relationships part before signing', () => {
  it('removes whitespace and comments but no relationship', () => {
    const tidied = withoutIgnorableContent(RELS, 'test');
    expect(tidied).not.toBeNull();
    const root = (tidied ?? '').slice((tidied ?? '').indexOf('<Relationships'));
    expect(root).not.toMatch(/>\s+</);
    expect(tidied).not.toContain('<!--');
    expect(relationshipTransform(tidied ?? '', ['rId10', 'rId1'])).toBe(EXPECTED);
  });

  it('leaves a part that has nothing to remove alone', () => {
    expect(withoutIgnorableContent(EXPECTED, 'test')).toBeNull();
  });
});
