import { z } from 'zod';
import { boardAttendanceRecordSchema } from '../model/attendance-record';
import { interestsRegisterDocumentSchema } from '../model/interests-register';

/**
 * Calls for the board's standing records: the attendance record and the register of interests.
 * As with minutes, the renderer sends the record's data and main asks where to save it; no
 * request carries a path, bytes or a URL.
 */

const savedRecordSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string(), fileName: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);

export const exportAttendanceRecordRequestSchema = z
  .object({ format: z.enum(['docx', 'csv']), record: boardAttendanceRecordSchema })
  .strict();
export const exportAttendanceRecordResponseSchema = savedRecordSchema;

export const exportInterestsRegisterRequestSchema = z
  .object({ register: interestsRegisterDocumentSchema })
  .strict();
export const exportInterestsRegisterResponseSchema = savedRecordSchema;

/**
 * A reminder e-mail for the system's mail program to open as a draft. Main builds the mailto:
 * address from these fields itself, so the page can open nothing but a draft to these people.
 */
export const openMailDraftRequestSchema = z
  .object({
    to: z.array(z.email().max(254)).min(1).max(100),
    subject: z.string().max(200),
    body: z.string().max(4000),
  })
  .strict();
export const openMailDraftResponseSchema = z.object({ opened: z.literal(true) });
