import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import {
  ARCHIVE_TABLES,
  RECORD_NOUN,
  checkRecord,
  emptyTables,
  findBrokenReference,
  type ArchiveTable,
  type ArchiveTables,
} from '../../shared/backup';
import { UserError } from '../user-error';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  TABLES_ADDED_IN_VERSION,
  type ArchiveHeader,
  type BackupOrigin,
} from './archive-format';

export interface DecodedArchive {
  header: ArchiveHeader;
  tables: ArchiveTables;
}

const NOTHING_CHANGED = 'Nothing has been changed.';

function notABackup(bytes: Buffer): UserError {
  const start = bytes.subarray(0, 200).toString('utf8').trimStart();
  let hint = '';
  if (start.startsWith('{') && start.includes('minute-book.meeting'))
    hint = ' It is a single meeting file: open it with “Open meeting file” instead.';
  else if (bytes[0] === 0x50 && bytes[1] === 0x4b)
    hint = ' It looks like a Word document or another zip file.';
  else if (bytes.length === 0) hint = ' It is empty.';
  return new UserError(`This file is not a Minute Book backup.${hint} ${NOTHING_CHANGED}`);
}

function damaged(reason: string): UserError {
  return new UserError(`This backup is damaged: ${reason}. ${NOTHING_CHANGED}`);
}

function incomplete(): UserError {
  return new UserError(
    `This backup is incomplete: it stops part-way through, as happens when a copy or a save is interrupted or the disk fills up. ${NOTHING_CHANGED}`,
  );
}

/**
 * The most a backup may unpack to. An archive of 10,000 meetings unpacks to a few hundred MB; a
 * "gzip bomb" of a few MB can unpack to gigabytes, so unpacking stops at this bound.
 */
export const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;

/**
 * The longest line (one record) a backup may hold. A meeting with every item's notes at the
 * editor's limit is a few MB; a longer line is not one Minute Book wrote, and without this bound
 * a gzip bomb with no line breaks would be held whole while waiting for its first line to end.
 */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024).toLocaleString('en-GB');

function tooLarge(maxBytes: number): UserError {
  return new UserError(
    `This file unpacks to more than ${megabytes(maxBytes)} MB, far more than any Minute Book backup: it is not a backup, or it was made to fill memory. ${NOTHING_CHANGED}`,
  );
}

/** The first bytes of `source` (enough to tell what kind of file it is) and the rest of it. */
async function peek(
  source: AsyncIterable<Buffer>,
  length: number,
): Promise<{ head: Buffer; rest: AsyncIterator<Buffer> }> {
  const rest = source[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let read = 0;
  while (read < length) {
    const next = await rest.next();
    if (next.done) break;
    chunks.push(next.value);
    read += next.value.length;
  }
  return { head: Buffer.concat(chunks), rest };
}

function zlibFailure(error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'Z_BUF_ERROR' || /unexpected end/i.test(String(error))) return incomplete();
  if (typeof code === 'string' && code.startsWith('Z_'))
    return damaged('its compressed data does not read back');
  // Not zlib's: a failure to read the file itself, for the caller to put into words.
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Unpacks as a stream, line by line, and stops as soon as the whole passes `maxBytes` or one line
 * passes MAX_LINE_BYTES: only one line's text is held at a time, never the unpacked file.
 */
async function* unpackedLines(
  source: AsyncIterable<Buffer>,
  maxBytes: number,
): AsyncGenerator<{ bytes: Buffer; complete: boolean }> {
  const { head, rest } = await peek(source, 200);
  if (head.length < 2 || head[0] !== 0x1f || head[1] !== 0x8b) throw notABackup(head);
  async function* compressed() {
    yield head;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  }
  const gunzip = createGunzip();
  const inflated = pipeline(Readable.from(compressed()), gunzip, () => undefined);
  let total = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let firstLine = true;
  const overlong = () =>
    firstLine
      ? notABackup(Buffer.concat(pending).subarray(0, 200))
      : damaged(`one of its records is longer than any Minute Book writes`);
  try {
    for await (const chunk of inflated as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(maxBytes);
      let start = 0;
      for (let end = chunk.indexOf(0x0a); end !== -1; end = chunk.indexOf(0x0a, start)) {
        const piece = chunk.subarray(start, end);
        if (pendingBytes + piece.length > MAX_LINE_BYTES) throw overlong();
        const line = pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
        pending = [];
        pendingBytes = 0;
        firstLine = false;
        yield { bytes: line, complete: true };
        start = end + 1;
      }
      if (start < chunk.length) {
        const piece = chunk.subarray(start);
        pending.push(piece);
        pendingBytes += piece.length;
        if (pendingBytes > MAX_LINE_BYTES) throw overlong();
      }
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw zlibFailure(error);
  } finally {
    gunzip.destroy();
  }
  if (pendingBytes > 0) yield { bytes: Buffer.concat(pending), complete: false };
}

function parseLine(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const ORIGINS: readonly BackupOrigin[] = ['manual', 'automatic', 'command-line'];

function readHeader(value: unknown, bytes: Buffer): ArchiveHeader {
  if (!isObject(value) || value['format'] !== ARCHIVE_FORMAT) throw notABackup(bytes);
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw damaged('its header has no valid format version');
  if (version > ARCHIVE_VERSION) {
    throw new UserError(
      `This backup was made by a newer version of Minute Book (backup format ${version}; this version reads format ${ARCHIVE_VERSION}). Update Minute Book to restore it. ${NOTHING_CHANGED}`,
    );
  }
  const createdAt = value['createdAt'];
  const writtenBy = value['writtenBy'];
  const origin = value['origin'];
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt)))
    throw damaged('its header has no valid date');
  return {
    format: ARCHIVE_FORMAT,
    version,
    createdAt,
    writtenBy: typeof writtenBy === 'string' ? writtenBy : '',
    origin: ORIGINS.find((known) => known === origin) ?? 'manual',
  };
}

