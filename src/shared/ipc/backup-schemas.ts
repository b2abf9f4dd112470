import { z } from 'zod';
import { archiveTablesSchema } from '../backup/record-schemas';

/**
 * Backups: the renderer, which holds the data, sends the archive's records; main chooses where the
 * file goes (a dialog, or the data folder for automatic backups) and writes it. Opening a backup
 * returns its records only after the whole file has been checked.
 */

const cancelledSchema = z.object({ status: z.literal('cancelled') });

export const backupHeaderSchema = z.object({
  createdAt: z.string(),
  writtenBy: z.string(),
  origin: z.enum(['manual', 'automatic', 'command-line']),
});

export const saveBackupRequestSchema = z.object({ archive: archiveTablesSchema }).strict();

export const saveBackupResponseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    path: z.string(),
    fileName: z.string(),
    bytes: z.number().int().nonnegative(),
  }),
  cancelledSchema,
]);

const openedBackupSchema = z.object({
  status: z.literal('opened'),
  fileName: z.string(),
  header: backupHeaderSchema,
  archive: archiveTablesSchema,
});

export const openBackupResponseSchema = z.discriminatedUnion('status', [
  openedBackupSchema,
  cancelledSchema,
]);

/** A backup the system asked the app to open (double-clicked in the file manager), if one waits. */
export const takeBackupOpenedFromSystemResponseSchema = z.discriminatedUnion('status', [
  openedBackupSchema,
  z.object({ status: z.literal('none') }),
]);

/** Automatic backups are named by main; the renderer can only pick one of the names it listed. */
export const automaticBackupNameSchema = z
  .string()
  .regex(/^minute-book-\d{4}-\d{2}-\d{2}\.minutebook$/, 'Not the name of an automatic backup');

export const automaticBackupSchema = z.object({
  fileName: automaticBackupNameSchema,
  /** The day it was made, YYYY-MM-DD. */
  date: z.string(),
  bytes: z.number().int().nonnegative(),
});

export const listAutomaticBackupsResponseSchema = z.object({
  backups: z.array(automaticBackupSchema),
  /** Whether one has been made today: the app makes one a day. */
  madeToday: z.boolean(),
  folder: z.string(),
  keep: z.number().int().positive(),
});

export const openAutomaticBackupRequestSchema = z
  .object({ fileName: automaticBackupNameSchema })
  .strict();

export const openAutomaticBackupResponseSchema = openedBackupSchema;

export const writeAutomaticBackupRequestSchema = saveBackupRequestSchema;

export const writeAutomaticBackupResponseSchema = z.object({
  fileName: automaticBackupNameSchema,
  /** Older automatic backups removed to keep the last few. */
  removed: z.array(z.string()),
});
