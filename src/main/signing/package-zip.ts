import JSZip from 'jszip';

/**
 * Writes a package's parts, in their order, as a zip. Its own module, imported only when a
 * package is written (signing), so that verifying a document never loads jszip.
 */
export function zipParts(parts: readonly { name: string; bytes: Uint8Array }[]): Promise<Buffer> {
  const zip = new JSZip();
  for (const part of parts) zip.file(part.name, part.bytes);
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
}
