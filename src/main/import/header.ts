import { findDate } from '../../shared/model';

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
  /** "Held in private", "Part 2": 'private'; "Held in public": 'public'; '' when not said. */
  visibility: Visibility;
  /** "Seminar Room 2, Riverside House and MS Teams", "in the Board Room": '' when not said. */
  location: string;
}

export type Visibility = 'public' | 'private' | '';

/** "Held in private", "Private meeting", "Part 2", "Confidential session"; "Held in public", "Part 1". */
export function readVisibility(text: string): Visibility {
  const words = text.trim().replace(/[.:]$/, '');
  if (
    /^(?:meeting\s+)?held\s+in\s+private$|^(?:a\s+)?private(?:\s+(?:meeting|session|board|business))?$|^part\s*(?:2|ii|two|b)(?:\s*[–—:-].*)?$|^in\s+private$|^confidential\s+(?:meeting|session)$|^closed\s+session$/i.test(
      words,
    )
  ) {
    return 'private';
  }
  if (
    /^(?:meeting\s+)?held\s+in\s+public$|^(?:a\s+)?public(?:\s+(?:meeting|session|board))?$|^part\s*(?:1|i|one|a)$|^in\s+public$/i.test(
      words,
    )
  ) {
    return 'public';
  }
  return '';
}

/** A segment that names what the record is: "Minutes", "Meeting Summary", "Notes of the meeting". */
const RECORD_NAME =
  /^(?:draft\s+|approved\s+|unconfirmed\s+|confirmed\s+)?(?:(?:board|committee|meeting)\s+)?(?:minutes|summary|notes|record|meeting\s+summary|meeting\s+notes|action\s+notes)(?:\s+of\s+(?:the\s+)?meeting)?$/i;

/**
 * The kind of meeting, which the record's title then names, as minutes head it and as the formal
 * export prints it ("Minutes of the Extraordinary Meeting held on …"): "Extraordinary meeting",
 * "Annual General Meeting", "EGM", "Special meeting".
 */
const MEETING_KIND =
  /^(?:(?:extraordinary|special|emergency|inaugural|annual|extraordinary\s+general|annual\s+general)\s+(?:board\s+|committee\s+)?meeting|agm|egm)$/i;
const KIND_NAMES: Record<string, string> = {
  agm: 'Annual General Meeting',
  egm: 'Extraordinary General Meeting',
};

function meetingKind(words: string): string {
  if (!MEETING_KIND.test(words)) return '';
  return KIND_NAMES[words.toLowerCase()] ?? capitalised(words);
}

/** "extraordinary meeting" → "Extraordinary Meeting": the kind is named as a title. */
function capitalised(words: string): string {
  return words.toLowerCase().replace(/(^|\s)\p{L}/gu, (first) => first.toUpperCase());
}

/**
 * "Extraordinary Meeting of the Quality Committee", "Annual General Meeting of the Trust": the
 * kind of meeting in front of the board's name.
 */
const KIND_OF_BOARD =
  /^((?:extraordinary|special|emergency|inaugural|annual)(?:\s+general)?)\s+(?:meeting\s+of\s+(?:the\s+)?)?(\S.*)$/i;

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

/** "in the Board Room, Trust HQ", "via MS Teams", "at Riverside House": the place, without its preposition. */
function placeAfter(text: string): string {
  const match = /^(?:in|at|via|on|by)\s+(?:the\s+)?(\S.*)$/i.exec(text.trim());
  return match ? (match[1] ?? '').replace(/\s*\.$/, '').trim() : '';
}

/**
 * "14th March 2024 | Minutes | Held in private | Seminar Room 2, Riverside House | 14:00–16:00":
 * each segment is read for what it is, whatever the order.
 */
