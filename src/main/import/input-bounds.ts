import { NotAZipError, ZipTooLargeError, readZipEntries } from '../files/bounded-unzip';
import { MAX_XML_DEPTH, nestingDepth } from '../signing/xml';

/**
 * Bounds on what an imported file may ask of the recognisers, checked before they run: minutes are
 * never nested forty quotes deep, and a Word document never unpacks to gigabytes.
 */

/** Deeper than any minutes nest quotes; marked's lexer recurses once per level. */
export const MAX_QUOTE_DEPTH = 16;
/** Sixteen levels of list at four columns each; marked's list lexing grows fast with depth. */
export const MAX_INDENT_COLUMNS = 64;

const QUOTE_MARKERS = /^(?:[ \t]{0,3}>){17,}/;

function indentColumns(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === ' ') columns += 1;
    else if (char === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/**
 * Markdown with lines nested deeper than minutes ever are brought back within the bounds, keeping
 * every word: quote markers beyond MAX_QUOTE_DEPTH and indentation beyond MAX_INDENT_COLUMNS are
 * dropped. Returns the text and how many lines were flattened.
 */
export function boundMarkdownNesting(text: string): { text: string; flattened: number } {
  // One linear scan first: almost every file has nothing to flatten.
  if (!/(?:^|\n)(?:[ \t]{65}|(?:[ \t]{0,3}>){17})/.test(text)) return { text, flattened: 0 };
  let flattened = 0;
  const lines = text.split('\n').map((line) => {
    let bounded = line;
    const quotes = QUOTE_MARKERS.exec(bounded);
    if (quotes) {
      bounded = `${'>'.repeat(MAX_QUOTE_DEPTH)} ${bounded.slice(quotes[0].length).trimStart()}`;
    }
    if (indentColumns(bounded) > MAX_INDENT_COLUMNS) {
      bounded = `${' '.repeat(MAX_INDENT_COLUMNS)}${bounded.trimStart()}`;
    }
    if (bounded !== line) flattened += 1;
    return bounded;
  });
  return { text: lines.join('\n'), flattened };
}

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
