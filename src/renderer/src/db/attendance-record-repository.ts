import type { AttendanceRecord } from '@shared/model';
import type { MinuteBookDatabase } from './database';

/**
 * Every meeting's attendance of a board, by meeting id: what the attendance record counts.
 * Read from the minutes in one pass, so a year of meetings is one query, not one per meeting.
 */
export async function readBoardAttendance(
  db: MinuteBookDatabase,
  boardId: string,
): Promise<Map<string, AttendanceRecord[]>> {
  const byMeeting = new Map<string, AttendanceRecord[]>();
  await db.minutes
    .where('boardId')
    .equals(boardId)
    .each((minutes) => {
      byMeeting.set(minutes.meetingId, minutes.attendance);
    });
  return byMeeting;
}
