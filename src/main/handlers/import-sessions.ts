import { randomUUID } from 'node:crypto';

/** One choice of files to import: every file found, in order, and any that could not be looked at. */
export interface ImportSession {
  /** The folder chosen, or the folder of the files chosen, so files are shown by where they sit in it. */
  root: string;
  entries: ReadonlyArray<{ path: string; error?: string }>;
}

/**
 * The files the user chose to import, by random token, for this run of the app: the renderer asks
 * for them by token and position and so never sends a path.
 */
export interface ImportSessions {
  open: (session: ImportSession) => string;
  get: (token: string) => ImportSession | undefined;
  close: (token: string) => boolean;
}

export function createImportSessions(): ImportSessions {
  const sessions = new Map<string, ImportSession>();
  return {
    open: (session) => {
      const token = randomUUID();
      sessions.set(token, session);
      return token;
    },
    get: (token) => sessions.get(token),
    close: (token) => sessions.delete(token),
  };
}
