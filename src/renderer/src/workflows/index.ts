/**
 * The workflows as the app's screens call them: over the app's database and main process, each
 * write shown in the header's save status, and each record written shown by the stores.
 */
import type { Meeting } from '@shared/model';
import { callMain } from '../bridge';
import { db } from '../db/instance';
import { useExportsStore, useMeetingsStore, useSignOffStore } from '../stores';
import { trackSave } from '../stores/save-status-store';
import type { WorkflowContext, Written } from './context';
import { currentMeetingFile } from './current-meeting-file';
import * as checking from './check-document';
import * as exporting from './export-minutes';
import * as opening from './open-meeting-file';
import * as signOff from './sign-off';
import type { StepTaken } from './take-step';
import * as actionLog from './action-log';
import * as planning from './plan-meeting';
import * as standingRecords from './standing-records';
import * as teams from './teams';
import * as transcripts from './transcript-keeping';

function showWritten({ meeting, exports = [], ...signOffRecords }: Written): void {
  if (meeting) useMeetingsStore.getState().showStoredStatus(meeting);
  for (const record of exports) useExportsStore.getState().showExport(record);
  const meetingId =
    meeting?.id ??
    signOffRecords.audit?.[0]?.meetingId ??
    signOffRecords.signatures?.[0]?.meetingId;
  if (meetingId) useSignOffStore.getState().showRecords(meetingId, signOffRecords);
}

const app: WorkflowContext = {
  db,
  callMain,
  meetingFile: currentMeetingFile,
  track: trackSave,
  written: showWritten,
  now: () => new Date(),
};

/** A workflow with the app's context given. */
function inApp<A extends unknown[], R>(
  workflow: (context: WorkflowContext, ...args: A) => R,
): (...args: A) => R {
  return (...args) => workflow(app, ...args);
}

export const exportMinutes = inApp(exporting.exportMinutes);
export const saveMeetingFile = inApp(exporting.saveMeetingFile);
export const markCirculated = inApp(signOff.markCirculated);
/**
 * The approval step, and then what approval ends: a Teams transcript kept for drafting these
 * minutes is deleted, on record (transcript-keeping.ts says why). The approval is
 * taken first, so a failure to delete never leaves minutes unapproved.
 */
export async function recordApproval(
  meeting: Pick<Meeting, 'id'>,
  details: signOff.ApprovalDetails,
): Promise<StepTaken> {
  const taken = await signOff.recordApproval(app, meeting, details);
  await transcripts.deleteTranscriptOnApproval(app, meeting, {
    approvedOn: details.approvedOn,
    approvingMeetingDate: details.approving?.date ?? null,
  });
  return taken;
}
export const lockMinutes = inApp(signOff.lockMinutes);
export const reopenMinutes = inApp(signOff.reopenMinutes);
export const signMinutes = inApp(signOff.signMinutes);
export const signBoardDocument = inApp(signOff.signBoardDocument);
export const openMeetingFile = inApp(opening.openMeetingFile);
export const verifyDocument = inApp(checking.verifyDocument);
export const saveVersionFile = inApp(exporting.saveVersionFile);
export const agendaCopiedFrom = inApp(planning.agendaCopiedFrom);
export const itemLabelsOf = inApp(actionLog.itemLabelsOf);
export const exportAttendanceRecord = inApp(standingRecords.exportAttendanceRecord);
export const exportInterestsRegister = inApp(standingRecords.exportInterestsRegister);
export const openReminderDraft = inApp(standingRecords.openReminderDraft);
export const saveInvitation = inApp(teams.saveInvitation);
export const emailAgenda = inApp(teams.emailAgenda);
export const importAttendanceReport = inApp(teams.importAttendanceReport);
export const importTranscript = inApp(teams.importTranscript);
export const redraftTranscript = inApp(teams.redraftTranscript);
export const keepTranscriptIfAllowed = inApp(transcripts.keepIfAllowed);
export const readKeptTranscript = inApp(transcripts.readKept);
export const closeKeptTranscript = inApp(transcripts.closeKept);
export const setKeepingTranscripts = inApp(transcripts.setKeepingTranscripts);

export { canChooseAgain } from './export-minutes';
export { currentMeetingFile } from './current-meeting-file';
export type { ApprovalDetails, SigningChoice } from './sign-off';
export type { ExportAudience, ExportLayout } from './export-minutes';
export type { InvitedPeople } from './teams';
