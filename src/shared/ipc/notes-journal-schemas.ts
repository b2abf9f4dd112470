import { z } from 'zod';

/**
 * The notes journal: the renderer sends an item's id and its notes as typed, never a path; main
 * decides where the journal lives (in the data folder) and writes each change to disk at once.
 */

/** Ids are the renderer's own record ids; main names files by a hash of them. */
const itemIdSchema = z.string().min(1).max(200);

export const journalNotesRequestSchema = z
  .object({ meetingId: itemIdSchema, itemId: itemIdSchema, notes: z.string().max(1_000_000) })
  .strict();
export const journalNotesResponseSchema = z.object({ journalled: z.literal(true) });

export const clearNotesJournalRequestSchema = z
  .object({ itemId: itemIdSchema, notes: z.string().max(1_000_000) })
  .strict();
export const clearNotesJournalResponseSchema = z.object({ cleared: z.literal(true) });

export const readNotesJournalResponseSchema = z.object({
  entries: z.array(
    z.object({
      itemId: z.string(),
      notes: z.string(),
      at: z.string(),
      meetingId: z.string().optional(),
    }),
  ),
});
