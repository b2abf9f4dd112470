import { DOMImplementation } from '@xmldom/xmldom';
import { NS } from './ooxml-names';
import { MalformedXmlError, canonicalise, childElements, parseXml, rootElement } from './xml';

/**
 * The Relationships Transform of ECMA-376 Part 2 (§13.2.4.24) followed by Canonical XML 1.0, which
 * is how a signature digests a `.rels` part: only the relationships named by SourceId, sorted by
 * Id, stripped of anything but their attributes, with TargetMode made explicit ("Internal" when
 * absent). Signing relationships this way lets a later signature add its own relationship to
 * `/_rels/.rels` without breaking the earlier signatures.
 */
export function relationshipTransform(relsXml: string, sourceIds: readonly string[]): string {
  const root = rootElement(parseXml(relsXml, 'a relationships part'), 'a relationships part');
  if (root.namespaceURI !== NS.relationships || root.localName !== 'Relationships') {
    throw new MalformedXmlError('The relationships part has no Relationships element');
  }
  const wanted = new Set(sourceIds);
  const selected = childElements(root, NS.relationships, 'Relationship')
    .filter((element) => wanted.has(element.getAttribute('Id') ?? ''))
    // The standard sorts by Id as case-sensitive strings: compare code units, not locale order.
    .sort((a, b) => compareOrdinal(a.getAttribute('Id') ?? '', b.getAttribute('Id') ?? ''));

  const output = new DOMImplementation().createDocument(NS.relationships, 'Relationships', null);
  const outputRoot = rootElement(output, 'the transformed relationships');
  for (const relationship of selected) {
    const copy = output.createElementNS(NS.relationships, 'Relationship');
    const attributes = relationship.attributes;
    for (let index = 0; index < attributes.length; index++) {
      const attribute = attributes.item(index);
      // Only the Relationship's own (unqualified) attributes survive; namespace declarations and
      // attributes from other vocabularies are versioning markup the transform removes.
      if (!attribute || attribute.namespaceURI || attribute.name.startsWith('xmlns')) continue;
      copy.setAttribute(attribute.name, attribute.value);
    }
    if (!copy.hasAttribute('TargetMode')) copy.setAttribute('TargetMode', 'Internal');
    outputRoot.appendChild(copy);
  }
  return canonicalise(outputRoot);
}

function compareOrdinal(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
