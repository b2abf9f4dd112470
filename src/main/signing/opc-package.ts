import JSZip from 'jszip';
import { NS } from './ooxml-names';
import { MalformedXmlError, childElements, parseXml, rootElement } from './xml';

/** The bytes are not an Open Packaging Conventions package (a zip with [Content_Types].xml). */
export class NotAPackageError extends Error {
  override readonly name = 'NotAPackageError';
}

export const CONTENT_TYPES_PART = '/[Content_Types].xml';

interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

/** A package opened for reading: its parts by name (`/word/document.xml`) and their content types. */
export interface OpcPackage {
  readonly zip: JSZip;
  readonly partNames: readonly string[];
  has(partName: string): boolean;
  bytes(partName: string): Promise<Uint8Array>;
  text(partName: string): Promise<string>;
  contentTypeOf(partName: string): string | undefined;
}

/** XML parts may be UTF-8 or UTF-16 (with a byte order mark); TextDecoder drops the mark. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

function readContentTypes(xml: string): ContentTypes {
  const root = rootElement(parseXml(xml, '[Content_Types].xml'), '[Content_Types].xml');
  if (root.namespaceURI !== NS.contentTypes || root.localName !== 'Types') {
    throw new MalformedXmlError('[Content_Types].xml has no Types element');
  }
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const element of childElements(root, NS.contentTypes, 'Default')) {
    defaults.set(
      (element.getAttribute('Extension') ?? '').toLowerCase(),
      element.getAttribute('ContentType') ?? '',
    );
  }
  for (const element of childElements(root, NS.contentTypes, 'Override')) {
    overrides.set(
      (element.getAttribute('PartName') ?? '').toLowerCase(),
      element.getAttribute('ContentType') ?? '',
    );
  }
  return { defaults, overrides };
}

/** Opens package bytes. Throws NotAPackageError for anything that is not a readable OPC zip. */
export async function openPackage(data: Uint8Array): Promise<OpcPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data, { checkCRC32: true });
  } catch {
    throw new NotAPackageError('not a zip file');
  }
  // Part names are compared case-insensitively in OPC; keep the stored spelling for reading. Entries
  // are looked up in the zip on each read, so a part replaced in `zip` is read back as replaced.
  const storedNames = new Map<string, string>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) storedNames.set(`/${entry.name}`.toLowerCase(), entry.name);
  }
  const entry = (partName: string): JSZip.JSZipObject | undefined => {
    const stored =
      storedNames.get(partName.toLowerCase()) ??
      storedNames.get(safeDecode(partName).toLowerCase());
    return stored === undefined ? undefined : (zip.file(stored) ?? undefined);
  };
  const bytes = async (partName: string): Promise<Uint8Array> => {
    const found = entry(partName);
    if (!found) throw new NotAPackageError(`the part ${partName} is missing`);
    try {
      return await found.async('uint8array');
    } catch {
      throw new NotAPackageError(`the part ${partName} cannot be unpacked`);
    }
  };
  const contentTypesEntry = entry(CONTENT_TYPES_PART);
  if (!contentTypesEntry) throw new NotAPackageError('the zip has no [Content_Types].xml');
  let contentTypes: ContentTypes;
  try {
    contentTypes = readContentTypes(decodeXml(await bytes(CONTENT_TYPES_PART)));
  } catch (error) {
    throw new NotAPackageError(error instanceof Error ? error.message : String(error));
  }
  return {
    zip,
    partNames: [...storedNames.values()].map((name) => `/${name}`),
    has: (partName) => entry(partName) !== undefined,
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
  };
}

function safeDecode(partName: string): string {
  try {
    return decodeURIComponent(partName);
  } catch {
    return partName;
  }
}

/** The zip entry name (no leading slash) under which a part is stored, keeping its stored spelling. */
export function zipEntryName(pkg: OpcPackage, partName: string): string {
  const stored = pkg.partNames.find((name) => name.toLowerCase() === partName.toLowerCase());
  return (stored ?? partName).slice(1);
}
