import { RELATIONSHIP_TYPE, UNSIGNED_RELATIONSHIP_TYPES } from './ooxml-names';
import { CONTENT_TYPES_PART, type OpcPackage } from './opc-package';
import {
  type Relationship,
  parseRelationships,
  relationshipsPartFor,
  resolveTarget,
} from './relationships';

/**
 * What a signature's Manifest covers: each signed part, and for a relationships part signed
 * through the Relationships Transform, the relationship Ids it keeps (null: the whole part).
 */
export type SignedScope = Map<string, ReadonlySet<string> | null>;

const ROOT_RELATIONSHIPS = '/_rels/.rels';

const OFFICE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/**
 * Custom XML data (and its properties) is left out of signatures by Word itself (Office 2007 to
 * 365 sign neither the parts nor, in some versions, the relationship to them), so flagging it would
 * call every such Word signature broken. It cannot change what the signed text shows: Word only
 * displays custom XML through data bindings, which live in the signed document part.
 */
const CUSTOM_XML_TYPES: ReadonlySet<string> = new Set([
  `${OFFICE_RELATIONSHIPS}/customXml`,
  `${OFFICE_RELATIONSHIPS}/customXmlProps`,
]);

function leftOutByDesign(relationship: Relationship, source: string): boolean {
  return (
    CUSTOM_XML_TYPES.has(relationship.type) ||
    (source === '/' && UNSIGNED_RELATIONSHIP_TYPES.has(relationship.type))
  );
}

/** The part whose relationships a `.rels` part holds: `/word/_rels/document.xml.rels` → `/word/document.xml`. */
function sourceOf(relsPart: string): string | null {
  const match = /^(.*\/)_rels\/([^/]*)\.rels$/i.exec(relsPart);
  if (!match) return null;
  return `${match[1] ?? '/'}${match[2] ?? ''}` || '/';
}

function shortType(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1) || type;
}

function describeRelationship(relationship: Relationship, source: string): string {
  const target =
    relationship.targetMode === 'External'
      ? relationship.target
      : resolveTarget(source, relationship.target).slice(1);
  return `relationship ${relationship.id} (${shortType(relationship.type)} → ${target})`;
}

async function relationshipsOf(pkg: OpcPackage, relsPart: string): Promise<Relationship[]> {
  try {
    return parseRelationships(await pkg.text(relsPart), relsPart);
  } catch {
    return [];
  }
}

/**
 * The parts a signature rightly leaves out (ECMA-376 Part 2, digital signatures: the signature
 * parts themselves, and, as Word does, the core, extended and custom properties and the
 * thumbnail), and [Content_Types].xml, whose entries for signed parts are checked one by one.
 */
async function unsignedByDesign(
  pkg: OpcPackage,
  signatureParts: readonly string[],
): Promise<Set<string>> {
  const exempt = new Set<string>([CONTENT_TYPES_PART.toLowerCase()]);
  for (const part of signatureParts) exempt.add(part.toLowerCase());
  for (const relationship of await relationshipsOf(pkg, ROOT_RELATIONSHIPS)) {
    if (!UNSIGNED_RELATIONSHIP_TYPES.has(relationship.type)) continue;
    if (relationship.targetMode === 'External') continue;
    const target = resolveTarget('/', relationship.target);
    exempt.add(target.toLowerCase());
    if (relationship.type === RELATIONSHIP_TYPE.signatureOrigin) {
      const originRels = relationshipsPartFor(target);
      exempt.add(originRels.toLowerCase());
      for (const signature of await relationshipsOf(pkg, originRels)) {
        if (signature.targetMode !== 'External')
          exempt.add(resolveTarget(target, signature.target).toLowerCase());
      }
    }
  }
  // Custom XML data wherever it hangs, with its own relationships and properties.
  for (const partName of pkg.partNames) {
    const source = sourceOf(partName);
    if (source === null) continue;
    for (const relationship of await relationshipsOf(pkg, partName)) {
      if (!CUSTOM_XML_TYPES.has(relationship.type) || relationship.targetMode === 'External')
        continue;
      const target = resolveTarget(source, relationship.target);
      exempt.add(target.toLowerCase());
      exempt.add(relationshipsPartFor(target).toLowerCase());
      for (const property of await relationshipsOf(pkg, relationshipsPartFor(target))) {
        if (CUSTOM_XML_TYPES.has(property.type) && property.targetMode !== 'External')
          exempt.add(resolveTarget(target, property.target).toLowerCase());
      }
    }
  }
  return exempt;
}

/**
 * Everything in the package that the signature does not cover and is not left out by design:
 * a part it does not list, a relationship of a signed part (or of the package) that its
 * Relationships Transform does not keep, a relationships part for a signed part that it does not
 * list. Each is described as "part word/x.xml" or "relationship rId9 (styles → word/s2.xml) in
 * word/_rels/document.xml.rels", in package order.
 */
export async function uncoveredContent(
  pkg: OpcPackage,
  scope: SignedScope,
  signatureParts: readonly string[],
): Promise<string[]> {
  const exempt = await unsignedByDesign(pkg, signatureParts);
  const added: string[] = [];
  for (const partName of pkg.partNames) {
    const key = partName.toLowerCase();
    if (exempt.has(key)) continue;
    const source = sourceOf(partName);
    const sourceKey = source?.toLowerCase();
    const signedSource = sourceKey !== undefined && (sourceKey === '/' || scope.has(sourceKey));
    // The relationships of a part left out by design (origin, properties) are left out with it.
    if (!scope.has(key) && sourceKey !== undefined && exempt.has(sourceKey)) continue;
    // A relationships part of a signed part that the signature does not list is fine while it
    // holds no relationship (signers leave empty ones out); each relationship in it is added.
    if (!scope.has(key) && !(source && signedSource)) {
      added.push(`part ${partName.slice(1)}`);
      continue;
    }
    const keptIds = scope.has(key) ? scope.get(key) : new Set<string>();
    if (!source || !signedSource || keptIds === null || keptIds === undefined) continue;
    for (const relationship of await relationshipsOf(pkg, partName)) {
      if (keptIds.has(relationship.id) || leftOutByDesign(relationship, source)) continue;
      added.push(`${describeRelationship(relationship, source)} in ${partName.slice(1)}`);
    }
  }
  // The package relationships must be signed at all: without them the main part is unreachable.
  if (!scope.has(ROOT_RELATIONSHIPS)) {
    for (const relationship of await relationshipsOf(pkg, ROOT_RELATIONSHIPS)) {
      if (leftOutByDesign(relationship, '/')) continue;
      added.push(`${describeRelationship(relationship, '/')} in _rels/.rels`);
    }
  }
  return added;
}

/** More than one of a relationship the package may hold once (ECMA-376 Part 2 [M4.1], [M6.x]). */
export async function duplicateSingletons(pkg: OpcPackage): Promise<string[]> {
  const relationships = await relationshipsOf(pkg, ROOT_RELATIONSHIPS);
  const problems: string[] = [];
  for (const [type, what] of [
    [RELATIONSHIP_TYPE.coreProperties, 'core properties'],
    [RELATIONSHIP_TYPE.signatureOrigin, 'signature origin'],
    [RELATIONSHIP_TYPE.officeDocument, 'main document'],
  ] as const) {
    if (relationships.filter((relationship) => relationship.type === type).length > 1)
      problems.push(`the package has more than one ${what} relationship`);
  }
  return problems;
}