/** The tables a file of `version` holds: those of this version, less any added after it. */
export function tablesOfVersion(version: number): readonly ArchiveTable[] {
  const later = Object.entries(TABLES_ADDED_IN_VERSION)
    .filter(([added]) => Number(added) > version)
    .flatMap(([, tables]) => tables);
  return ARCHIVE_TABLES.filter((table) => !later.includes(table));
}

function isTable(value: unknown, known: readonly ArchiveTable[]): value is ArchiveTable {
  return typeof value === 'string' && (known as readonly string[]).includes(value);
}

function checkTrailer(
  value: Record<string, unknown>,
  digest: string,
  tables: ArchiveTables,
  known: readonly ArchiveTable[],
): void {
  if (value['sha256'] !== digest) throw damaged('its contents were changed after it was written');
  const counts = value['counts'];
  if (!isObject(counts)) throw damaged('its closing line has no record counts');
  for (const table of known) {
    if (counts[table] !== tables[table].length) throw damaged(`it is missing some records`);
  }
}

/**
 * Reads and checks a whole backup before anything uses it: the kind of file, its version, every
 * line, every record and every link between records. Any fault is a UserError saying what is wrong
 * in words a secretary can act on; no partial archive is ever returned.
 */
export function decodeArchive(
  bytes: Buffer,
  maxBytes: number = MAX_ARCHIVE_BYTES,
): Promise<DecodedArchive> {
  return decodeArchiveStream(Readable.from([bytes]), maxBytes);
}

/** decodeArchive, reading the file as it unpacks: the packed file is never held whole either. */
export async function decodeArchiveStream(
  source: AsyncIterable<Buffer>,
  maxBytes: number = MAX_ARCHIVE_BYTES,
): Promise<DecodedArchive> {
  const hash = createHash('sha256');
  const tables = emptyTables();
  let header: ArchiveHeader | undefined;
  let ended = false;
  let lineNumber = 0;
  for await (const { bytes: lineBytes, complete } of unpackedLines(source, maxBytes)) {
    lineNumber += 1;
    if (header === undefined) {
      header = readHeader(parseLine(lineBytes), lineBytes);
      if (!complete) throw incomplete();
      hash.update(lineBytes).update('\n');
      continue;
    }
    if (!complete) throw incomplete();
    if (ended) throw damaged('it has lines after its closing line');
    const value = parseLine(lineBytes);
    if (value === undefined) throw damaged(`line ${lineNumber} is not readable`);
    if (isObject(value) && value['end'] === true) {
      checkTrailer(value, hash.digest('hex'), tables, tablesOfVersion(header.version));
      ended = true;
      continue;
    }
    hash.update(lineBytes).update('\n');
    const table = isObject(value) ? value['table'] : undefined;
    if (!isTable(table, tablesOfVersion(header.version)))
      throw damaged(`line ${lineNumber} is not a record Minute Book knows`);
    const checked = checkRecord(table, isObject(value) ? value['record'] : undefined);
    if (!checked.ok) throw damaged(`line ${lineNumber}, ${RECORD_NOUN[table]}: ${checked.problem}`);
    (tables[table] as unknown[]).push(checked.record);
  }
  if (header === undefined) throw notABackup(Buffer.alloc(0));
  if (!ended) throw incomplete();
  const broken = findBrokenReference(tables);
  if (broken) throw damaged(broken);
  return { header, tables };
}
