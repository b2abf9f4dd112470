import type { ArchiveTables } from '@shared/backup';
import type { Board } from '@shared/model';
import { readBackupFile } from '../../backup/backup-file';
import { UserError } from '../../user-error';
import type { CliIo } from '../command';
import { pathFrom } from './signing-support';

const fold = (text: string) => text.trim().toLocaleLowerCase('en-GB').replace(/\s+/g, ' ');

/**
 * The one board `wanted` names: its exact name (any case), else the only board whose name
 * contains it. Otherwise a sentence naming the boards the backup has.
 */
export function findBoard(tables: ArchiveTables, wanted: string): Board | string {
  const exact = tables.boards.filter((board) => fold(board.name) === fold(wanted));
  const matches =
    exact.length > 0
      ? exact
      : tables.boards.filter((board) => fold(board.name).includes(fold(wanted)));
  const names = tables.boards.map((board) => `“${board.name}”`).join(', ') || 'none';
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length === 0)
    return `No board in the backup is called “${wanted}”. Its boards: ${names}.`;
  return `More than one board matches “${wanted}”: ${matches.map((board) => `“${board.name}”`).join(', ')}. Give more of the name.`;
}

/** The tables of a backup, or null after saying on stderr why it cannot be read. */
export async function readTables(io: CliIo, file: string): Promise<ArchiveTables | null> {
  try {
    return (await readBackupFile(pathFrom(io, file))).tables;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr(`${error.message}\n`);
    return null;
  }
}

/** Text columns padded to their widest cell, for a terminal. */
export function columns(rows: readonly string[][]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
