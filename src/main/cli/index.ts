import { COMMANDS } from './commands';
import { DEV_PROGRAM, runCli } from './run-cli';

const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  env: process.env,
  // npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
  cwd: process.env['INIT_CWD'] ?? process.cwd(),
  // `npm run cli` in a checkout; otherwise the bundled `minute-book` bin (out/cli/minute-book.cjs).
  program: process.env['npm_lifecycle_event'] === 'cli' ? DEV_PROGRAM : 'minute-book',
};

void runCli(COMMANDS, process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
