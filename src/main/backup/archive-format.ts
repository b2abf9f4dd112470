/**
 * The backup file, version 2 (documented in docs/backup-format.md): gzip-compressed UTF-8 lines.
 * The first line is the header, each following line one record, and the last line the trailer,
 * which counts the records and carries the SHA-256 of every line before it, so a file cut short
 * or altered is caught before anything is restored.
 */
export const ARCHIVE_FORMAT = 'minute-book.archive';
export const ARCHIVE_VERSION = 2;

/**
 * The tables each format version holds. Format 2 added the register of interests; a format 1
 * file is read as one whose register is empty, which is what it was when it was written.
 */
export const TABLES_ADDED_IN_VERSION: Readonly<Record<number, readonly string[]>> = {
  2: ['interests', 'interestConfirmations'],
};
export const ARCHIVE_EXTENSION = 'minutebook';

export type BackupOrigin = 'manual' | 'automatic' | 'command-line';

export interface ArchiveHeader {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  createdAt: string;
  /** The app that wrote it, e.g. "Minute Book 0.1.0". */
  writtenBy: string;
  origin: BackupOrigin;
}
