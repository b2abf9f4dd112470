import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { meetingFileSchema, type MeetingFile } from '../../shared/model';
import { describeIssues } from '../../shared/model/read-meeting-file';
import { decodeText } from './decode-text';
import { docxToHtml } from './docx-html';
import { findFiles, IMPORTABLE_EXTENSIONS } from './find-files';
import { htmlLines } from './html-lines';
import type { Recognise, RecogniseJob, RecogniseResult } from './isolated-recogniser';
import { boundMarkdownNesting } from '../files/markdown-nesting';
import { docxWithinBounds } from './input-bounds';
import { markdownLines } from './markdown-lines';
import { repairMojibake } from './mojibake';
import { recogniseMinutes } from './recognise-minutes';
import type { SourceLine } from './source-lines';
import { textLines } from './text-lines';
import { errorMessage } from '../../shared/error-message';

/**
 * Imports past minutes: each file read, checked, recognised and validated on its own, so one bad
 * file is reported by name and never stops the others. Nothing here writes anything.
 */

/** Far beyond any real minutes; refusing larger files keeps a wrong choice from eating memory. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface ImportResult {
  file: string;
  meeting?: MeetingFile;
  /** Why the file could not be imported, as a phrase that follows its name. */
  error?: string;
  warnings: string[];
}

export interface ImportOptions {
  maxBytes?: number;
  /**
   * Recognises a file's minutes off this thread (a worker with time and memory limits; see
   * isolated-recogniser.ts). Without it, files are recognised here, as the command line does.
   */
  recognise?: Recognise;
}

/** How a file is read: by marked, line by line, or as mammoth's HTML of a Word document. */
export type ImportKind = 'markdown' | 'text' | 'docx';

function kindOf(path: string): ImportKind | null {
  const extension = extname(path).toLowerCase();
  if (extension === '.md' || extension === '.markdown') return 'markdown';
  if (extension === '.txt') return 'text';
  if (extension === '.docx') return 'docx';
  return null;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function mojibakeWarning(repaired: ReturnType<typeof repairMojibake>): string[] {
  if (repaired.repaired === 0 || !repaired.example) return [];
  const { before, after } = repaired.example;
  return [
    `Mended ${repaired.repaired} character(s) garbled by a wrong text encoding, e.g. “${before}” → “${after}”.`,
  ];
}

/** Pure: minutes as text or mammoth's HTML, to a validated meeting file. */
export function importContent(
  content: string,
  kind: ImportKind,
  fileName: string,
): { meeting?: MeetingFile; error?: string; warnings: string[] } {
  const repaired = repairMojibake(content);
  const warnings = mojibakeWarning(repaired);
  let text = repaired.text;
  if (kind === 'markdown') {
    const bounded = boundMarkdownNesting(text);
    text = bounded.text;
    if (bounded.flattened > 0) {
      warnings.push(
        `Flattened ${bounded.flattened} line(s) nested more deeply than minutes ever are (quotes or lists more than 16 levels deep); no words were left out.`,
      );
    }
  }
  const read: (text: string) => SourceLine[] =
    kind === 'docx' ? htmlLines : kind === 'markdown' ? markdownLines : textLines;
  const recognised = recogniseMinutes(read(text), { fileName });
  warnings.push(...recognised.warnings);
  if (!recognised.ok) return { error: recognised.message, warnings };
  const parsed = meetingFileSchema.safeParse(recognised.meeting);
  if (!parsed.success) {
    // A gap in the recogniser, not in the file: say which fields came out wrong.
    return {
      error: `the minutes were read but do not make a valid meeting file (${describeIssues(parsed.error).join('; ')})`,
      warnings,
    };
  }
  return { meeting: parsed.data, warnings };
}

/**
 * A file's bytes, as read from the disk, to minutes: a Word document checked against the zip and
 * XML bounds and turned into HTML by mammoth, text decoded, then recognised. All of it parses the
 * untrusted file, so in the app it runs in a recognising worker (recognise-worker.ts).
 */
export async function recogniseFile(job: RecogniseJob): Promise<RecogniseResult> {
  let content: string;
  let warnings: string[];
  if (job.kind === 'docx') {
    const outOfBounds = await docxWithinBounds(job.bytes);
    if (outOfBounds !== null) return { error: outOfBounds, warnings: [] };
    const docx = await docxToHtml(job.bytes);
    if (!docx.ok) return { error: docx.message, warnings: [] };
    ({ html: content, warnings } = docx);
  } else {
    const decoded = decodeText(job.bytes);
    if (!decoded.ok) return { error: decoded.message, warnings: [] };
    ({ text: content, warnings } = decoded);
  }
  const imported = importContent(content, job.kind, job.fileName);
  return { ...imported, warnings: [...warnings, ...imported.warnings] };
}

async function readContent(
  path: string,
  maxBytes: number,
): Promise<{ bytes: Uint8Array; sha256: string } | { error: string }> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    return { error: 'Minute Book cannot find this file' };
  }
  if (size > maxBytes) {
    return {
      error: `it is too large (${megabytes(size)}); Minute Book imports files of up to ${megabytes(maxBytes)}`,
    };
  }
  if (size === 0) return { error: 'the file is empty' };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    return { error: 'Minute Book is not allowed to read this file' };
  }
  // The record keeps which exact file it came from.
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { bytes, sha256 };
}

