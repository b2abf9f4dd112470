import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DOCX_AUDIENCES, DOCX_LAYOUTS } from '@shared/ipc/meeting-file-schemas';
import { renderMeetingDocx } from '../../export/pack';
import { isApproved } from '../../export/wording';
import { loadMeetingFile } from '../../files/read-meeting-file';
import { sha256Hex } from '../../files/sha256';
import { writeFileAtomic } from '../../files/write-file-atomic';
import { UserError } from '../../user-error';
import type { CliCommand, CliIo } from '../command';
import { errorMessage } from '@shared/error-message';

const USAGE =
  'export-docx <meeting.json> --out <file.docx> [--layout summary|formal] [--audience internal|public] [--hand-signature]';

/** Usage mistakes exit 2, like an unknown command; a bad file or folder exits 1. */
const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

/** The value given for an option that takes one of a few words, the first by default. */
function choice<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | { error: string } {
  const found = allowed.find((word) => word === (value ?? allowed[0]));
  return found ?? { error: `--${name} must be one of ${allowed.join(', ')}, not "${value}".` };
}

interface ExportArgs {
  meetingPath: string;
  outPath: string;
  layout: (typeof DOCX_LAYOUTS)[number];
  audience: (typeof DOCX_AUDIENCES)[number];
  /** A copy of approved minutes printed for the Chair to sign in ink. */
  handSignature: boolean;
}

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  layout: { type: 'string' },
  audience: { type: 'string' },
  'hand-signature': { type: 'boolean' },
} as const;

function parse(args: string[]) {
  return parseArgs({ args, allowPositionals: true, options: OPTIONS });
}

/** The arguments, or a sentence saying what is wrong with them. */
function readArgs(args: string[], io: CliIo): ExportArgs | string {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    // parseArgs explains an unknown option or a missing value well: "Unknown option '--colour'".
    return errorMessage(error);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) return 'Give exactly one meeting file.';
  if (!values.out) return 'Say where to write the document with --out <file.docx>.';
  const layout = choice('layout', values.layout, DOCX_LAYOUTS);
  if (typeof layout !== 'string') return layout.error;
  const audience = choice('audience', values.audience, DOCX_AUDIENCES);
  if (typeof audience !== 'string') return audience.error;
  const at = (path: string) => (isAbsolute(path) ? path : resolve(io.cwd, path));
  return {
    meetingPath: at(positionals[0] ?? ''),
    outPath: at(values.out),
    layout,
    audience,
    handSignature: values['hand-signature'] ?? false,
  };
}

async function run(args: string[], io: CliIo): Promise<number> {
  const options = readArgs(args, io);
  if (typeof options === 'string') {
    io.stderr(`${options}\n\nUsage: npm run cli -- ${USAGE}\n`);
    return EXIT.usage;
  }
  try {
    const meeting = await loadMeetingFile(options.meetingPath);
    const bytes = await renderMeetingDocx(meeting, options);
    if (options.handSignature && !isApproved(meeting.status)) {
      io.stderr('The minutes are not approved yet, so the copy has no line to sign on.\n');
    }
    await writeFileAtomic(options.outPath, bytes);
    io.stdout(
      `Wrote ${options.outPath}\n  layout ${options.layout}, audience ${options.audience}\n  sha256 ${sha256Hex(bytes)}\n`,
    );
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr(`${error.message}\n`);
    return EXIT.badInput;
  }
}

export const exportDocxCommand: CliCommand = {
  name: 'export-docx',
  summary:
    'Build the Word document (.docx) of a meeting file, as "Export to Word" does in the app.',
  usage: USAGE,
  run,
};
