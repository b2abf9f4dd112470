import type { z } from 'zod';
import {
  MEETING_FILE_FORMAT,
  MEETING_FILE_VERSION,
  meetingFileSchema,
  type MeetingFile,
} from './meeting-file';

export type MeetingFileProblem = 'not-json' | 'wrong-format' | 'newer-version' | 'invalid';

export type ReadMeetingFileResult =
  | { ok: true; meeting: MeetingFile }
  | {
      ok: false;
      problem: MeetingFileProblem;
      /** One or more sentences fit to show as they are. */
      message: string;
      /** For `invalid`: one line per bad field, e.g. `items[1].title: Every agenda item needs a title`. */
      issues: string[];
    };

function failure(
  problem: MeetingFileProblem,
  message: string,
  issues: string[] = [],
): ReadMeetingFileResult {
  return { ok: false, problem, message, issues };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `items[1].title`: the path a person editing the JSON by hand would follow. */
function fieldPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? '(the whole file)' : text;
}

export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
}

/**
 * Reads the text of a meeting file (docs/meeting-file.md). Never throws: the app, the command
 * line and importers each show the message their own way. The format and version are checked
 * before the fields, so a file from a newer Minute Book says so rather than listing fields.
 */
export function readMeetingFile(text: string): ReadMeetingFileResult {
  let data: unknown;
  try {
    // Windows editors like to start a UTF-8 file with a byte-order mark, which JSON.parse refuses.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return failure(
      'not-json',
      `This is not a Minute Book meeting file: it is not valid JSON${detail}.`,
    );
  }
  if (!isRecord(data) || data['format'] !== MEETING_FILE_FORMAT) {
    return failure(
      'wrong-format',
      `This is not a Minute Book meeting file: it does not say "format": "${MEETING_FILE_FORMAT}".`,
    );
  }
  const version = data['version'];
  if (typeof version === 'number' && version > MEETING_FILE_VERSION) {
    return failure(
      'newer-version',
      `This meeting file is version ${version}, written by a newer Minute Book; this one reads version ${MEETING_FILE_VERSION}. Update Minute Book to open it.`,
    );
  }
  if (version !== MEETING_FILE_VERSION) {
    return failure(
      'wrong-format',
      `This meeting file has an unknown version (${JSON.stringify(version) ?? 'none'}); Minute Book reads version ${MEETING_FILE_VERSION}.`,
    );
  }
  const parsed = meetingFileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error);
    const count = issues.length === 1 ? 'a problem' : `${issues.length} problems`;
    return failure(
      'invalid',
      `The meeting file has ${count}:\n${issues.map((issue) => `- ${issue}`).join('\n')}`,
      issues,
    );
  }
  return { ok: true, meeting: parsed.data };
}
