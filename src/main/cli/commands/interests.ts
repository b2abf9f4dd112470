import { parseArgs } from 'node:util';
import {
  INTEREST_CATEGORY_WORDS,
  formatLongDate,
  isIsoDate,
  registerDocument,
  todayIso,
} from '@shared/model';
import type { CliCommand, CliIo } from '../command';
import { findBoard, readTables } from './board-records-support';
import { errorMessage } from '@shared/error-message';

const USAGE =
  'interests <backup.minutebook> --board <name> [--as-of <YYYY-MM-DD>] [--public] [--json]';

const EXIT = { printed: 0, problem: 2 } as const;

const OPTIONS = {
  board: { type: 'string' },
  'as-of': { type: 'string' },
  public: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

function usageError(io: CliIo, message: string): number {
  io.stderr(`${message}\n\nUsage: npm run cli -- ${USAGE}\n`);
  return EXIT.problem;
}

async function run(args: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return usageError(io, errorMessage(error));
  }
  const { values } = parsed;
  const [file] = parsed.positionals;
  if (file === undefined || parsed.positionals.length > 1)
    return usageError(io, 'Give one backup file.');
  if (values.board === undefined) return usageError(io, 'Say which board with --board <name>.');
  const asOf = values['as-of'] ?? todayIso();
  if (!isIsoDate(asOf)) return usageError(io, `--as-of takes a date as YYYY-MM-DD, not “${asOf}”.`);
  const tables = await readTables(io, file);
  if (tables === null) return EXIT.problem;
  const board = findBoard(tables, values.board);
  if (typeof board === 'string') return usageError(io, board);
  const register = registerDocument(
    board.name,
    tables.members.filter((member) => member.boardId === board.id),
    tables.interests.filter((interest) => interest.boardId === board.id),
    tables.interestConfirmations.filter((each) => each.boardId === board.id),
    asOf,
    values.public ? 'public' : 'internal',
  );
  if (values.json) {
    io.stdout(`${JSON.stringify(register, null, 2)}\n`);
    return EXIT.printed;
  }
  io.stdout(`${register.board}: register of interests as at ${formatLongDate(asOf)}\n`);
  if (values.public) io.stdout('Published version: entries not for publication are left out.\n');
  if (register.members.length === 0) io.stdout('\nNo member is in office on this date.\n');
  for (const member of register.members) {
    const confirmed =
      member.confirmedOn === ''
        ? 'not yet confirmed'
        : `${member.nilReturn ? 'nil return' : 'confirmed'} ${formatLongDate(member.confirmedOn)}`;
    io.stdout(`\n${member.name} (${member.role}) – ${confirmed}\n`);
    if (member.entries.length === 0)
      io.stdout(values.public ? '  No interests to publish.\n' : '  No interests declared.\n');
    for (const entry of member.entries) {
      const ended = entry.endedOn ? `, ended ${formatLongDate(entry.endedOn)}` : '';
      const withheld = !values.public && !entry.publish ? ' [not for publication]' : '';
      const organisation = entry.organisation ? ` (${entry.organisation})` : '';
      io.stdout(
        `  ${INTEREST_CATEGORY_WORDS[entry.category]}: ${entry.description}${organisation}, declared ${formatLongDate(entry.declaredOn)}${ended}${withheld}\n`,
      );
    }
  }
  return EXIT.printed;
}

export const interestsCommand: CliCommand = {
  name: 'interests',
  summary: 'The register of interests of a board in a backup, in full or as published.',
  usage: USAGE,
  run,
};
