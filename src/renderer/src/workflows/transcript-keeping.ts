import {
  deletionStep,
  mayKeepTranscript,
  type Meeting,
  type TranscriptDeletionReason,
} from '@shared/model';
import { nowStamp } from '../db/ids';
import { deleteTranscripts, keepTranscript, readTranscript } from '../db/transcripts-repository';
import { useTeamsStore, type ImportedTranscript } from '../stores/teams-store';
import type { WorkflowContext } from './context';

/**
 * Keeping the imported transcript with its meeting until the minutes are approved
 * (transcript-retention.ts says why), and deleting it with a record of when and by which step.
 */

/** Stores the transcript as it is now, when the setting and the meeting's standing allow. */
export async function keepIfAllowed(
  context: WorkflowContext,
  meeting: Meeting,
  transcript: ImportedTranscript,
  importedAt: string,
): Promise<boolean> {
  if (!mayKeepTranscript(useTeamsStore.getState().keepUntilApproved, meeting.status)) return false;
  await keepTranscript(context.db, {
    meetingId: meeting.id,
    boardId: meeting.boardId,
    fileName: transcript.fileName,
    cues: transcript.cues.map((cue) => ({ ...cue })),
    starts: [...transcript.drafts.starts],
    verdicts: { ...transcript.verdicts },
    importedAt,
    updatedAt: nowStamp(),
  });
  return true;
}

/** What is kept for a meeting, and the records of what was deleted. */
export function readKept(context: WorkflowContext, meetingId: string) {
  return readTranscript(context.db, meetingId);
}

/** Deletes what is kept for these meetings (all when null) and shows the record on the open one. */
export async function deleteKept(
  context: WorkflowContext,
  meetingIds: readonly string[] | null,
  reason: TranscriptDeletionReason,
  step: string,
): Promise<void> {
  const records = await deleteTranscripts(context.db, meetingIds, reason, step);
  useTeamsStore.getState().transcriptDeleted(records);
}

/**
 * The approval step of sign-off: the minutes are now the record, so the transcript goes (from the
 * screen too), leaving the record that it was deleted and why.
 */
export async function deleteTranscriptOnApproval(
  context: WorkflowContext,
  meeting: Pick<Meeting, 'id'>,
  approval: { approvedOn: string; approvingMeetingDate: string | null },
): Promise<void> {
  await deleteKept(
    context,
    [meeting.id],
    'minutes-approved',
    deletionStep('minutes-approved', approval),
  );
  useTeamsStore.getState().forgetTranscript(meeting.id);
}

/** Turning keeping off deletes every transcript kept; the one on screen stays until it is closed. */
export async function setKeepingTranscripts(context: WorkflowContext, on: boolean): Promise<void> {
  useTeamsStore.getState().setKeepUntilApproved(on);
  if (!on)
    await deleteKept(context, null, 'keeping-turned-off', deletionStep('keeping-turned-off'));
}

/** Closing the transcript on screen deletes what was kept of it, on record. */
export function closeKept(context: WorkflowContext, meeting: Pick<Meeting, 'id'>): Promise<void> {
  return deleteKept(context, [meeting.id], 'closed', deletionStep('closed'));
}
