import { NotAZipError, ZipTooLargeError, readZipEntries } from '../files/bounded-unzip';
import { MAX_XML_DEPTH, nestingDepth } from '../signing/xml';

/**
 * Bounds on what an imported file may ask of the recognisers, checked before they run: a Word
 * document never unpacks to gigabytes nor nests its XML thousands deep. Markdown's nesting is
 * bounded by files/markdown-nesting.ts, which exporting uses too.
 */

/** Word documents to import: far beyond any minutes, however many pictures they hold. */
const DOCX_LIMITS = {
  maxEntries: 5_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
};

/**
 * Checks that a .docx unpacks within bounds before mammoth (which inflates whole entries with no
 * limit) reads it: every entry is inflated once here, against its declared size and the budget,
 * and no XML part nests deeper than MAX_XML_DEPTH.
 * Returns why not, as a phrase that follows the file's name, or null when it is fine.
 */
export async function docxWithinBounds(bytes: Uint8Array): Promise<string | null> {
  // Not a zip at all (an old .doc, a picture): mammoth's reader says what it is instead.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return null;
  try {
    const entries = await readZipEntries(bytes, DOCX_LIMITS);
    // mammoth's XML reader recurses once per level: a part nested thousands deep exhausts its stack.
    const decoder = new TextDecoder();
    for (const entry of entries) {
      if (!/\.(xml|rels)$/i.test(entry.name)) continue;
      if (nestingDepth(decoder.decode(entry.bytes)) > MAX_XML_DEPTH)
        return `it cannot be imported: its XML is nested more than ${MAX_XML_DEPTH} levels deep, far beyond any Word document (most likely a file made to cause harm)`;
    }
    return null;
  } catch (error) {
    if (error instanceof ZipTooLargeError) return `it cannot be imported: ${error.message}`;
    if (error instanceof NotAZipError)
      return 'it is not a Word document that can be read: the file is damaged';
    throw error;
  }
}
