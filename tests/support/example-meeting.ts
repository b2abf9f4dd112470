import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { meetingFileSchema, type MeetingFile, type MeetingFileInput } from '../../src/shared/model';
import { readMeetingFile } from '../../src/shared/model/read-meeting-file';

export const EXAMPLE_MEETING_PATH = join(
  __dirname,
  '../fixtures/nhs-python-board-2021-06-21.meeting.json',
);

/** The board's real meeting summary as a meeting file (tests/fixtures), read as the app reads it. */
export function exampleMeeting(): MeetingFile {
  const result = readMeetingFile(readFileSync(EXAMPLE_MEETING_PATH, 'utf8'));
  if (!result.ok) throw new Error(result.message);
  return result.meeting;
}

/** A meeting built from a few fields, every other field at its default. */
export function meeting(fields: Partial<MeetingFileInput> = {}): MeetingFile {
  return meetingFileSchema.parse({
    format: 'minute-book.meeting',
    version: 1,
    board: 'Quality Committee',
    date: '2024-03-14',
    ...fields,
  });
}
