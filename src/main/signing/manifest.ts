import { sha256Base64 } from './digest';
import { SIGNATURE_FOLDER, UNSIGNED_RELATIONSHIP_TYPES } from './ooxml-names';
import { NotAPackageError, type OpcPackage } from './opc-package';
import { relationshipTransform } from './relationship-transform';
import { parseRelationships, relationshipsPartFor, resolveTarget } from './relationships';

/** One part a signature covers, as it appears in the package object's Manifest. */
export interface ManifestPart {
  partName: string;
  contentType: string;
  /** For a relationships part: the Ids the Relationship Transform keeps. */
  sourceIds?: string[];
}

export interface ManifestReference extends ManifestPart {
  /** `/word/document.xml?ContentType=…`, the URI form ECMA-376 Part 2 gives package references. */
  uri: string;
  digestValue: string;
}

export function manifestUri(partName: string, contentType: string): string {
  return `${partName}?ContentType=${contentType}`;
}

/** Splits a Manifest Reference URI back into part name and content type. */
export function parseManifestUri(uri: string): { partName: string; contentType: string } {
  const query = uri.indexOf('?ContentType=');
  if (query === -1) return { partName: uri, contentType: '' };
  return { partName: uri.slice(0, query), contentType: uri.slice(query + '?ContentType='.length) };
}

/**
 * The parts a new signature covers: everything reachable through relationships from the package
 * root, except document properties, thumbnails and signatures (UNSIGNED_RELATIONSHIP_TYPES), plus
 * each relationships part on the way, restricted by the Relationship Transform to the relationships
 * that lead to signed parts (and external links). This is what Word and LibreOffice sign.
 */
export async function partsToSign(pkg: OpcPackage): Promise<ManifestPart[]> {
  const parts = new Map<string, ManifestPart>();
  const visited = new Set<string>(['/']);
  const queue = ['/'];
  for (let source = queue.shift(); source !== undefined; source = queue.shift()) {
    const relsPart = relationshipsPartFor(source);
    if (!pkg.has(relsPart)) continue;
    const relationships = parseRelationships(await pkg.text(relsPart), relsPart);
    const sourceIds: string[] = [];
    for (const relationship of relationships) {
      if (UNSIGNED_RELATIONSHIP_TYPES.has(relationship.type)) continue;
      if (relationship.targetMode === 'External') {
        sourceIds.push(relationship.id);
        continue;
      }
      const target = resolveTarget(source, relationship.target);
      if (target.toLowerCase().startsWith(SIGNATURE_FOLDER)) continue;
      // A dangling relationship is still signed, so it cannot be pointed elsewhere later.
      sourceIds.push(relationship.id);
      if (!pkg.has(target) || visited.has(target.toLowerCase())) continue;
      visited.add(target.toLowerCase());
      parts.set(target, { partName: target, contentType: contentTypeOrFail(pkg, target) });
      queue.push(target);
    }
    if (sourceIds.length > 0) {
      parts.set(relsPart, {
        partName: relsPart,
        contentType: contentTypeOrFail(pkg, relsPart),
        sourceIds,
      });
    }
  }
  return [...parts.values()].sort((a, b) =>
    a.partName < b.partName ? -1 : a.partName > b.partName ? 1 : 0,
  );
}

function contentTypeOrFail(pkg: OpcPackage, partName: string): string {
  const contentType = pkg.contentTypeOf(partName);
  if (!contentType) throw new NotAPackageError(`the part ${partName} has no content type`);
  return contentType;
}

/** The digest a Manifest Reference carries for a part: of its bytes, or of its transformed relationships. */
export async function digestPart(pkg: OpcPackage, part: ManifestPart): Promise<string> {
  if (part.sourceIds)
    return sha256Base64(relationshipTransform(await pkg.text(part.partName), part.sourceIds));
  return sha256Base64(await pkg.bytes(part.partName));
}

export async function manifestReferences(
  pkg: OpcPackage,
  parts: readonly ManifestPart[],
): Promise<ManifestReference[]> {
  return Promise.all(
    parts.map(async (part) => ({
      ...part,
      uri: manifestUri(part.partName, part.contentType),
      digestValue: await digestPart(pkg, part),
    })),
  );
}
