import { readFile, stat } from 'node:fs/promises';
import { readMeetingFile } from '../../shared/model/read-meeting-file';
import type { MeetingFile } from '../../shared/model';
import { UserError } from '../user-error';
import { readFailure } from './file-errors';

/** Far beyond any real meeting; refusing larger files keeps a wrong choice from eating memory. */
export const MAX_MEETING_FILE_BYTES = 20 * 1024 * 1024;

/** Reads and checks a meeting file from disk; every failure is a UserError naming the file. */
export async function loadMeetingFile(path: string): Promise<MeetingFile> {
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > MAX_MEETING_FILE_BYTES) {
      throw new UserError(`${path} is too large to be a meeting file.`);
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw readFailure(error, path);
  }
  const result = readMeetingFile(text);
  if (!result.ok) throw new UserError(`${path}: ${result.message}`);
  return result.meeting;
}
