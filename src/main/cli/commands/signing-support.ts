import { isAbsolute, resolve } from 'node:path';
import type { CliIo } from '../command';

export const PASSPHRASE_VARIABLE = 'MINUTE_BOOK_PASSPHRASE';

/** Paths on the command line are relative to where the user typed the command. */
export function pathFrom(io: CliIo, path: string): string {
  return isAbsolute(path) ? path : resolve(io.cwd, path);
}

/**
 * The .p12 passphrase comes from the environment, not an argument, so it stays out of the shell
 * history and the process list.
 */
export function passphraseFrom(io: CliIo, what: string): string | { error: string } {
  const passphrase = io.env[PASSPHRASE_VARIABLE];
  if (passphrase === undefined || passphrase === '') {
    return {
      error: `Set the passphrase ${what} in the ${PASSPHRASE_VARIABLE} environment variable, e.g.\n  ${PASSPHRASE_VARIABLE}='…' npm run cli -- …`,
    };
  }
  return passphrase;
}

/** "Alice Chair (Chair, NHS Python Community)" */
export function describePerson(person: {
  name: string;
  role: string;
  organisation: string;
}): string {
  const about = [person.role, person.organisation].filter(Boolean).join(', ');
  return about ? `${person.name} (${about})` : person.name;
}
