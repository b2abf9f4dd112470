import { z } from 'zod';
import { meetingFileSchema } from '../model/meeting-file';

/**
 * Calls that save a meeting as a file: the renderer sends the meeting, the main process asks the
 * user where to put it. The request never carries a path or bytes, so a compromised page cannot
 * choose what is written where.
 */

export const DOCX_LAYOUTS = ['summary', 'formal'] as const;
export const DOCX_AUDIENCES = ['internal', 'public'] as const;

const cancelledSchema = z.object({ status: z.literal('cancelled') });

const savedSchema = z.object({
  status: z.literal('saved'),
  /** The full path written, to show and to reveal in the file manager. */
  path: z.string(),
  fileName: z.string(),
});

export const exportMeetingDocxRequestSchema = z
  .object({
    meeting: meetingFileSchema,
    layout: z.enum(DOCX_LAYOUTS).default('summary'),
    audience: z.enum(DOCX_AUDIENCES).default('internal'),
    /** A copy of approved minutes printed for signing in ink, with a signature line. */
    handSignature: z.boolean().default(false),
  })
  .strict();

export const exportMeetingDocxResponseSchema = z.discriminatedUnion('status', [
  savedSchema.extend({
    /** SHA-256 of the saved file, in hex: which exact file was circulated or signed. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Names the saved file in later calls (signDocument), so the renderer never sends its path. */
    token: z.string(),
  }),
  cancelledSchema,
]);

export const saveMeetingFileRequestSchema = z.object({ meeting: meetingFileSchema }).strict();

export const saveMeetingFileResponseSchema = z.discriminatedUnion('status', [
  savedSchema,
  cancelledSchema,
]);

export const openMeetingFileResponseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('opened'),
    path: z.string(),
    fileName: z.string(),
    meeting: meetingFileSchema,
  }),
  cancelledSchema,
]);
