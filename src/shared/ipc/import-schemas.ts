import { z } from 'zod';
import { meetingFileSchema } from '../model/meeting-file';

/**
 * Importing past minutes in the app. The main process asks the user which files or folder to import
 * and keeps the paths behind a token; the renderer then asks for the files in batches by position,
 * so it never sends a path and a folder of thousands of files can show progress.
 */

export const IMPORT_SOURCE_KINDS = ['files', 'folder'] as const;
export type ImportSourceKind = (typeof IMPORT_SOURCE_KINDS)[number];

/** Enough for a responsive progress bar without one call per file. */
export const MAX_IMPORT_BATCH = 200;

export const chooseImportSourcesRequestSchema = z
  .object({ kind: z.enum(IMPORT_SOURCE_KINDS) })
  .strict();

export const chooseImportSourcesResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({
    status: z.literal('chosen'),
    /** Names this choice in readImportBatch and closeImport. */
    token: z.string(),
    /** How many files there are to read, including any that could not be looked at. */
    total: z.number().int().min(0),
    /** The folder or first file chosen, to show the user what is being read. */
    label: z.string(),
  }),
]);

export const readImportBatchRequestSchema = z
  .object({
    token: z.string().min(1),
    from: z.number().int().min(0),
    count: z.number().int().min(1).max(MAX_IMPORT_BATCH),
  })
  .strict();

export const importedFileSchema = z.object({
  /** Position in the chosen list, from 0. */
  index: z.number().int().min(0),
  /** The file's own name, recorded with the meeting. */
  fileName: z.string(),
  /** Where it is inside the chosen folder (its name when files were chosen), to tell files apart. */
  displayName: z.string(),
  meeting: meetingFileSchema.optional(),
  /** Why the file cannot be imported, as a phrase that follows its name. */
  error: z.string().optional(),
  warnings: z.array(z.string()),
});

export type ImportedFile = z.output<typeof importedFileSchema>;

export const readImportBatchResponseSchema = z.object({ files: z.array(importedFileSchema) });

export const closeImportRequestSchema = z.object({ token: z.string().min(1) }).strict();

export const closeImportResponseSchema = z.object({ closed: z.boolean() });
