import { XMLSerializer } from '@xmldom/xmldom';
import { CONTENT_TYPE, NS, ORIGIN_PART, RELATIONSHIP_TYPE } from './ooxml-names';
import { CONTENT_TYPES_PART, type OpcPackage } from './opc-package';
import { parseRelationships, relationshipsPartFor, resolveTarget } from './relationships';
import { childElements, parseXml, rootElement } from './xml';

const ROOT_RELATIONSHIPS = '/_rels/.rels';

/** Where the signature origin part is, if the package has one. */
export async function findOriginPart(pkg: OpcPackage): Promise<string | null> {
  if (!pkg.has(ROOT_RELATIONSHIPS)) return null;
  const origin = parseRelationships(await pkg.text(ROOT_RELATIONSHIPS), ROOT_RELATIONSHIPS).find(
    (relationship) => relationship.type === RELATIONSHIP_TYPE.signatureOrigin,
  );
  return origin ? resolveTarget('/', origin.target) : null;
}

/** The signature parts the origin lists, in its order: how Word and LibreOffice find signatures. */
export async function findSignatureParts(pkg: OpcPackage): Promise<string[]> {
  const origin = await findOriginPart(pkg);
  if (!origin) return [];
  const originRels = relationshipsPartFor(origin);
  if (!pkg.has(originRels)) return [];
  // A signature listed twice is one signature: it must not be counted, or shown, twice.
  const parts = new Map<string, string>();
  for (const relationship of parseRelationships(await pkg.text(originRels), originRels)) {
    if (relationship.type !== RELATIONSHIP_TYPE.signature) continue;
    const part = resolveTarget(origin, relationship.target);
    if (!parts.has(part.toLowerCase())) parts.set(part.toLowerCase(), part);
  }
  return [...parts.values()];
}

function unusedId(taken: ReadonlySet<string>, prefix: string): string {
  for (let n = 1; ; n++) if (!taken.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

const EMPTY_RELATIONSHIPS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS.relationships}"></Relationships>`;

/** Adds a relationship to a .rels part's XML (creating the part's XML when absent); returns the new XML. */
function addRelationship(xml: string | null, type: string, target: string, what: string): string {
  const document = parseXml(xml ?? EMPTY_RELATIONSHIPS, what);
  const root = rootElement(document, what);
  const taken = new Set(
    childElements(root, NS.relationships, 'Relationship').map(
      (element) => element.getAttribute('Id') ?? '',
    ),
  );
  const relationship = document.createElementNS(NS.relationships, 'Relationship');
  relationship.setAttribute('Id', unusedId(taken, 'rId'));
  relationship.setAttribute('Type', type);
  relationship.setAttribute('Target', target);
  root.appendChild(relationship);
  return new XMLSerializer().serializeToString(document);
}

/** Declares content types for the origin and the new signature part, leaving existing entries alone. */
function declareContentTypes(
  pkg: OpcPackage,
  xml: string,
  originPart: string,
  signaturePart: string,
): string {
  const document = parseXml(xml, '[Content_Types].xml');
  const root = rootElement(document, '[Content_Types].xml');
  if (pkg.contentTypeOf(originPart) === undefined) {
    const entry = document.createElementNS(NS.contentTypes, 'Default');
    entry.setAttribute('Extension', 'sigs');
    entry.setAttribute('ContentType', CONTENT_TYPE.signatureOrigin);
    root.insertBefore(entry, childElements(root, NS.contentTypes, 'Override')[0] ?? null);
  }
  const override = document.createElementNS(NS.contentTypes, 'Override');
  override.setAttribute('PartName', signaturePart);
  override.setAttribute('ContentType', CONTENT_TYPE.signatureXml);
  root.appendChild(override);
  return new XMLSerializer().serializeToString(document);
}

/**
 * Writes a new signature part into the package (`sig1.xml`, or the next free number) with the
 * origin part, its relationship from the package root, the origin's relationship to the new part
 * and the content types. None of these are covered by signatures, so earlier signatures stay valid.
 */
export async function addSignaturePart(pkg: OpcPackage, signatureXml: string): Promise<string> {
  const existingOrigin = await findOriginPart(pkg);
  const originPart = existingOrigin ?? ORIGIN_PART;
  if (!existingOrigin) {
    const rootXml = pkg.has(ROOT_RELATIONSHIPS) ? await pkg.text(ROOT_RELATIONSHIPS) : null;
    pkg.write(
      ROOT_RELATIONSHIPS,
      addRelationship(
        rootXml,
        RELATIONSHIP_TYPE.signatureOrigin,
        originPart.slice(1),
        ROOT_RELATIONSHIPS,
      ),
    );
  }
  if (!pkg.has(originPart)) pkg.write(originPart, '');

  const folder = originPart.slice(0, originPart.lastIndexOf('/') + 1);
  const taken = new Set(pkg.partNames.map((name) => name.toLowerCase()));
  let number = 1;
  while (taken.has(`${folder}sig${number}.xml`.toLowerCase())) number++;
  const signaturePart = `${folder}sig${number}.xml`;
  pkg.write(signaturePart, signatureXml);

  const originRels = relationshipsPartFor(originPart);
  const originRelsXml = pkg.has(originRels) ? await pkg.text(originRels) : null;
  pkg.write(
    originRels,
    addRelationship(originRelsXml, RELATIONSHIP_TYPE.signature, `sig${number}.xml`, originRels),
  );
  pkg.write(
    CONTENT_TYPES_PART,
    declareContentTypes(pkg, await pkg.text(CONTENT_TYPES_PART), originPart, signaturePart),
  );
  return signaturePart;
}
