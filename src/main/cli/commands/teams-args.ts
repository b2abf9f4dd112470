import { isAbsolute, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../../user-error';
import type { CliIo } from '../command';
import { errorMessage } from '@shared/error-message';

/** Usage mistakes exit 2, like an unknown command; a bad file exits 1. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parsed arguments of the Teams commands, or a sentence saying what is wrong with them. */
export function readTeamsArgs<O extends Options>(
  args: string[],
  options: O,
  required: readonly (keyof O & string)[],
  io: CliIo,
): { input: string; values: Record<string, string | boolean | undefined> } | string {
  let positionals: string[];
  let given: Record<string, unknown>;
  try {
    const parsed = parseArgs({ args, allowPositionals: true, options });
    positionals = parsed.positionals;
    given = parsed.values;
  } catch (error) {
    return errorMessage(error);
  }
  if (positionals.length !== 1) return 'Give exactly one input file.';
  for (const name of required)
    if (!given[name]) return `Give --${name} <${name === 'out' ? 'file' : 'meeting.json'}>.`;
  const at = (path: string) => (isAbsolute(path) ? path : resolve(io.cwd, path));
  const values: Record<string, string | boolean | undefined> = {};
  for (const [name, value] of Object.entries(given)) {
    if (typeof value === 'string') values[name] = name === 'sequence' ? value : at(value);
    else if (typeof value === 'boolean') values[name] = value;
  }
  return { input: at(positionals[0] ?? ''), values };
}

/** Runs a command body, turning UserErrors into a message and exit code 1. */
export async function reportingUserErrors(io: CliIo, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr(`${error.message}\n`);
    return EXIT.badInput;
  }
}
