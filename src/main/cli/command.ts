/** What a command may touch: tests pass their own streams and environment. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** How help names the program: `minute-book`, or `npm run cli --` (the default). */
  program?: string;
}

export interface CliCommand {
  /** The word typed after `minute-book`, e.g. `export-docx`; may contain a space (`identity new`). */
  name: string;
  summary: string;
  usage: string;
  /** Returns the process exit code. Bad input is reported on stderr with a non-zero code, never thrown. */
  run: (args: string[], io: CliIo) => Promise<number>;
}
