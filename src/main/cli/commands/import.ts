import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { MeetingFile } from '@shared/model';
import { writeFileAtomic } from '../../files/write-file-atomic';
import { UserError } from '../../user-error';
import { findFiles } from '../../import/find-files';
import { importFile, type ImportResult } from '../../import/import-files';
import type { CliCommand, CliIo } from '../command';
import { importInto } from './import-into';
import { errorMessage } from '@shared/error-message';

const USAGE =
  'import <minutes.md|.txt|.docx> --out <meeting.json> | import <file-or-folder>... --into <backup.minutebook> [--everyone-as-guests] | import <file-or-folder>... --check';

/** 0: imported; 1: a file could not be imported or written; 2: a mistake in the options. */
const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  into: { type: 'string' },
  check: { type: 'boolean' },
  'everyone-as-guests': { type: 'boolean' },
} as const;

function parse(args: string[]) {
  return parseArgs({ args, allowPositionals: true, options: OPTIONS });
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`${message}\n\nUsage: npm run cli -- ${USAGE}\n`);
  return EXIT.usage;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "NHS Python Community Board, 2021-06-21 (Meeting Summary): 10 people, 5 items, next meeting …". */
function summary(meeting: MeetingFile): string {
  const people = count(meeting.attendance.length, 'person', 'people');
  const items = count(meeting.items.length, 'item', 'items');
  const next = meeting.nextMeetingDate ? `, next meeting ${meeting.nextMeetingDate}` : '';
  return `${meeting.board}, ${meeting.date} (${meeting.title}): ${people}, ${items}${next}`;
}

/** One file's outcome: what was recognised, or why it could not be, and any warnings. */
function report(io: CliIo, result: ImportResult, verb: 'Imported' | 'Read'): void {
  if (result.meeting) io.stdout(`${verb} ${result.file}\n  ${summary(result.meeting)}\n`);
  else io.stderr(`Could not import ${result.file}: ${result.error ?? 'unknown problem'}.\n`);
  for (const warning of result.warnings) {
    (result.meeting ? io.stdout : io.stderr)(`  warning: ${warning}\n`);
  }
}

/** The one file --out imports: a file, or a folder holding exactly one importable file. */
async function oneFile(path: string): Promise<{ file: string } | { error: string }> {
  const isFolder = await stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isFolder) return { file: path };
  const found = await findFiles([path]);
  const [only, ...others] = found.files;
  if (only && others.length === 0) return { file: only };
  return {
    error: `${path} is a folder holding ${found.files.length} files of minutes; --out writes one meeting file. Name one file, or use --check to look at them all.`,
  };
}

async function writeOne(path: string, outPath: string, io: CliIo): Promise<number> {
  const chosen = await oneFile(path);
  if ('error' in chosen) return usageError(io, chosen.error);
  if (resolve(chosen.file) === resolve(outPath)) {
    return usageError(io, '--out would write over the minutes themselves: choose another file.');
  }
  const result = await importFile(chosen.file);
  report(io, result, 'Imported');
  if (!result.meeting) return EXIT.failed;
  try {
    await writeFileAtomic(outPath, `${JSON.stringify(result.meeting, null, 2)}\n`);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr(`${error.message}\n`);
    return EXIT.failed;
  }
  io.stdout(`Wrote ${outPath}\n`);
  return EXIT.ok;
}

/** --check: every file read and recognised, nothing written. */
async function checkAll(paths: string[], io: CliIo): Promise<number> {
  const found = await findFiles(paths);
  let failed = found.problems.length;
  for (const { file, error } of found.problems) io.stderr(`Could not import ${file}: ${error}.\n`);
  if (found.files.length === 0 && failed === 0) {
    io.stderr('No files of minutes (.md, .markdown, .txt, .docx) were found.\n');
    return EXIT.failed;
  }
  for (const file of found.files) {
    const result = await importFile(file);
    report(io, result, 'Read');
    if (!result.meeting) failed += 1;
  }
  const total = found.files.length + found.problems.length;
  io.stdout(`${total - failed} of ${total} file(s) can be imported.\n`);
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

async function run(args: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    // parseArgs explains an unknown option or a missing value well: "Unknown option '--colour'".
    return usageError(io, errorMessage(error));
  }
  const { positionals, values } = parsed;
  const at = (path: string) => (isAbsolute(path) ? path : resolve(io.cwd, path));
  if (positionals.length === 0) return usageError(io, 'Give the file of minutes to import.');
  if (values.into !== undefined) {
    if (values.out || values.check)
      return usageError(io, '--into cannot be used with --out or --check.');
    return importInto(positionals.map(at), at(values.into), io, {
      register: values['everyone-as-guests'] ? 'guests' : 'members',
    });
  }
  if (values['everyone-as-guests']) {
    return usageError(io, '--everyone-as-guests is for --into, which creates boards.');
  }
  if (values.check) {
    if (values.out) return usageError(io, '--check writes nothing: leave out --out.');
    return checkAll(positionals.map(at), io);
  }
  if (!values.out) {
    return usageError(io, 'Say where to write the meeting file with --out <meeting.json>.');
  }
  if (positionals.length > 1) {
    return usageError(io, '--out writes one meeting file: give one file of minutes.');
  }
  return writeOne(at(positionals[0] ?? ''), at(values.out), io);
}

export const importCommand: CliCommand = {
  name: 'import',
  summary:
    'Import past minutes (.md, .txt or Word .docx) as a meeting file, or into a backup with --into; --check reads a folder without writing.',
  usage: USAGE,
  run,
};
