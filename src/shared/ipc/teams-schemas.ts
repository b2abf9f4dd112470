import { z } from 'zod';
import { isoDateSchema } from '../model/dates';
import { meetingFileSchema } from '../model/meeting-file';
import { MAX_CUES } from '../teams/transcript';

/**
 * Calls for meetings held on Microsoft Teams. The renderer never sends a path: the main process
 * asks where to save the invitation and which report or transcript to read.
 */

const cancelledSchema = z.object({ status: z.literal('cancelled') });
const name = z.string().trim().min(1).max(300);
const email = z
  .string()
  .trim()
  .min(3)
  .max(320)
  .regex(/^[^\s@<>",]+@[^\s@<>",]+$/);

export const inviteeSchema = z.object({ name, email, optional: z.boolean() });

export const exportInvitationRequestSchema = z
  .object({
    meeting: meetingFileSchema,
    uid: z.string().trim().min(1).max(255),
    organiser: z.object({ name, email }).nullable(),
    invitees: z.array(inviteeSchema).max(500),
    /** The invitation last exported: when the meeting has changed since, SEQUENCE goes up. */
    previous: z
      .object({ sequence: z.number().int().min(0), fingerprint: z.string().max(128) })
      .nullable(),
  })
  .strict();

export const exportInvitationResponseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    path: z.string(),
    fileName: z.string(),
    sequence: z.number().int().min(0),
    fingerprint: z.string(),
  }),
  cancelledSchema,
]);

export const openAgendaEmailRequestSchema = z
  .object({
    to: z.array(email).max(500),
    subject: z.string().max(500),
    body: z.string().max(20_000),
  })
  .strict();

export const openAgendaEmailResponseSchema = z.object({ status: z.literal('opened') });

const stampSchema = z.object({
  date: isoDateSchema,
  time: z.string().regex(/^\d{2}:\d{2}:\d{2}$/),
});

const reportParticipantSchema = z.object({
  name: z.string(),
  email: z.string(),
  role: z.string(),
  firstJoin: stampSchema,
  lastLeave: stampSchema.nullable(),
  sessions: z.array(z.object({ joined: stampSchema, left: stampSchema.nullable() })),
});

export const attendanceReportSchema = z.object({
  title: z.string(),
  start: stampSchema.nullable(),
  end: stampSchema.nullable(),
  participants: z.array(reportParticipantSchema),
});

export const importAttendanceReportResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), fileName: z.string(), report: attendanceReportSchema }),
  cancelledSchema,
]);

const headingSchema = z.object({ number: z.number().int().min(1), title: z.string().max(1000) });

export const draftContextSchema = z.object({
  meetingDate: isoDateSchema,
  nextMeetingDate: z.union([z.literal(''), isoDateSchema]),
  people: z.array(z.string().max(300)).max(1000),
});

export const cueSchema = z.object({
  start: z.number().min(0),
  end: z.number().min(0),
  speaker: z.string().max(300),
  text: z.string().max(20_000),
});

export const importTranscriptRequestSchema = z
  .object({ headings: z.array(headingSchema).max(200), context: draftContextSchema })
  .strict();

const spokenSchema = z.object({ speaker: z.string(), text: z.string() });

export const transcriptDraftsSchema = z.object({
  starts: z.array(z.number().int().min(0)),
  items: z.array(
    z.object({
      number: z.number().int(),
      title: z.string(),
      speakers: z.array(z.string()),
      keySentences: z.array(spokenSchema),
      candidateDecisions: z.array(z.object({ text: z.string() })),
      candidateActions: z.array(z.object({ text: z.string(), owner: z.string(), due: z.string() })),
      firstCue: z.number().int(),
      endCue: z.number().int(),
    }),
  ),
});

export const importTranscriptResponseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('opened'),
    fileName: z.string(),
    cues: z.array(cueSchema),
    drafts: transcriptDraftsSchema,
  }),
  cancelledSchema,
]);

export const redraftTranscriptRequestSchema = z
  .object({
    cues: z.array(cueSchema).max(MAX_CUES),
    headings: z.array(headingSchema).max(200),
    context: draftContextSchema,
    starts: z.array(z.number().int().min(0)).max(200),
  })
  .strict();

export const redraftTranscriptResponseSchema = transcriptDraftsSchema;
