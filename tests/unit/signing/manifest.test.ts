import { describe, expect, it } from 'vitest';
import { partsToSign } from '@main/signing/manifest';
import { openPackage } from '@main/signing/opc-package';
import { makeTermsOfReferenceDocx } from '../../support/minutes-docx';

describe('the parts a signature covers', () => {
  it('are the document and everything it uses, with its relationships, but not its properties', async () => {
    const pkg = await openPackage(await makeTermsOfReferenceDocx());
    const parts = await partsToSign(pkg);
    const names = parts.map((part) => part.partName);
    expect(names).toContain('/word/document.xml');
    expect(names).toContain('/word/styles.xml');
    expect(names).toContain('/word/_rels/document.xml.rels');
    expect(names.filter((name) => name.startsWith('/docProps/'))).toEqual([]);
    expect(names).not.toContain('/[Content_Types].xml');
    // The package relationships are signed for the main document only: core, app and custom
    // properties (rId2–rId4 in a docx library document) can change without breaking the signature.
    expect(parts.find((part) => part.partName === '/_rels/.rels')).toMatchObject({
      contentType: 'application/vnd.openxmlformats-package.relationships+xml',
      sourceIds: ['rId1'],
    });
    expect(parts.find((part) => part.partName === '/word/document.xml')?.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    );
    expect([...names].sort()).toEqual(names);
  });
});
