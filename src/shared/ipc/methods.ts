/**
 * The names of the calls the renderer may make to the main process.
 * Kept free of imports so that the sandboxed preload can bundle it without zod.
 */
export const IPC_METHODS = [
  'getAppInfo',
  'exportMeetingDocx',
  'saveMeetingFile',
  'openMeetingFile',
  'listIdentities',
  'createIdentity',
  'importIdentity',
  'signDocument',
  'verifyDocument',
  'saveBackup',
  'openBackup',
  'listAutomaticBackups',
  'openAutomaticBackup',
  'writeAutomaticBackup',
  'chooseImportSources',
  'readImportBatch',
  'closeImport',
  'exportAttendanceRecord',
  'exportInterestsRegister',
  'openMailDraft',
  'exportInvitation',
  'openAgendaEmail',
  'importAttendanceReport',
  'importTranscript',
  'redraftTranscript',
  'takeBackupOpenedFromSystem',
  'journalNotes',
  'clearNotesJournal',
  'readNotesJournal',
] as const;

export type IpcMethod = (typeof IPC_METHODS)[number];

export const IPC_CHANNEL_PREFIX = 'minute-book:';

export function channelFor(method: IpcMethod): string {
  return `${IPC_CHANNEL_PREFIX}${method}`;
}

export function isIpcMethod(value: unknown): value is IpcMethod {
  return typeof value === 'string' && (IPC_METHODS as readonly string[]).includes(value);
}

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'minuteBook';
