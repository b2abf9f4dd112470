import yauzl from 'yauzl';

/**
 * Reads every entry of a zip held in memory, within limits, so a hostile file (a zip bomb, a
 * million tiny entries) is refused with a plain message instead of exhausting memory. yauzl reads
 * the central directory, which is what Word, LibreOffice and JSZip go by, lists every entry even
 * when two share a name (JSZip keeps only one), and stops an entry that inflates to more than the
 * size its header declares; this module refuses declared sizes beyond the budget before inflating.
 */

export interface ZipLimits {
  /** How many entries a zip may have. */
  maxEntries: number;
  /** How many bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** How many bytes all entries together may inflate to. */
  maxTotalBytes: number;
}

/** Far beyond any real minutes, terms of reference or signed record (a 200-page report with images is ~30 MB). */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
};

/** One zip entry as stored: its name exactly as written in the central directory, and its bytes. */
export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/** The bytes are not a readable zip (or use features no Office document uses, such as encryption). */
export class NotAZipError extends Error {
  override readonly name = 'NotAZipError';
}

/** The zip is readable but would inflate beyond the limits: most likely a zip bomb. */
export class ZipTooLargeError extends Error {
  override readonly name = 'ZipTooLargeError';
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/** Names are UTF-8 when the entry says so (bit 11) and in practice in every Office file. */
function decodeName(raw: Buffer | string): string {
  return typeof raw === 'string' ? raw : raw.toString('utf8');
}

function openZip(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      // decodeStrings off: yauzl would otherwise rewrite backslashes and refuse odd names, which
      // the package checks must see as they are to call the package ambiguous.
      { lazyEntries: true, decodeStrings: false, validateEntrySizes: true },
      (error, zip) => (error || !zip ? reject(new NotAZipError('not a zip file')) : resolve(zip)),
    );
  });
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) {
        reject(new NotAZipError(`an entry cannot be unpacked (${error?.message ?? 'no data'})`));
        return;
      }
      const chunks: Buffer[] = [];
      let length = 0;
      stream.on('data', (chunk: Buffer) => {
        length += chunk.length;
        if (length > limit) {
          stream.destroy(new ZipTooLargeError('an entry inflates beyond its limit'));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (cause: Error) =>
        reject(
          // yauzl's own check that an entry inflates to no more than its header says.
          cause instanceof ZipTooLargeError || /too many bytes/i.test(cause.message)
            ? new ZipTooLargeError('an entry inflates beyond its limit')
            : new NotAZipError(`an entry cannot be unpacked (${cause.message})`),
        ),
      );
      stream.on('end', () => resolve(Buffer.concat(chunks, length)));
    });
  });
}

/**
 * Every entry of the zip (directories left out), in central-directory order, duplicates included.
 * Throws NotAZipError or ZipTooLargeError with a message that can follow "the file is…".
 */
export async function readZipEntries(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<ZipEntry[]> {
  const zip = await openZip(bytes);
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new ZipTooLargeError(
      `it holds ${zip.entryCount.toLocaleString('en-GB')} files; no document has more than ${limits.maxEntries.toLocaleString('en-GB')}`,
    );
  }
  const entries: ZipEntry[] = [];
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (error: Error) =>
        reject(new NotAZipError(`not a zip file (${error.message})`)),
      );
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = decodeName(entry.fileName as Buffer | string);
        if (name.endsWith('/')) {
          zip.readEntry();
          return;
        }
        if (entry.isEncrypted()) {
          reject(new NotAZipError('it is encrypted'));
          return;
        }
        const declared = entry.uncompressedSize;
        if (declared > limits.maxEntryBytes || total + declared > limits.maxTotalBytes) {
          reject(
            new ZipTooLargeError(
              `it would unpack to more than ${megabytes(declared > limits.maxEntryBytes ? limits.maxEntryBytes : limits.maxTotalBytes)} (most likely a “zip bomb”)`,
            ),
          );
          return;
        }
        readEntry(zip, entry, declared).then((data) => {
          total += data.length;
          entries.push({ name, bytes: data });
          zip.readEntry();
        }, reject);
      });
      zip.readEntry();
    });
  } catch (error) {
    if (error instanceof ZipTooLargeError) {
      throw new ZipTooLargeError(
        error.message.startsWith('an entry')
          ? 'it unpacks to more than it says (most likely a “zip bomb”)'
          : error.message,
      );
    }
    throw error;
  } finally {
    zip.close();
  }
  return entries;
}
