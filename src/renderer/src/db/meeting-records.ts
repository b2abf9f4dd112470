import {
  citePreviousMinutes,
  previousMeetingOf,
  type Meeting,
  type MeetingRecords,
} from '@shared/model';
import type { MinuteBookDatabase } from './database';
import { byPosition } from './meeting-minutes';
import { listBoardActions } from './meetings-repository';
import { readMinutes } from './minutes-repository';
import { readSignOff, signOffTables } from './sign-off-repository';

/** The board's meetings in the order the app lists them: by date, then as they were planned. */
function inDateOrder(meetings: Meeting[]): Meeting[] {
  return meetings.sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
  );
}

/**
 * Everything a meeting file is made from, for any meeting of any board, read from the database in
 * one transaction: the board, its register and meetings, the meeting's minutes, the board's action
 * log, and the archive's record of the previous meeting's minutes, cited under "Minutes of the
 * previous meeting". Whatever meeting is open on screen, if any.
 */
export function readMeetingRecords(
  db: MinuteBookDatabase,
  meetingId: string,
): Promise<MeetingRecords> {
  const tables = [db.boards, db.members, db.meetings, db.minutes, ...signOffTables(db)];
  return db.transaction('r', tables, async () => {
    const meeting = await db.meetings.get(meetingId);
    const board = meeting && (await db.boards.get(meeting.boardId));
    if (!meeting || !board) throw new Error('This meeting is no longer in Minute Book.');
    const meetings = inDateOrder(await db.meetings.where('boardId').equals(board.id).toArray());
    const minutes = await readMinutes(db, meetingId);
    const byCreation = <T extends { createdAt: string }>(list: readonly T[]) =>
      [...list].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const previous = previousMeetingOf(meetings, meeting);
    return {
      board,
      meeting,
      members: await db.members.where('boardId').equals(board.id).toArray(),
      meetings,
      items: byPosition(minutes.items),
      attendance: minutes.attendance,
      declarations: byCreation(minutes.declarations),
      decisions: byCreation(minutes.decisions),
      actions: await listBoardActions(db, board.id),
      ...(previous
        ? {
            previousMinutes: citePreviousMinutes({
              previous,
              meetings,
              ...(await readSignOff(db, previous.id)),
            }),
          }
        : {}),
    };
  });
}
