import { z } from 'zod';
import {
  ACTION_STATUSES,
  MEETING_STATUSES,
  boardSchema,
  interestConfirmationSchema,
  interestSchema,
  isoDateSchema,
  memberSchema,
} from '../model';
import type { ArchiveTable, ArchiveTables } from './tables';

const id = z.string().min(1, 'has no id');
/** A reference that may be empty: "no chair chosen", "not a meeting kept here". */
const reference = z.string();
const stamp = z.string();
const count = z.number().int().nonnegative();

/**
 * What a restore relies on in each record: ids, the references between records, and the fields
 * that indexes and merging read. Other fields are carried as they were stored (`looseObject`), so a
 * backup keeps optional fields this reader does not know of rather than silently dropping them.
 */
export const RECORD_SCHEMAS = {
  boards: boardSchema.loose(),
  members: memberSchema.loose(),
  meetings: z.looseObject({
    id,
    boardId: id,
    title: z.string(),
    date: isoDateSchema,
    status: z.enum(MEETING_STATUSES),
    nextMeetingId: reference,
    chairMemberId: reference,
    createdAt: stamp,
    updatedAt: stamp,
    source: z
      .looseObject({
        kind: z.literal('imported'),
        fileName: z.string(),
        importedAt: stamp,
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .optional(),
        historic: z.boolean().optional(),
      })
      .optional(),
  }),
  agendaItems: z.looseObject({
    id,
    meetingId: id,
    position: z.number(),
    title: z.string(),
    notes: z.string(),
  }),
  attendance: z.looseObject({
    id,
    meetingId: id,
    memberId: reference,
    status: z.string(),
    note: z.string().optional(),
  }),
  declarations: z.looseObject({
    id,
    meetingId: id,
    memberId: reference,
    itemId: reference,
    interest: z.string(),
  }),
  decisions: z.looseObject({ id, meetingId: id, itemId: reference, text: z.string() }),
  actions: z.looseObject({
    id,
    boardId: id,
    meetingId: id,
    itemId: reference,
    ownerMemberId: reference,
    text: z.string(),
    status: z.enum(ACTION_STATUSES),
    updates: z.array(z.looseObject({ meetingId: reference, status: z.enum(ACTION_STATUSES) })),
  }),
  exports: z.looseObject({ id, meetingId: id, sha256: z.string() }),
  approvals: z.looseObject({
    id,
    meetingId: id,
    approvedOn: z.string(),
    approvingMeetingId: reference,
    version: count,
  }),
  auditTrail: z.looseObject({ id, meetingId: id, at: stamp, event: z.string(), version: count }),
  signatures: z.looseObject({
    id,
    meetingId: reference,
    boardId: reference,
    fileSha256: z.string(),
    meetingSha256: z.string(),
    version: count,
  }),
  meetingVersions: z.looseObject({
    id,
    meetingId: id,
    version: count,
    fileJson: z.string(),
    sha256: z.string(),
  }),
  interests: interestSchema.loose(),
  interestConfirmations: interestConfirmationSchema.loose(),
} satisfies Record<ArchiveTable, z.ZodType>;

export type ArchiveRecord<T extends ArchiveTable> = ArchiveTables[T][number];

export type RecordCheck<T extends ArchiveTable> =
  { ok: true; record: ArchiveRecord<T> } | { ok: false; problem: string };

/** Checks one stored record of a table; the problem names the first field at fault. */
export function checkRecord<T extends ArchiveTable>(table: T, value: unknown): RecordCheck<T> {
  const result = RECORD_SCHEMAS[table].safeParse(value);
  if (result.success) {
    // The schema checked every field restore and merge depend on; the rest is the app's own data,
    // carried as it was stored, so the record is the table's type.
    return { ok: true, record: result.data as unknown as ArchiveRecord<T> };
  }
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  return {
    ok: false,
    problem: field
      ? `its “${field}” is wrong (${issue?.message ?? 'invalid'})`
      : 'it is not a record',
  };
}

/**
 * A whole archive as it crosses from the renderer to main. Its output is typed as the tables the
 * app stores, for the reason given in checkRecord.
 */
export const archiveTablesSchema = z.object({
  boards: z.array(RECORD_SCHEMAS.boards),
  members: z.array(RECORD_SCHEMAS.members),
  meetings: z.array(RECORD_SCHEMAS.meetings),
  agendaItems: z.array(RECORD_SCHEMAS.agendaItems),
  attendance: z.array(RECORD_SCHEMAS.attendance),
  declarations: z.array(RECORD_SCHEMAS.declarations),
  decisions: z.array(RECORD_SCHEMAS.decisions),
  actions: z.array(RECORD_SCHEMAS.actions),
  exports: z.array(RECORD_SCHEMAS.exports),
  approvals: z.array(RECORD_SCHEMAS.approvals),
  auditTrail: z.array(RECORD_SCHEMAS.auditTrail),
  signatures: z.array(RECORD_SCHEMAS.signatures),
  meetingVersions: z.array(RECORD_SCHEMAS.meetingVersions),
  interests: z.array(RECORD_SCHEMAS.interests),
  interestConfirmations: z.array(RECORD_SCHEMAS.interestConfirmations),
}) as unknown as z.ZodType<ArchiveTables>;
