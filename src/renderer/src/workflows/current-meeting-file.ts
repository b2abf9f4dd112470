import { toMeetingFile, type Board, type Meeting, type MeetingFileInput } from '@shared/model';
import { db } from '../db/instance';
import { readMeetingRecords } from '../db/meeting-records';
import { notesWriter } from '../stores';

/**
 * Any meeting as a meeting file, read from the database, with every keystroke typed so far written
 * first, so the file holds exactly what the secretary sees. The board is the meeting's own.
 */
export async function currentMeetingFile(
  _board: Board,
  meeting: Pick<Meeting, 'id'>,
): Promise<MeetingFileInput> {
  await notesWriter.flush();
  return toMeetingFile(await readMeetingRecords(db, meeting.id));
}
