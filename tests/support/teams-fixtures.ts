import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readMeetingFile } from '../../src/shared/model/read-meeting-file';
import type { MeetingFile } from '../../src/shared/model';

/** Sample Teams files of the example board's meeting of 27 July 2021, in the formats Teams writes. */
export const TEAMS_FIXTURES = resolve(__dirname, '../fixtures/teams');
export const teamsFixture = (name: string) => resolve(TEAMS_FIXTURES, name);

export const PLANNED_MEETING_PATH = teamsFixture(
  'nhs-python-board-2021-07-27.planned.meeting.json',
);

export function plannedMeeting(): MeetingFile {
  const result = readMeetingFile(readFileSync(PLANNED_MEETING_PATH, 'utf8'));
  if (!result.ok) throw new Error(result.message);
  return result.meeting;
}
