import type { ReadBackup } from './backup/isolated-backup-reader';
import type { Recognise } from './import/isolated-recogniser';
import type { VerifySignatures } from './signing/isolated-verifier';
import type { DraftTranscripts } from './teams/transcript-job';
/**
 * What handlers need from the outside world. Electron supplies these in the app;
 * tests and the command line supply plain Node versions, so handlers never import electron.
 */
export interface MainPorts {
  appName: string;
  appVersion: string;
  /** The folder that holds the user's data (Electron's userData in the app, a temp folder in tests). */
  dataFolder: string;
  runtime: string;
  platform: string;
  /** Asks where to save a file; null when the user cancels. The app shows the system's save dialog. */
  chooseSavePath: (options: SaveDialogOptions) => Promise<string | null>;
  /** Asks which file to open; null when the user cancels. */
  chooseOpenPath: (options: OpenDialogOptions) => Promise<string | null>;
  /** Asks which past minutes to import: several files, or one folder; null when the user cancels. */
  chooseImportSources: (options: ImportSourcesOptions) => Promise<string[] | null>;
  /** Encrypts signing keys at rest: the system key store in the app, a fake in tests. */
  keyProtection: KeyProtection;
  /** Files this process wrote (exports), which the renderer may name only by token. */
  exportedFiles: ExportedFiles;
  /** The clock, so tests can say which day it is; the app uses the system's. */
  now?: () => Date;
  /**
   * Recognises imported minutes in a worker thread with time and memory limits (the app); absent,
   * they are recognised in this process (tests, the command line).
   */
  recognise?: Recognise;
  /** Opens a mailto: draft in the system's mail program (Electron's shell.openExternal); absent where there is none. */
  openMailDraft?: (mailtoUrl: string) => Promise<void>;
  /** The next backup the system asked the app to open (file manager, command line); null if none. */
  takeOpenedFile?: () => string | null;
  /**
   * Verifies an untrusted document's signatures in a worker thread with time and memory limits
   * (the app); absent, they are verified in this process (tests).
   */
  verifySignatures?: VerifySignatures;
  /**
   * Parses and drafts a Teams transcript in a worker thread with time and memory limits (the app);
   * absent, in this process (tests, the command line).
   */
  draftTranscripts?: DraftTranscripts;
  /**
   * Reads and checks a backup to restore in a worker thread with time and memory limits (the
   * app); absent, in this process (tests, the command line).
   */
  readBackup?: ReadBackup;
}

/**
 * Encryption of private keys at rest. `os`: the operating system's key store (Electron safeStorage,
 * asynchronous API). `passphrase`: there is none (Linux `basic_text`), so encrypt/decrypt must not
 * be used and keys are wrapped with the user's passphrase instead.
 */
export interface KeyProtection {
  backend: 'os' | 'passphrase';
  encrypt: (text: string) => Promise<Buffer>;
  decrypt: (data: Buffer) => Promise<string>;
}

/** Paths of files the main process wrote, by random token, so a later call can use one without the renderer sending a path. */
export interface ExportedFiles {
  /** Remembers a written file and returns its token. */
  register: (path: string) => string;
  resolve: (token: string) => string | undefined;
}

export interface FileTypeFilter {
  /** What the user sees, e.g. "Word document". */
  name: string;
  /** Without the dot: `['docx']`. */
  extensions: string[];
}

export interface SaveDialogOptions {
  title: string;
  /** The name offered in the dialog; the app chooses the folder (the last one used, else Documents). */
  defaultFileName: string;
  filters: FileTypeFilter[];
}

export interface OpenDialogOptions {
  title: string;
  filters: FileTypeFilter[];
}

export interface ImportSourcesOptions {
  title: string;
  /** `files`: one or more files; `folder`: one folder, whose files are all read. */
  kind: 'files' | 'folder';
  /** For `files` only. */
  filters: FileTypeFilter[];
}
