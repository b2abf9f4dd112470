import { findDate } from './british-date';
import type { IsoDate } from './dates';

/**
 * Where an action says when it is due: "by 31 August 2021", "by 31st Aug", "by August 31",
 * "– by 19/07/2024", "Due: 31 January 2023", "Deadline 2024-04-11", "by the next meeting". Bounded
 * and anchored to a word, so the search is linear on any line.
 */
const DUE_WORD =
  /(?<![\p{L}])(?:by|before|due(?:\s{1,3}date)?|deadline|target(?:\s{1,3}date)?)\s{0,3}[:–-]?\s{0,3}(?:the\s{1,3})?/giu;
const NEXT_MEETING =
  /(?<![\p{L}])(?:by|before|due|deadline)\s{0,3}:?\s{0,3}the\s{1,3}next\s{1,3}(?:board\s{1,3}|committee\s{1,3})?meeting\b/iu;

/** How far after the word a date may start: "by Friday 31 August" but not a date a sentence later. */
const DATE_WITHIN = 12;

/**
 * Finds a due date in an action's text, the one British date reader reading what follows a word
 * such as "by" or "Due:". A day and month with no year is the next such day after the meeting.
 * Returns '' when the text names none.
 */
export function recogniseDueDate(
  text: string,
  meetingDate: IsoDate,
  nextMeetingDate: IsoDate | '',
): IsoDate | '' {
  if (nextMeetingDate && NEXT_MEETING.test(text)) return nextMeetingDate;
  const options = meetingDate ? { yearlessAfter: meetingDate } : {};
  for (const word of text.matchAll(DUE_WORD)) {
    const from = word.index + word[0].length;
    const found = findDate(text.slice(from, from + DATE_WITHIN + 40), options);
    if (found && found.index <= DATE_WITHIN) return found.date;
  }
  return '';
}
