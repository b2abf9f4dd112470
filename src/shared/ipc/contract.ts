import type { z } from 'zod';
import type { IpcMethod } from './methods';
import { appInfoSchema, emptyRequestSchema } from './schemas';
import {
  exportMeetingDocxRequestSchema,
  exportMeetingDocxResponseSchema,
  openMeetingFileResponseSchema,
  saveMeetingFileRequestSchema,
  saveMeetingFileResponseSchema,
} from './meeting-file-schemas';
import {
  createIdentityRequestSchema,
  identityResponseSchema,
  importIdentityRequestSchema,
  importIdentityResponseSchema,
  listIdentitiesResponseSchema,
  signDocumentRequestSchema,
  signDocumentResponseSchema,
  verifyDocumentResponseSchema,
} from './signing-schemas';
import {
  listAutomaticBackupsResponseSchema,
  openAutomaticBackupRequestSchema,
  openAutomaticBackupResponseSchema,
  openBackupResponseSchema,
  takeBackupOpenedFromSystemResponseSchema,
  saveBackupRequestSchema,
  saveBackupResponseSchema,
  writeAutomaticBackupRequestSchema,
  writeAutomaticBackupResponseSchema,
} from './backup-schemas';
import {
  chooseImportSourcesRequestSchema,
  chooseImportSourcesResponseSchema,
  closeImportRequestSchema,
  closeImportResponseSchema,
  readImportBatchRequestSchema,
  readImportBatchResponseSchema,
} from './import-schemas';
import {
  exportAttendanceRecordRequestSchema,
  exportAttendanceRecordResponseSchema,
  exportInterestsRegisterRequestSchema,
  exportInterestsRegisterResponseSchema,
  openMailDraftRequestSchema,
  openMailDraftResponseSchema,
} from './records-schemas';
import {
  exportInvitationRequestSchema,
  exportInvitationResponseSchema,
  importAttendanceReportResponseSchema,
  importTranscriptRequestSchema,
  importTranscriptResponseSchema,
  openAgendaEmailRequestSchema,
  openAgendaEmailResponseSchema,
  redraftTranscriptRequestSchema,
  redraftTranscriptResponseSchema,
} from './teams-schemas';
import {
  clearNotesJournalRequestSchema,
  clearNotesJournalResponseSchema,
  journalNotesRequestSchema,
  journalNotesResponseSchema,
  readNotesJournalResponseSchema,
} from './notes-journal-schemas';

interface CallSchemas {
  request: z.ZodType;
  response: z.ZodType;
}

/** The single source of truth for every renderer → main call: handlers, preload and renderer derive from it. */
export const IPC_CONTRACT = {
  getAppInfo: { request: emptyRequestSchema, response: appInfoSchema },
  exportMeetingDocx: {
    request: exportMeetingDocxRequestSchema,
    response: exportMeetingDocxResponseSchema,
  },
  saveMeetingFile: {
    request: saveMeetingFileRequestSchema,
    response: saveMeetingFileResponseSchema,
  },
  openMeetingFile: { request: emptyRequestSchema, response: openMeetingFileResponseSchema },
  listIdentities: { request: emptyRequestSchema, response: listIdentitiesResponseSchema },
  createIdentity: { request: createIdentityRequestSchema, response: identityResponseSchema },
  importIdentity: { request: importIdentityRequestSchema, response: importIdentityResponseSchema },
  signDocument: { request: signDocumentRequestSchema, response: signDocumentResponseSchema },
  verifyDocument: { request: emptyRequestSchema, response: verifyDocumentResponseSchema },
  saveBackup: { request: saveBackupRequestSchema, response: saveBackupResponseSchema },
  openBackup: { request: emptyRequestSchema, response: openBackupResponseSchema },
  listAutomaticBackups: {
    request: emptyRequestSchema,
    response: listAutomaticBackupsResponseSchema,
  },
  openAutomaticBackup: {
    request: openAutomaticBackupRequestSchema,
    response: openAutomaticBackupResponseSchema,
  },
  writeAutomaticBackup: {
    request: writeAutomaticBackupRequestSchema,
    response: writeAutomaticBackupResponseSchema,
  },
  chooseImportSources: {
    request: chooseImportSourcesRequestSchema,
    response: chooseImportSourcesResponseSchema,
  },
  readImportBatch: {
    request: readImportBatchRequestSchema,
    response: readImportBatchResponseSchema,
  },
  closeImport: { request: closeImportRequestSchema, response: closeImportResponseSchema },
  exportAttendanceRecord: {
    request: exportAttendanceRecordRequestSchema,
    response: exportAttendanceRecordResponseSchema,
  },
  exportInterestsRegister: {
    request: exportInterestsRegisterRequestSchema,
    response: exportInterestsRegisterResponseSchema,
  },
  openMailDraft: { request: openMailDraftRequestSchema, response: openMailDraftResponseSchema },
  exportInvitation: {
    request: exportInvitationRequestSchema,
    response: exportInvitationResponseSchema,
  },
  openAgendaEmail: {
    request: openAgendaEmailRequestSchema,
    response: openAgendaEmailResponseSchema,
  },
  importAttendanceReport: {
    request: emptyRequestSchema,
    response: importAttendanceReportResponseSchema,
  },
  importTranscript: {
    request: importTranscriptRequestSchema,
    response: importTranscriptResponseSchema,
  },
  redraftTranscript: {
    request: redraftTranscriptRequestSchema,
    response: redraftTranscriptResponseSchema,
  },
  takeBackupOpenedFromSystem: {
    request: emptyRequestSchema,
    response: takeBackupOpenedFromSystemResponseSchema,
  },
  journalNotes: { request: journalNotesRequestSchema, response: journalNotesResponseSchema },
  clearNotesJournal: {
    request: clearNotesJournalRequestSchema,
    response: clearNotesJournalResponseSchema,
  },
  readNotesJournal: { request: emptyRequestSchema, response: readNotesJournalResponseSchema },
} as const satisfies Record<IpcMethod, CallSchemas>;

export type IpcContract = typeof IPC_CONTRACT;

export type IpcRequest<M extends IpcMethod> = z.input<IpcContract[M]['request']>;
export type ParsedIpcRequest<M extends IpcMethod> = z.output<IpcContract[M]['request']>;
export type IpcResponse<M extends IpcMethod> = z.output<IpcContract[M]['response']>;

export interface IpcFailure {
  /** A stable code the renderer can branch on. */
  code: 'invalid-request' | 'unknown-method' | 'forbidden' | 'user-error' | 'internal';
  /** A sentence a secretary can act on. */
  message: string;
}

/** Errors travel as values: Electron flattens thrown errors into an unreadable "Error invoking remote method". */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcFailure };

/** What the preload exposes on `window.minuteBook`: one named function per method. */
export type MinuteBookBridge = {
  [M in IpcMethod]: (request: IpcRequest<M>) => Promise<IpcResult<IpcResponse<M>>>;
};
