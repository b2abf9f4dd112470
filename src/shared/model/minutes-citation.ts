import { z } from 'zod';
import { isoDateSchema, todayIso } from './dates';
import type { Meeting } from './meeting';
import {
  currentVersion,
  type ApprovalRecord,
  type MeetingVersion,
  type SignatureRecord,
} from './sign-off';
import { signaturesOfVersion } from './sign-off-lock';

/**
 * What the next meeting's "Minutes of the previous meeting" item cites: the approval of the earlier
 * minutes and each signature on them, with the SHA-256 of the signed file and of the signed data,
 * so anyone holding a copy can tell whether it is the one the board signed.
 */

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 as 64 hex digits');
const optionalDateSchema = z.union([z.literal(''), isoDateSchema]);

export const citedSignatureSchema = z.object({
  signer: z.string().trim().min(1),
  role: z.string().default(''),
  signedOn: isoDateSchema,
  fileSha256: sha256Schema,
  meetingSha256: sha256Schema,
});

export const previousMinutesSchema = z.object({
  /** The date of the meeting whose minutes are cited. */
  meetingDate: isoDateSchema,
  /** Which version of those minutes: 2 after one reopen for correction, … */
  version: z.number().int().min(1).default(1),
  /** Empty while the minutes are not yet approved. */
  approvedOn: optionalDateSchema.default(''),
  /** The meeting that approved them; empty when it is not one kept in Minute Book. */
  approvingMeetingDate: optionalDateSchema.default(''),
  amendments: z.string().default(''),
  signatures: z.array(citedSignatureSchema).default([]),
});

export type PreviousMinutesInput = z.input<typeof previousMinutesSchema>;
export type PreviousMinutes = z.output<typeof previousMinutesSchema>;

/** The meeting whose minutes come up next: the latest one held before this one. */
export function previousMeetingOf(
  meetings: readonly Meeting[],
  meeting: Pick<Meeting, 'id' | 'boardId' | 'date'>,
): Meeting | null {
  return (
    meetings
      .filter(
        (each) =>
          each.id !== meeting.id &&
          each.boardId === meeting.boardId &&
          each.date < meeting.date &&
          each.status !== 'planned',
      )
      .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
      .at(-1) ?? null
  );
}

/** What the archive holds about the current version of the earlier minutes, ready to cite. */
export function citePreviousMinutes(records: {
  previous: Meeting;
  meetings: readonly Meeting[];
  approvals: readonly ApprovalRecord[];
  signatures: readonly SignatureRecord[];
  versions: readonly Pick<MeetingVersion, 'version'>[];
}): PreviousMinutesInput {
  const { previous, meetings, approvals, signatures, versions } = records;
  const version = currentVersion(versions);
  // A reopened version is a draft again: its old approval no longer stands.
  const approval = approvals.filter((each) => each.version === version).at(-1);
  const approving = approval && meetings.find((each) => each.id === approval.approvingMeetingId);
  return {
    meetingDate: previous.date,
    version,
    approvedOn: approval?.approvedOn ?? '',
    approvingMeetingDate: approving?.date ?? '',
    amendments: approval?.amendments ?? '',
    signatures: [...signaturesOfVersion(signatures, version)]
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((each) => ({
        signer: each.signerName,
        role: each.signerRole,
        signedOn: todayIso(new Date(each.at)),
        fileSha256: each.fileSha256,
        meetingSha256: each.meetingSha256,
      })),
  };
}
