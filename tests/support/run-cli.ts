import type { CliIo } from '../../src/main/cli/command';
import { COMMANDS } from '../../src/main/cli/commands';
import { runCli } from '../../src/main/cli/run-cli';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in-process, as `npm run cli -- …` would from `cwd`, capturing its output. */
export async function cli(
  args: string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
    cwd,
  };
  const code = await runCli(COMMANDS, args, io);
  return { code, stdout, stderr };
}
