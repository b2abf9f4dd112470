import type { MinutesPart } from '@shared/model';
import type { MinuteBookDatabase } from './database';
import { nowStamp } from './ids';
import { emptyMinutes, type MeetingMinutes } from './meeting-minutes';

/** A meeting's minutes; empty ones when nothing has been recorded yet. */
export async function readMinutes(
  db: MinuteBookDatabase,
  meetingId: string,
): Promise<MeetingMinutes> {
  return (await db.minutes.get(meetingId)) ?? emptyMinutes(meetingId, '');
}

/** Several meetings' minutes, by meeting; meetings with none recorded are left out. */
export async function readMinutesOf(
  db: MinuteBookDatabase,
  meetingIds: readonly string[],
): Promise<Map<string, MeetingMinutes>> {
  const found = await db.minutes.bulkGet([...new Set(meetingIds)]);
  return new Map(
    found.filter((minutes) => minutes !== undefined).map((minutes) => [minutes.meetingId, minutes]),
  );
}

export type MinutesChange = (minutes: MeetingMinutes) => MeetingMinutes;

/**
 * Changes a meeting's minutes as stored now, not as a screen last saw them: the read and the
 * write are one transaction, so two changes made at once (notes being typed while an attendee is
 * ticked) both land. Nothing is written for a meeting that no longer exists. The minutes are stamped, so the search catches the change up after a restart.
 */
export async function changeMinutes(
  db: MinuteBookDatabase,
  meetingId: string,
  change: MinutesChange,
): Promise<void> {
  await db.transaction('rw', db.minutes, db.meetings, async () => {
    let minutes = await db.minutes.get(meetingId);
    if (minutes === undefined) {
      // A meeting deleted meanwhile keeps no minutes.
      const meeting = await db.meetings.get(meetingId);
      if (meeting === undefined) return;
      minutes = emptyMinutes(meetingId, meeting.boardId);
    }
    await db.minutes.put({ ...change(minutes), meetingId, updatedAt: nowStamp() });
  });
}

/** The lists a meeting's minutes hold, each of records with ids. */
export type { MinutesPart };

/** `changeMinutes` for one list of the minutes: the change is given the list as stored now. */
export function changeMinutesPart<P extends MinutesPart>(
  db: MinuteBookDatabase,
  meetingId: string,
  part: P,
  change: (list: MeetingMinutes[P]) => MeetingMinutes[P],
): Promise<void> {
  return changeMinutes(db, meetingId, (minutes) => ({ ...minutes, [part]: change(minutes[part]) }));
}

/** The meeting whose minutes hold an item: for notes journalled by a release that did not say. */
export async function meetingOfItem(
  db: MinuteBookDatabase,
  itemId: string,
): Promise<string | undefined> {
  const holding = await db.minutes
    .filter((minutes) => minutes.items.some((item) => item.id === itemId))
    .first();
  return holding?.meetingId;
}
