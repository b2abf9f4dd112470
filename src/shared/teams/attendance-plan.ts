import type { IsoDate } from '../model/dates';
import type { ParticipantMatch } from './match-participants';
import { hoursMinutes, minutesBetween, type LocalStamp } from './report-times';

/** Joining within this many minutes of the start is on time; Teams lobbies and links take a moment. */
export const GRACE_MINUTES = 5;

export interface MeetingTimes {
  date: IsoDate;
  /** HH:MM, or '' when the agenda gives none; the report's own times stand in. */
  startTime: string;
  endTime: string;
}

/** An agenda item with the minutes it was allowed, to say during which item someone came or went. */
export interface TimedItem {
  id: string;
  allowanceMinutes: number | null;
}

export interface PlannedAttendance {
  match: ParticipantMatch;
  /** HH:MM local, first join and last leave. */
  joined: string;
  left: string;
  late: boolean;
  leftEarly: boolean;
  /** The item under way when they joined late / left early, by the agenda's allowances. */
  arrivedDuringItemId: string;
  leftAfterItemId: string;
  /** How many times they joined: more than one when they dropped out and came back. */
  joins: number;
}

function atTime(date: IsoDate, time: string): LocalStamp | null {
  return /^\d{2}:\d{2}$/.test(time) ? { date, time: `${time}:00` } : null;
}

/** The item whose allowance covers `minutesIn` minutes after the start; '' past the last. */
function itemAt(items: readonly TimedItem[], minutesIn: number): string {
  let elapsed = 0;
  for (const item of items) {
    if (item.allowanceMinutes === null) return '';
    elapsed += item.allowanceMinutes;
    if (minutesIn < elapsed) return item.id;
  }
  return '';
}

/**
 * When each matched person joined and left, and whether that was late or early against the
 * agenda's times (or, without them, the meeting's own start and end in the report).
 */
export function planAttendance(
  matches: readonly ParticipantMatch[],
  meeting: MeetingTimes,
  reportTimes: { start: LocalStamp | null; end: LocalStamp | null },
  items: readonly TimedItem[] = [],
): PlannedAttendance[] {
  const start = atTime(meeting.date, meeting.startTime) ?? reportTimes.start;
  const end = atTime(meeting.date, meeting.endTime) ?? reportTimes.end;
  return matches.map((match) => {
    const { firstJoin, lastLeave, sessions } = match.participant;
    const late = start ? minutesBetween(start, firstJoin) > GRACE_MINUTES : false;
    const leftEarly = end && lastLeave ? minutesBetween(lastLeave, end) > GRACE_MINUTES : false;
    return {
      match,
      joined: hoursMinutes(firstJoin),
      left: lastLeave ? hoursMinutes(lastLeave) : '',
      late,
      leftEarly,
      arrivedDuringItemId: late && start ? itemAt(items, minutesBetween(start, firstJoin)) : '',
      leftAfterItemId:
        leftEarly && start && lastLeave ? itemAt(items, minutesBetween(start, lastLeave)) : '',
      joins: sessions.length,
    };
  });
}
