import { extname, resolve } from 'node:path';
import { ARCHIVE_EXTENSION } from './backup/archive-format';

/**
 * Backups the system asked the app to open: double-clicked in the file manager (the path comes on
 * the command line on Windows and Linux, or as macOS's open-file event), or dropped on the app's
 * icon. They wait here until the window asks for them, since the first can arrive before it exists.
 */
export interface OpenedFiles {
  /** Keeps the backups among a command line's arguments, resolved against its working folder. */
  addFromCommandLine: (argv: readonly string[], workingFolder: string) => void;
  add: (path: string) => void;
  /** The oldest backup not yet taken, or null. */
  take: () => string | null;
}

const isBackupPath = (argument: string): boolean =>
  !argument.startsWith('-') && extname(argument).toLowerCase() === `.${ARCHIVE_EXTENSION}`;

export function createOpenedFiles(): OpenedFiles {
  const waiting: string[] = [];
  const add = (path: string) => {
    if (!waiting.includes(path)) waiting.push(path);
  };
  return {
    addFromCommandLine: (argv, workingFolder) => {
      // The executable and, when run unpackaged, the app's folder come first; neither is a backup.
      for (const argument of argv.slice(1))
        if (isBackupPath(argument)) add(resolve(workingFolder, argument));
    },
    add: (path) => {
      if (isBackupPath(path)) add(path);
    },
    take: () => waiting.shift() ?? null,
  };
}
