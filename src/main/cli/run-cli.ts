import type { CliCommand, CliIo } from './command';
import { errorMessage } from '../../shared/error-message';

/** How the command line was typed: the `minute-book` bin, or `npm run cli --` in a checkout. */
export const DEV_PROGRAM = 'npm run cli --';

export function helpText(commands: readonly CliCommand[], program = DEV_PROGRAM): string {
  const width = Math.max(0, ...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    "Minute Book command line: the app's own import, export, signing, verification and search, without the window.",
    '',
    `Usage: ${program} <command> [options]`,
    '',
    'Commands:',
    ...(lines.length > 0 ? lines : ['  (none yet)']),
    '',
    `Run \`${program} <command> --help\` for a command's options.`,
    '',
  ].join('\n');
}

/** Finds the command whose name matches the longest run of leading words (`identity new` before `identity`). */
function findCommand(
  commands: readonly CliCommand[],
  argv: string[],
): { command: CliCommand; rest: string[] } | null {
  let best: { command: CliCommand; rest: string[] } | null = null;
  for (const command of commands) {
    const words = command.name.split(' ');
    if (
      words.every((word, index) => argv[index] === word) &&
      (!best || words.length > best.command.name.split(' ').length)
    ) {
      best = { command, rest: argv.slice(words.length) };
    }
  }
  return best;
}

export async function runCli(
  commands: readonly CliCommand[],
  argv: string[],
  io: CliIo,
): Promise<number> {
  const program = io.program ?? DEV_PROGRAM;
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout(helpText(commands, program));
    return argv.length === 0 ? 1 : 0;
  }
  const found = findCommand(commands, argv);
  if (!found) {
    io.stderr(`Unknown command: ${argv.join(' ')}\n\n${helpText(commands, program)}`);
    return 2;
  }
  if (found.rest.includes('--help') || found.rest.includes('-h')) {
    io.stdout(`${found.command.summary}\n\nUsage: ${program} ${found.command.usage}\n`);
    return 0;
  }
  try {
    return await found.command.run(found.rest, io);
  } catch (error) {
    io.stderr(`${found.command.name} failed: ${errorMessage(error)}\n`);
    return 2;
  }
}