/** A file as read from the disk, ready to be recognised, or why it cannot be. */
type ReadFile =
  | { file: string; kind: ImportKind; bytes: Uint8Array; sha256: string }
  | { file: string; error: string };

async function readFileToImport(path: string, options: ImportOptions): Promise<ReadFile> {
  const kind = kindOf(path);
  if (!kind) {
    return {
      file: path,
      error: `Minute Book imports ${IMPORTABLE_EXTENSIONS.join(', ')} files, not ${extname(path) || 'files without an extension'}`,
    };
  }
  const read = await readContent(path, options.maxBytes ?? MAX_IMPORT_BYTES);
  return 'error' in read ? { file: path, error: read.error } : { file: path, kind, ...read };
}

/**
 * One file's result. A recogniser that fails on a file (a bug, or input beyond what it was built
 * for) fails that file alone, by name, with a plain reason: the rest of the batch is kept.
 */
async function recognised(read: ReadFile, recognise?: Recognise): Promise<ImportResult> {
  if ('error' in read) return { file: read.file, error: read.error, warnings: [] };
  try {
    const job = { bytes: read.bytes, kind: read.kind, fileName: basename(read.file) };
    const imported = recognise ? await recognise(job) : await recogniseFile(job);
    // The record keeps which exact file it came from.
    const meeting = imported.meeting?.source
      ? { ...imported.meeting, source: { ...imported.meeting.source, sha256: read.sha256 } }
      : imported.meeting;
    return {
      file: read.file,
      ...imported,
      ...(meeting ? { meeting } : {}),
      warnings: imported.warnings,
    };
  } catch (error) {
    const tooDeep = error instanceof RangeError;
    return {
      file: read.file,
      error: tooDeep
        ? 'Minute Book could not read it: its layout is nested or repeated far beyond what minutes use'
        : `Minute Book could not read it (${errorMessage(error)})`,
      warnings: [],
    };
  }
}

export async function importFile(path: string, options: ImportOptions = {}): Promise<ImportResult> {
  return recognised(await readFileToImport(path, options), options.recognise);
}

/**
 * Files read from the disk ahead of the one being recognised, and, with workers to recognise them,
 * recognised side by side. Each read is several trips to the disk and back; one file at a time, a
 * 14 KB file waited longer for them than it took to recognise. A few are enough, and few enough
 * that files of up to 20 MB stay within memory.
 */
const FILES_IN_HAND = 8;

type Settled<T> = { value: T } | { failure: unknown };

function settled<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ value }),
    (failure: unknown) => ({ failure }),
  );
}

/**
 * Imports each file, in order, one result each, as importFile would, reading ahead of them. With
 * `options.recognise` (workers), several files are recognised at once, each as soon as it is read;
 * here on this thread, each is recognised once the files before it are.
 */
export async function importFilesInOrder(
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  // Settled, so a read that fails while an earlier file is recognised is not left unhandled.
  const inHand: Promise<Settled<ReadFile>>[] = [];
  const recognising: (Promise<ImportResult | null> | null)[] = [];
  let asked = 0;
  const takeMore = () => {
    for (; inHand.length < FILES_IN_HAND && asked < paths.length; asked += 1) {
      const read = settled(readFileToImport(paths[asked] ?? '', options));
      inHand.push(read);
      // A worker starts on each file as soon as it is read; a failed read is thrown in its turn.
      recognising.push(
        options.recognise
          ? read.then((each) =>
              'value' in each ? recognised(each.value, options.recognise) : null,
            )
          : null,
      );
    }
  };
  takeMore();
  for (let next = inHand.shift(); next !== undefined; next = inHand.shift()) {
    const read = await next;
    const recognisingThis = recognising.shift();
    takeMore();
    if ('failure' in read) throw read.failure;
    results.push((await recognisingThis) ?? (await recognised(read.value, options.recognise)));
  }
  return results;
}

/** Every file named, and every importable file in every folder named, one result each. */
export async function importFiles(
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<{ results: ImportResult[] }> {
  const found = await findFiles(paths);
  const problems: ImportResult[] = found.problems.map(({ file, error }) => ({
    file,
    error,
    warnings: [],
  }));
  return { results: [...problems, ...(await importFilesInOrder(found.files, options))] };
}
