import { findDate } from './dates';

/**
 * Reads the lines at the top of old minutes: "21st June 2021 | Meeting Summary",
 * "Minutes of the Quality Committee meeting held on Tuesday 14 March 2024", "Date: 14/03/2024",
 * "Next board meeting date: 27th July 2021". Pure.
 */

export interface DateLine {
  date: string;
  /** "Meeting Summary", "Minutes": what the record is called, if the line says. */
  title: string;
  /** The board, when the line names it ("Minutes of the Quality Committee meeting held on …"). */
  board: string;
  /** "at 14:00", "14:00 – 15:30": HH:MM, or "" when the line gives none. */
  startTime: string;
  endTime: string;
}

/** "14:00", "2.30pm", "4pm": a bare number is not a time, so minutes or am/pm are required. */
const TIME = /\b([01]?\d|2[0-3])(?:[:.]([0-5]\d))?(?:\s*(am|pm)\b)?/gi;

function isTime(match: RegExpMatchArray): boolean {
  return match[2] !== undefined || match[3] !== undefined;
}

/** The times written in the line (after its date is taken out, so "21.06" is not a time). */
function timesIn(text: string): string[] {
  return [...text.matchAll(TIME)].filter(isTime).map((match) => {
    let hours = Number(match[1]);
    const suffix = (match[3] ?? '').toLowerCase();
    if (suffix === 'pm' && hours < 12) hours += 12;
    if (suffix === 'am' && hours === 12) hours = 0;
    return `${String(hours).padStart(2, '0')}:${match[2] ?? '00'}`;
  });
}

/** Times are taken out before the words are read, so "at 14:00" does not become the title. */
function withoutTimes(text: string): string {
  const bare = text.replace(
    TIME,
    (whole: string, _hours: string, minutes?: string, suffix?: string) =>
      minutes !== undefined || suffix !== undefined ? ' @time ' : whole,
  );
  return bare
    .replace(/\b(at|from)\s+@time\b/gi, '@time')
    .replace(/@time\s*(?:-|–|—|to|until)\s*@time/gi, '@time')
    .replace(/@time/g, ' ');
}

const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b,?/gi;
const MINUTES_OF =
  /^(minutes|notes|summary|record)\s+of\s+(?:the\s+)?(.*?)\s*(?:meeting\s*)?(?:held\s*)?(?:on\s*)?$/i;

function clean(text: string): string {
  return text
    .replace(WEEKDAY, ' ')
    .replace(/^\s*(date|meeting date|held on|on)\s*:?\s*/i, '')
    .replace(/^[\s,:;|–—-]+|[\s,:;|–—-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The date of the meeting and what surrounds it, or null when the line has no date. */
export function readDateLine(text: string): DateLine | null {
  const found = findDate(text);
  if (!found) return null;
  const [startTime = '', endTime = ''] = timesIn(
    text.slice(0, found.index) + ' ' + text.slice(found.index + found.length),
  );
  const times = { startTime, endTime };
  const before = clean(withoutTimes(text.slice(0, found.index)));
  const after = clean(withoutTimes(text.slice(found.index + found.length)));
  const minutesOf = MINUTES_OF.exec(before);
  if (minutesOf) {
    const board = clean(minutesOf[2] ?? '').replace(/\s+meeting$/i, '');
    const title = (minutesOf[1] ?? 'Minutes').replace(/^./, (first) => first.toUpperCase());
    const named = /^(the\s+)?(board\s+)?$/i.test(board) ? '' : board;
    return { date: found.date, title, board: named, ...times };
  }
  // "21st June 2021 | Meeting Summary": the words on either side of the date name the record.
  const words = [after, before].find((part) => /\p{L}{2,}/u.test(part));
  return { date: found.date, title: words ?? '', board: '', ...times };
}

const NEXT_MEETING =
  /^(?:date\s+of\s+(?:the\s+)?next\s+(?:\w+\s+)?meeting|next\s+(?:\w+\s+)?meeting(?:\s+date)?|next\s+meeting)\b(.*)$/i;

/** "Next board meeting date: 27th July 2021" → 2021-07-27; null for any other line. */
export function readNextMeeting(text: string): string | null {
  const match = NEXT_MEETING.exec(text.trim());
  if (!match) return null;
  return findDate(match[1] ?? '')?.date ?? null;
}

/** "Venue: Board Room" or "Location: MS Teams". */
export function readLocation(text: string): string | null {
  const match = /^(?:venue|location|place|where)\s*:\s*(.+)$/i.exec(text.trim());
  return match ? (match[1] ?? '').trim() : null;
}

/** "Time: 14:00 – 15:30" on a line of its own. */
export function readTimeLine(text: string): { startTime: string; endTime: string } | null {
  const match = /^times?\s*:\s*(.+)$/i.exec(text.trim());
  const [startTime, endTime = ''] = match ? timesIn(match[1] ?? '') : [];
  return startTime ? { startTime, endTime } : null;
}
