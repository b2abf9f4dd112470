import { basename, dirname } from 'node:path';
import { UserError } from '../user-error';

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/**
 * Turns a failed write into a sentence the secretary can act on: the app offers to choose another
 * folder, so each message says what went wrong with this one. Errors that no choice of folder can
 * mend are passed on as they are, to be logged rather than shown.
 */
export function writeFailure(error: unknown, target: string, step: 'write' | 'replace'): Error {
  const folder = dirname(target);
  const name = basename(target);
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      // Windows refuses to replace a file that Word has open, with EPERM or EBUSY.
      return step === 'replace'
        ? new UserError(
            `Minute Book cannot replace ${name}: it may be open in another program. Close it, or choose another name or folder.`,
          )
        : new UserError(`Minute Book cannot write to ${folder}. Choose another folder.`);
    case 'EROFS':
      return new UserError(`${folder} is read-only. Choose another folder.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new UserError(
        `The disk is full: ${name} was not saved. Free some space or choose another folder.`,
      );
    case 'ENOENT':
      return new UserError(`The folder ${folder} does not exist. Choose another folder.`);
    case 'ENOTDIR':
      return new UserError(`${folder} is not a folder. Choose another folder.`);
    case 'EISDIR':
      return new UserError(`${target} is a folder. Choose another name.`);
    case 'ENAMETOOLONG':
      return new UserError(`The name ${name} is too long for this disk. Choose a shorter name.`);
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}

/** The same for reading a file the secretary chose. */
export function readFailure(error: unknown, source: string): Error {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new UserError(`Minute Book cannot find ${source}.`);
    case 'EACCES':
    case 'EPERM':
      return new UserError(`Minute Book is not allowed to read ${source}.`);
    case 'EISDIR':
      return new UserError(`${source} is a folder, not a file. Choose a file.`);
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}
