import type { IpcResponse, ParsedIpcRequest } from '../../shared/ipc/contract';
import type { IpcMethod } from '../../shared/ipc/methods';
import { getAppInfo } from './app-info';
import {
  listAutomaticBackups,
  openAutomaticBackup,
  openBackup,
  takeBackupOpenedFromSystem,
  saveBackup,
  writeAutomaticBackup,
} from './backups';
import { exportMeetingDocx } from './export-docx';
import { chooseImportSources, closeImport, readImportBatch } from './import-minutes';
import { createImportSessions } from './import-sessions';
import { openMeetingFile, saveMeetingFile } from './meeting-files';
import type { MainPorts } from '../ports';
import { exportAttendanceRecord, exportInterestsRegister, openMailDraft } from './records';
import {
  createIdentity,
  importIdentity,
  listIdentities,
  signDocument,
  verifyDocument,
} from './signing';
import {
  exportInvitation,
  importAttendanceReport,
  importTranscript,
  openAgendaEmail,
  redraftTranscript,
} from './teams';
import { clearNotesJournal, journalNotes, readNotesJournal } from './notes-journal';

export type HandlerMap = {
  [M in IpcMethod]: (request: ParsedIpcRequest<M>) => Promise<IpcResponse<M>> | IpcResponse<M>;
};

/** Every main-process handler, in one map: the app registers it with ipcMain, tests and the CLI call it directly. */
export function createHandlers(ports: MainPorts): HandlerMap {
  const importSessions = createImportSessions();
  return {
    getAppInfo: () => getAppInfo(ports),
    exportMeetingDocx: (request) => exportMeetingDocx(ports, request),
    saveMeetingFile: (request) => saveMeetingFile(ports, request),
    openMeetingFile: () => openMeetingFile(ports),
    listIdentities: () => listIdentities(ports),
    createIdentity: (request) => createIdentity(ports, request),
    importIdentity: (request) => importIdentity(ports, request),
    signDocument: (request) => signDocument(ports, request),
    verifyDocument: () => verifyDocument(ports),
    saveBackup: (request) => saveBackup(ports, request),
    openBackup: () => openBackup(ports),
    listAutomaticBackups: () => listAutomaticBackups(ports),
    openAutomaticBackup: (request) => openAutomaticBackup(ports, request),
    writeAutomaticBackup: (request) => writeAutomaticBackup(ports, request),
    chooseImportSources: (request) => chooseImportSources(ports, importSessions, request),
    readImportBatch: (request) => readImportBatch(importSessions, request, ports.recognise),
    closeImport: (request) => closeImport(importSessions, request),
    exportAttendanceRecord: (request) => exportAttendanceRecord(ports, request),
    exportInterestsRegister: (request) => exportInterestsRegister(ports, request),
    openMailDraft: (request) => openMailDraft(ports, request),
    exportInvitation: (request) => exportInvitation(ports, request),
    openAgendaEmail: (request) => openAgendaEmail(ports, request),
    importAttendanceReport: () => importAttendanceReport(ports),
    importTranscript: (request) => importTranscript(ports, request),
    takeBackupOpenedFromSystem: () => takeBackupOpenedFromSystem(ports),
    journalNotes: (request) => journalNotes(ports, request),
    clearNotesJournal: (request) => clearNotesJournal(ports, request),
    readNotesJournal: () => readNotesJournal(ports),
    redraftTranscript: (request) => redraftTranscript(ports, request),
  };
}
