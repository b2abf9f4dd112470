import {
  DEFAULT_ZIP_LIMITS,
  NotAZipError,
  type ZipLimits,
  ZipTooLargeError,
  readZipEntries,
} from '../files/bounded-unzip';
import { NS } from './ooxml-names';
import { ambiguousNames } from './package-names';
import { MalformedXmlError, childElements, parseXml, rootElement } from './xml';
import { errorMessage } from '../../shared/error-message';

/** The bytes are not an Open Packaging Conventions package (a zip with [Content_Types].xml). */
export class NotAPackageError extends Error {
  override readonly name = 'NotAPackageError';
}

/** The package would unpack beyond the limits (a zip bomb): nothing of it is read. */
export class PackageTooLargeError extends NotAPackageError {}

export const CONTENT_TYPES_PART = '/[Content_Types].xml';

interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

/** A package opened for reading: its parts by name (`/word/document.xml`) and their content types. */
export interface OpcPackage {
  /** Every part, as `/name` with its stored spelling, in zip order. */
  readonly partNames: readonly string[];
  /**
   * Why the package is ambiguous (two entries for one part, names with `..`, backslashes or
   * absolute paths, a part listed twice in [Content_Types].xml); empty when it is not. A verifier
   * must refuse an ambiguous package; a signer must not sign one.
   */
  readonly ambiguities: readonly string[];
  has(partName: string): boolean;
  bytes(partName: string): Promise<Uint8Array>;
  text(partName: string): Promise<string>;
  contentTypeOf(partName: string): string | undefined;
  /** Adds or replaces a part (keeping the stored spelling of a part already there). */
  write(partName: string, data: string | Uint8Array): void;
  /** The package as zip bytes, with every part written so far. */
  toBytes(): Promise<Buffer>;
}

/** XML parts may be UTF-8 or UTF-16 (with a byte order mark); TextDecoder drops the mark. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

function readContentTypes(xml: string, ambiguities: string[]): ContentTypes {
  const root = rootElement(parseXml(xml, '[Content_Types].xml'), '[Content_Types].xml');
  if (root.namespaceURI !== NS.contentTypes || root.localName !== 'Types') {
    throw new MalformedXmlError('[Content_Types].xml has no Types element');
  }
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  const add = (map: Map<string, string>, key: string, value: string, what: string): void => {
    if (map.has(key)) ambiguities.push(`[Content_Types].xml gives ${what} two content types`);
    map.set(key, value);
  };
  for (const element of childElements(root, NS.contentTypes, 'Default')) {
    const extension = (element.getAttribute('Extension') ?? '').toLowerCase();
    add(defaults, extension, element.getAttribute('ContentType') ?? '', `“.${extension}” files`);
  }
  for (const element of childElements(root, NS.contentTypes, 'Override')) {
    const partName = (element.getAttribute('PartName') ?? '').toLowerCase();
    add(overrides, partName, element.getAttribute('ContentType') ?? '', partName);
  }
  return { defaults, overrides };
}

function safeDecode(partName: string): string {
  try {
    return decodeURIComponent(partName);
  } catch {
    return partName;
  }
}

/**
 * Opens package bytes, unpacking every entry within `limits`. Throws NotAPackageError for anything
 * that is not a readable OPC zip, PackageTooLargeError for one that would unpack beyond the limits.
 */
export async function openPackage(
  data: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<OpcPackage> {
  let entries;
  try {
    entries = await readZipEntries(data, limits);
  } catch (error) {
    if (error instanceof ZipTooLargeError) throw new PackageTooLargeError(error.message);
    if (error instanceof NotAZipError) throw new NotAPackageError('not a zip file');
    throw error;
  }
  const ambiguities = ambiguousNames(entries.map((entry) => entry.name));
  // Part names are compared case-insensitively in OPC; keep the stored spelling for writing back.
  // The first of two equivalent entries is kept, but then the package is ambiguous and refused.
  const stored = new Map<string, { name: string; bytes: Uint8Array }>();
  const order: string[] = [];
  for (const entry of entries) {
    const key = `/${entry.name}`.toLowerCase();
    if (stored.has(key)) continue;
    stored.set(key, entry);
    order.push(key);
  }
  const find = (partName: string) =>
    stored.get(partName.toLowerCase()) ?? stored.get(safeDecode(partName).toLowerCase());
  const bytes = async (partName: string): Promise<Uint8Array> => {
    const found = find(partName);
    if (!found) throw new NotAPackageError(`the part ${partName} is missing`);
    return found.bytes;
  };
  if (!find(CONTENT_TYPES_PART)) throw new NotAPackageError('the zip has no [Content_Types].xml');
  let contentTypes: ContentTypes;
  try {
    contentTypes = readContentTypes(decodeXml(await bytes(CONTENT_TYPES_PART)), ambiguities);
  } catch (error) {
    throw new NotAPackageError(errorMessage(error));
  }
  return {
    get partNames() {
      return order.map((key) => `/${stored.get(key)?.name ?? key.slice(1)}`);
    },
    ambiguities,
    has: (partName) => find(partName) !== undefined,
    bytes,
    text: async (partName) => decodeXml(await bytes(partName)),
    contentTypeOf: (partName) => {
      const override = contentTypes.overrides.get(partName.toLowerCase());
      if (override !== undefined) return override;
      const dot = partName.lastIndexOf('.');
      return dot > partName.lastIndexOf('/')
        ? contentTypes.defaults.get(partName.slice(dot + 1).toLowerCase())
        : undefined;
    },
    write: (partName, value) => {
      const key = partName.toLowerCase();
      const existing = stored.get(key);
      const content = typeof value === 'string' ? new TextEncoder().encode(value) : value;
      if (!existing) order.push(key);
      stored.set(key, { name: existing?.name ?? partName.slice(1), bytes: content });
      if (key === CONTENT_TYPES_PART.toLowerCase()) {
        contentTypes = readContentTypes(decodeXml(content), []);
      }
    },
    toBytes: async () => {
      const { zipParts } = await import('./package-zip');
      return zipParts(order.flatMap((key) => stored.get(key) ?? []));
    },
  };
}
