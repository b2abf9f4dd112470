import { z } from 'zod';
import { isoDateSchema } from './dates';
import { previousMinutesSchema } from './minutes-citation';
import { MINUTE_REFERENCE_MAX_LENGTH } from './minute-reference';
import { ACTION_STATUSES, ATTENDANCE_STATUSES, MEETING_STATUSES } from './statuses';

/**
 * The documented JSON form of one meeting (docs/meeting-file.md): what the app saves and opens,
 * what the command line exports to Word, and what importers produce. Self-contained: it names people
 * rather than pointing at register entries, so a file means the same thing on any machine.
 */
export const MEETING_FILE_FORMAT = 'minute-book.meeting';
export const MEETING_FILE_VERSION = 1;

const timeSchema = z.union([
  z.literal(''),
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time as HH:MM'),
]);
const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time as HH:MM');
const optionalDateSchema = z.union([z.literal(''), isoDateSchema]);

// The statuses live in a leaf module (sign-off and the stored meeting use them too); they are part
// of the file's format, so they are named here as well.
export {
  ACTION_STATUSES,
  ATTENDANCE_STATUSES,
  MEETING_STATUSES,
  type ActionStatus,
  type AttendanceStatus,
  type MeetingStatus,
} from './statuses';

export const attendeeSchema = z.object({
  name: z.string().trim().min(1, 'Every attendee needs a name'),
  title: z.string().default(''),
  postNominals: z.string().default(''),
  organisation: z.string().default(''),
  status: z.enum(ATTENDANCE_STATUSES),
  /** The person's role on the board (Chair, Member, …), or for a guest what they attended as. */
  role: z.string().default(''),
  /** True for the person who chaired this meeting, who need not be the board's Chair. */
  chair: z.boolean().default(false),
  /** Late arrival, early departure and the like, as it should read in the minutes. */
  note: z.string().default(''),
  /** For guests: the numbers of the items they attended; empty means the whole meeting. */
  items: z.array(z.number().int().min(1)).default([]),
  /** The e-mail address the calendar invitation is sent to; absent when not known. */
  email: z.string().trim().optional(),
  /** When they first joined and last left (HH:MM local), as the Teams attendance report has it. */
  joined: clockTimeSchema.optional(),
  left: clockTimeSchema.optional(),
});

export const decisionSchema = z.object({ text: z.string().trim().min(1) });

export const actionSchema = z.object({
  text: z.string().trim().min(1),
  owner: z.string().default(''),
  due: optionalDateSchema.default(''),
  status: z.enum(ACTION_STATUSES).default('open'),
});

export const agendaItemSchema = z.object({
  number: z.number().int().min(1),
  title: z.string().trim().min(1, 'Every agenda item needs a title'),
  presenter: z.string().default(''),
  /** A paper or item reference such as "QC/24/033". */
  reference: z.string().default(''),
  /** Items taken in private are left out of an export meant for the public. */
  private: z.boolean().default(false),
  /** The minutes of the item: plain text with light Markdown (paragraphs, lists, bold). */
  notes: z.string().default(''),
  decisions: z.array(decisionSchema).default([]),
  actions: z.array(actionSchema).default([]),
  /** Under "Minutes of the previous meeting": their approval and signatures, as the archive holds them. */
  previousMinutes: previousMinutesSchema.optional(),
});

export const declarationSchema = z.object({
  name: z.string().trim().min(1),
  /** The agenda item the interest concerns, if any. */
  item: z.number().int().min(1).optional(),
  interest: z.string().trim().min(1),
});

/** A fingerprint as certificate viewers show it: 32 upper-case hex pairs joined by colons. */
export const CERTIFICATE_FINGERPRINT = /^(?:[0-9A-F]{2}:){31}[0-9A-F]{2}$/;

/**
 * Who signs the document. When the document is exported to be signed at once, the signer's
 * certificate fingerprint and the day are known before signing and are printed in the sign-off.
 */
export const signatorySchema = z.object({
  name: z.string().trim().min(1),
  role: z.string().default(''),
  certificateSha256: z.string().regex(CERTIFICATE_FINGERPRINT).optional(),
  signedOn: isoDateSchema.optional(),
});

/** An action in the board's running log: the item it came from may be in an earlier meeting. */
export const loggedActionSchema = actionSchema.extend({
  meetingDate: isoDateSchema,
  item: z.number().int().min(1).optional(),
});

/** Minutes imported from an older document: the file's name, so the record can be traced back. */
export const meetingSourceSchema = z.object({
  kind: z.literal('imported'),
  fileName: z.string().trim().min(1),
  /** The SHA-256 of the file as it was read, which names exactly the document the record came from. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 as 64 hexadecimal digits')
    .optional(),
  /** Minutes of the past, approved at the time: kept as the approved record, read-only. */
  historic: z.boolean().optional(),
});

/** RFC 5545: one UID for the meeting's event for ever; SEQUENCE goes up with each change sent. */
export const invitationSchema = z.object({
  uid: z.string().trim().min(1).max(255),
  sequence: z.number().int().min(0).default(0),
});

export const meetingFileSchema = z.object({
  format: z.literal(MEETING_FILE_FORMAT),
  version: z.literal(MEETING_FILE_VERSION),
  board: z.string().trim().min(1, 'The board needs a name'),
  title: z.string().trim().min(1).default('Meeting Summary'),
  date: isoDateSchema,
  startTime: timeSchema.default(''),
  endTime: timeSchema.default(''),
  location: z.string().default(''),
  visibility: z.enum(['public', 'private']).default('public'),
  status: z.enum(MEETING_STATUSES).default('draft'),
  /** How many members had to be present, as the board's quorum rule stood on the day. */
  quorumRequired: z.number().int().min(1).optional(),
  attendance: z.array(attendeeSchema).default([]),
  declarations: z.array(declarationSchema).default([]),
  items: z.array(agendaItemSchema).default([]),
  actionLog: z.array(loggedActionSchema).default([]),
  nextMeetingDate: optionalDateSchema.default(''),
  /** Who is to sign the document; the export prints a sign-off block naming them. */
  signatories: z.array(signatorySchema).default([]),
  /** Where the meeting came from when it was not minuted in Minute Book; absent otherwise. */
  source: meetingSourceSchema.optional(),
  /**
   * The board's pattern for minute references ("NPB/{yy}/{mm}/{nn}"); formal minutes use a default
   * made from the board's name when it is absent.
   */
  minuteReferencePattern: z.string().max(MINUTE_REFERENCE_MAX_LENGTH).optional(),
  /** The calendar invitation's identity, so a changed meeting updates the same calendar event. */
  invitation: invitationSchema.optional(),
});

/** A meeting file as written: optional fields may be left out. */
export type MeetingFileInput = z.input<typeof meetingFileSchema>;
/** A meeting file after parsing, with every default filled in. */
export type MeetingFile = z.output<typeof meetingFileSchema>;
export type Attendee = MeetingFile['attendance'][number];
export type MeetingFileItem = MeetingFile['items'][number];
export type MeetingFileAction = MeetingFileItem['actions'][number];
