import { formatLongDate } from './dates';
import type { MeetingStatus } from './meeting-file';

/**
 * Keeping a meeting's transcript. UK governance guidance is to keep notes and recordings of a
 * meeting only until its minutes are approved: they are then the record, and anything still kept
 * can be requested (Freedom of Information, subject access) and disclosed. So Minute Book keeps an
 * imported transcript with the meeting while the minutes are drafted, deletes it when they are
 * approved, and keeps a dated note that it did.
 */

/** The words the app shows beside the setting: why the transcript is deleted. */
export const TRANSCRIPT_RETENTION_REASON =
  'UK governance guidance is to keep notes and recordings of a meeting only until its minutes ' +
  'are approved: once approved, the minutes are the record, and anything still kept can be ' +
  'requested and disclosed.';

/** A transcript kept with its meeting, with the split and the secretary's answers so far. */
export interface StoredTranscript {
  meetingId: string;
  boardId: string;
  fileName: string;
  cues: { start: number; end: number; speaker: string; text: string }[];
  /** Each agenda item's first passage, as split (and corrected by the secretary). */
  starts: number[];
  /** The secretary's answer to each proposal, by its key; unanswered ones are still drafts. */
  verdicts: Record<string, 'accepted' | 'rejected'>;
  importedAt: string;
  updatedAt: string;
}

/** Why a kept transcript was deleted. */
export type TranscriptDeletionReason =
  /** The minutes were approved (the sign-off's approval step). */
  | 'minutes-approved'
  /** The secretary turned off keeping transcripts. */
  | 'keeping-turned-off'
  /** The secretary closed it by hand. */
  | 'closed';

/** The record that a kept transcript was deleted: shown on the meeting's page for good. */
export interface TranscriptDeletion {
  id: string;
  meetingId: string;
  fileName: string;
  importedAt: string;
  deletedAt: string;
  reason: TranscriptDeletionReason;
  /** The step that deleted it, in words: "the minutes were approved at the meeting of …". */
  step: string;
}

/**
 * Whether a transcript may be kept with the meeting now: only while keeping is on and the minutes
 * are not yet approved (approved, signed and locked minutes are the record).
 */
export function mayKeepTranscript(keepUntilApproved: boolean, status: MeetingStatus): boolean {
  if (!keepUntilApproved) return false;
  return status !== 'approved' && status !== 'signed' && status !== 'locked';
}

/** The step that deleted a transcript, in words, for the record. */
export function deletionStep(
  reason: TranscriptDeletionReason,
  approval?: { approvedOn: string; approvingMeetingDate: string | null },
): string {
  switch (reason) {
    case 'minutes-approved':
      if (approval === undefined) return 'the minutes were approved';
      return approval.approvingMeetingDate !== null
        ? `the minutes were approved at the meeting of ${formatLongDate(approval.approvingMeetingDate)}`
        : `the minutes were approved on ${formatLongDate(approval.approvedOn)}`;
    case 'keeping-turned-off':
      return 'keeping transcripts until the minutes are approved was turned off';
    case 'closed':
      return 'the secretary closed the transcript';
  }
}

/** "The transcript board-july.vtt, imported on 27 July 2021, was deleted on 3 September 2021 when …" */
export function deletionSentence(deletion: TranscriptDeletion): string {
  const imported = formatLongDate(deletion.importedAt.slice(0, 10));
  const deleted = formatLongDate(deletion.deletedAt.slice(0, 10));
  return `The transcript ${deletion.fileName}, imported on ${imported}, was deleted on ${deleted} when ${deletion.step}.`;
}
