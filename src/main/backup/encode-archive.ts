import { createHash } from 'node:crypto';
import { createGzip } from 'node:zlib';
import { ARCHIVE_TABLES, countTables, type ArchiveTables } from '../../shared/backup';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  type ArchiveHeader,
  type BackupOrigin,
} from './archive-format';

export interface ArchiveWriter {
  writtenBy: string;
  origin: BackupOrigin;
  createdAt: string;
}

/**
 * The bytes of a backup. Records are written a line at a time through the compressor, so even an
 * archive of decades never has to exist as one string.
 */
export async function encodeArchive(tables: ArchiveTables, writer: ArchiveWriter): Promise<Buffer> {
  const gzip = createGzip({ level: 6 });
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    gzip.on('end', resolve);
    gzip.on('error', reject);
  });
  const hash = createHash('sha256');
  const line = (value: unknown) => {
    const text = `${JSON.stringify(value)}\n`;
    hash.update(text);
    gzip.write(text);
  };
  const header: ArchiveHeader = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    createdAt: writer.createdAt,
    writtenBy: writer.writtenBy,
    origin: writer.origin,
  };
  line(header);
  for (const table of ARCHIVE_TABLES) {
    for (const record of tables[table]) line({ table, record });
  }
  const trailer = { end: true, counts: countTables(tables), sha256: hash.digest('hex') };
  gzip.end(`${JSON.stringify(trailer)}\n`);
  await finished;
  return Buffer.concat(chunks);
}
