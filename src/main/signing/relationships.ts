import { NS } from './ooxml-names';
import { XMLSerializer } from '@xmldom/xmldom';
import { MalformedXmlError, childElements, isElement, parseXml, rootElement } from './xml';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  targetMode: 'Internal' | 'External';
}

/** Reads a relationships part (`.rels`). */
export function parseRelationships(xml: string, what: string): Relationship[] {
  const root = rootElement(parseXml(xml, what), what);
  if (root.namespaceURI !== NS.relationships || root.localName !== 'Relationships') {
    throw new MalformedXmlError(`${what} is not a relationships part`);
  }
  return childElements(root, NS.relationships, 'Relationship').map((element) => ({
    id: element.getAttribute('Id') ?? '',
    type: element.getAttribute('Type') ?? '',
    target: element.getAttribute('Target') ?? '',
    targetMode: element.getAttribute('TargetMode') === 'External' ? 'External' : 'Internal',
  }));
}

/** `/word/document.xml` → `/word/_rels/document.xml.rels`; the package itself (`/`) → `/_rels/.rels`. */
export function relationshipsPartFor(sourcePartName: string): string {
  const slash = sourcePartName.lastIndexOf('/');
  const folder = sourcePartName.slice(0, slash + 1);
  const file = sourcePartName.slice(slash + 1);
  return `${folder}_rels/${file}.rels`;
}

const PACKAGE_BASE = 'http://package.invalid';

/**
 * Resolves a relationship's Target against the part that owns the relationship, the way OPC
 * resolves relative references (RFC 3986), giving an absolute part name such as `/word/styles.xml`.
 */
export function resolveTarget(sourcePartName: string, target: string): string {
  return new URL(target, `${PACKAGE_BASE}${sourcePartName}`).pathname;
}

/**
 * The same relationships part without the whitespace, comments and element content that the
 * Relationship Transform ignores, or null when there is none. Signing writes this form back into
 * the package: the meaning is unchanged, and verifiers built on xmlsec before 1.3 (LibreOffice 7)
 * wrongly digest whitespace between Relationship elements, so a pretty-printed .rels would
 * otherwise verify in Word but not in LibreOffice.
 */
export function withoutIgnorableContent(xml: string, what: string): string | null {
  const document = parseXml(xml, what);
  const root = rootElement(document, what);
  let removed = false;
  const strip = (element: typeof root, keep: (child: typeof root) => boolean): void => {
    for (let child = element.firstChild; child;) {
      const next = child.nextSibling;
      if (!isElement(child) || !keep(child)) {
        element.removeChild(child);
        removed = true;
      }
      child = next;
    }
  };
  strip(root, () => true);
  for (const relationship of childElements(root)) strip(relationship, () => false);
  return removed ? new XMLSerializer().serializeToString(document) : null;
}
