import { createHash } from 'node:crypto';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
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

const gunzipAsync = promisify(gunzip);

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

async function decompress(bytes: Buffer, maxBytes: number): Promise<Buffer> {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) throw notABackup(bytes);
  try {
    // zlib stops inflating once the output passes maxOutputLength, instead of filling memory.
    return await gunzipAsync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw new UserError(
        `This file unpacks to more than ${Math.round(maxBytes / 1024 / 1024).toLocaleString('en-GB')} MB, far more than any Minute Book backup: it is not a backup, or it was made to fill memory. ${NOTHING_CHANGED}`,
      );
    }
    if (code === 'Z_BUF_ERROR' || /unexpected end/i.test(String(error))) throw incomplete();
    throw damaged('its compressed data does not read back');
  }
}

/** Each line's bytes, without its newline; a final line with no newline means the file was cut. */
function* lines(text: Buffer): Generator<{ bytes: Buffer; complete: boolean }> {
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf(0x0a, start);
    if (end === -1) {
      yield { bytes: text.subarray(start), complete: false };
      return;
    }
    yield { bytes: text.subarray(start, end), complete: true };
    start = end + 1;
  }
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
export async function decodeArchive(
  bytes: Buffer,
  maxBytes: number = MAX_ARCHIVE_BYTES,
): Promise<DecodedArchive> {
  const text = await decompress(bytes, maxBytes);
  const hash = createHash('sha256');
  const tables = emptyTables();
  let header: ArchiveHeader | undefined;
  let ended = false;
  let lineNumber = 0;
  for (const { bytes: lineBytes, complete } of lines(text)) {
    lineNumber += 1;
    if (!complete) throw incomplete();
    if (ended) throw damaged('it has lines after its closing line');
    const value = parseLine(lineBytes);
    if (header === undefined) {
      header = readHeader(value, text);
      hash.update(lineBytes).update('\n');
      continue;
    }
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
  if (header === undefined) throw notABackup(text);
  if (!ended) throw incomplete();
  const broken = findBrokenReference(tables);
  if (broken) throw damaged(broken);
  return { header, tables };
}