function readSegments(text: string): DateLine | null {
  const segments = text
    .split(/\s*\|\s*|\s+[·•]\s+/)
    .map((segment) => segment.trim())
    .filter(Boolean);
  const line: DateLine = {
    date: '',
    title: '',
    board: '',
    startTime: '',
    endTime: '',
    visibility: '',
    location: '',
  };
  const places: string[] = [];
  for (const segment of segments) {
    const found = !line.date ? findDate(segment) : null;
    const rest = found
      ? clean(
          withoutTimes(
            segment.slice(0, found.index) + ' ' + segment.slice(found.index + found.length),
          ),
        )
      : segment;
    if (found) line.date = found.date;
    const times = timesIn(found ? segment.slice(found.index + found.length) : segment);
    if (times.length > 0 && !line.startTime) {
      line.startTime = times[0] ?? '';
      line.endTime = times[1] ?? '';
    }
    const words = clean(withoutTimes(rest)).replace(/^times?\s*:?\s*/i, '');
    if (!/\p{L}{2,}/u.test(words)) continue;
    const visibility = readVisibility(words);
    const kind = meetingKind(words);
    if (visibility) line.visibility = visibility;
    // The kind of meeting says more than "Minutes", which every record is.
    else if (kind && (!line.title || RECORD_NAME.test(line.title))) line.title = kind;
    else if (RECORD_NAME.test(words) && !line.title) line.title = titleCase(words);
    else places.push(readLocation(words) ?? (placeAfter(words) || words));
  }
  if (!line.date) return null;
  line.location = places.join(', ');
  return line;
}

/** "MINUTES" in capitals reads as "Minutes"; "Meeting Summary" stays as written. */
function titleCase(words: string): string {
  if (words !== words.toUpperCase()) return words;
  return words.toLowerCase().replace(/(^|\s)\p{L}/gu, (first) => first.toUpperCase());
}

/** The date of the meeting and what surrounds it, or null when the line has no date. */
export function readDateLine(written: string): DateLine | null {
  if (/\|/.test(written)) return readSegments(written);
  // "… meeting held in public on …": said of the meeting, and not part of the board's name.
  const held = /\s(?:held\s+)?in\s+(public|private)\b/i.exec(written);
  const text = held
    ? written.slice(0, held.index) + written.slice(held.index + held[0].length)
    : written;
  const visibility: Visibility = held ? ((held[1] ?? '').toLowerCase() as Visibility) : '';
  const found = findDate(text);
  if (!found) return null;
  const [startTime = '', endTime = ''] = timesIn(
    text.slice(0, found.index) + ' ' + text.slice(found.index + found.length),
  );
  const times = { startTime, endTime, visibility, location: '' };
  const before = clean(withoutTimes(text.slice(0, found.index)));
  const rawAfter = text.slice(found.index + found.length);
  // "Wednesday 15th September 2021, 14:00-15:00, MS Teams": the parts after the date, comma by comma.
  if (!/\p{L}/u.test(before) && /^\s*,/.test(rawAfter)) {
    const segmented = readSegments(
      `${text.slice(0, found.index + found.length)} | ${rawAfter.split(',').join(' | ')}`,
    );
    if (segmented) return { ...segmented, visibility: segmented.visibility || visibility };
  }
  const after = clean(withoutTimes(text.slice(found.index + found.length)));
  const minutesOf = MINUTES_OF.exec(before);
  if (minutesOf) {
    const written = clean(minutesOf[2] ?? '').replace(/\s+meeting$/i, '');
    // "Minutes of the Extraordinary Meeting of the Quality Committee": the kind, then the board.
    const kindAlone = meetingKind(written) || meetingKind(`${written} meeting`);
    const kindOfBoard = kindAlone ? null : KIND_OF_BOARD.exec(written);
    const kind = kindOfBoard ? `${capitalised(kindOfBoard[1] ?? '')} Meeting` : kindAlone;
    const board = kindOfBoard ? (kindOfBoard[2] ?? '') : kind ? '' : written;
    const title =
      kind || titleCase(minutesOf[1] ?? 'Minutes').replace(/^./, (first) => first.toUpperCase());
    const named = /^(the\s+)?(board\s+)?$/i.test(board) ? '' : board;
    // "… held on 14 March 2024 at 2pm in the Board Room": the place follows the date.
    return {
      date: found.date,
      title,
      board: named,
      ...times,
      location: placeAfter(after) || after,
    };
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
