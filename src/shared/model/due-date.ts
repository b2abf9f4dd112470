import { isIsoDate, type IsoDate } from './dates';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthNumber(word: string): number | null {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex(
    (month) => month.startsWith(lower) || (lower === 'sept' && month === 'september'),
  );
  return index >= 0 ? index + 1 : null;
}

function iso(year: number, month: number, day: number): IsoDate | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(text) ? text : null;
}

/** A day and month with no year means the next such date on or after the meeting. */
function withYear(month: number, day: number, after: IsoDate): IsoDate | null {
  const year = Number(after.slice(0, 4));
  const thisYear = iso(year, month, day);
  if (thisYear && thisYear >= after) return thisYear;
  return iso(year + 1, month, day);
}

const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)?';
const PATTERNS: ReadonlyArray<{
  pattern: RegExp;
  read: (match: RegExpExecArray, after: IsoDate) => IsoDate | null;
}> = [
  {
    pattern: /\bby\s+(\d{4})-(\d{2})-(\d{2})\b/i,
    read: (m, _a) => iso(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    pattern: /\bby\s+(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/i,
    read: (m) => {
      const year = Number(m[3]);
      return iso(year < 100 ? 2000 + year : year, Number(m[2]), Number(m[1]));
    },
  },
  {
    pattern: new RegExp(
      `\\bby\\s+(?:the\\s+)?${ORDINAL}(?:\\s+of)?\\s+([a-z]+\\.?)(?:,?\\s+(\\d{4}))?`,
      'i',
    ),
    read: (m, after) => {
      const month = monthNumber(m[2] ?? '');
      if (!month) return null;
      return m[3] ? iso(Number(m[3]), month, Number(m[1])) : withYear(month, Number(m[1]), after);
    },
  },
  {
    pattern: new RegExp(`\\bby\\s+([a-z]+\\.?)\\s+${ORDINAL}(?:,?\\s+(\\d{4}))?`, 'i'),
    read: (m, after) => {
      const month = monthNumber(m[1] ?? '');
      if (!month) return null;
      return m[3] ? iso(Number(m[3]), month, Number(m[2])) : withYear(month, Number(m[2]), after);
    },
  },
];

/**
 * Finds a due date in phrases such as "by 31 August 2021", "by 31st Aug", "by August 31",
 * "by 31/08/2021" or "by the next meeting". Returns '' when the text names none.
 */
export function recogniseDueDate(
  text: string,
  meetingDate: IsoDate,
  nextMeetingDate: IsoDate | '',
): IsoDate | '' {
  if (nextMeetingDate && /\bby\s+the\s+next\s+(board\s+)?meeting\b/i.test(text))
    return nextMeetingDate;
  for (const { pattern, read } of PATTERNS) {
    const match = pattern.exec(text);
    if (match) {
      const date = read(match, meetingDate);
      if (date) return date;
    }
  }
  return '';
}
