import { isIsoDate, type IsoDate } from './dates';

/**
 * The one reader of dates as British minutes write them, for live minutes and for importing old
 * minutes alike: "21st June 2021", "Monday 21 June 2021", "2nd of Sept, 2022", "June 21, 2021",
 * "2021-06-21", and "21/06/2021", "21.06.21" or "21-06-2021" in day/month/year order. A day and
 * month with no year ("by 31 Aug") is read only when the caller says which date it follows.
 *
 * Every pattern is linear: each quantifier is bounded or followed by a character it cannot match,
 * so no line, however long or strange, makes them backtrack without end.
 */

const MONTH_NAMES = [
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

/** Full names and the abbreviations minutes use ("Sept", "Sep."); "Mayor" and "Marching" are not months. */
const MONTH =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?(?![\\p{L}])';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const GAP = '[ \\t\\u00a0]{1,4}';

function monthNumber(word: string | undefined): number {
  const prefix = (word ?? '').toLowerCase().slice(0, 3);
  return MONTH_NAMES.findIndex((month) => month.startsWith(prefix)) + 1;
}

/** Two-digit years are this century: old minutes are not from the 1900s. */
function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

function iso(year: number, month: number, day: number): IsoDate | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(text) ? text : null;
}

/** A day and month with no year means the next such date on or after `after`. */
function nextOccurrence(month: number, day: number, after: IsoDate): IsoDate | null {
  const year = Number(after.slice(0, 4));
  const thisYear = iso(year, month, day);
  if (thisYear && thisYear >= after) return thisYear;
  return iso(year + 1, month, day);
}

type Reader = (match: RegExpExecArray, after: IsoDate | undefined) => IsoDate | null;

const PATTERNS: readonly { regex: RegExp; read: Reader }[] = [
  {
    regex: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u,
    read: (m) => iso(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    regex: new RegExp(
      `(?<![\\p{L}\\d])${DAY}(?:${GAP}of)?${GAP}${MONTH},?${GAP}(\\d{4})(?!\\d)`,
      'iu',
    ),
    read: (m) => iso(Number(m[3]), monthNumber(m[2]), Number(m[1])),
  },
  {
    regex: new RegExp(`(?<![\\p{L}\\d])${MONTH}${GAP}${DAY},?${GAP}(\\d{4})(?!\\d)`, 'iu'),
    read: (m) => iso(Number(m[3]), monthNumber(m[1]), Number(m[2])),
  },
  {
    regex: /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/])/u,
    read: (m) => iso(fullYear(m[4] ?? ''), Number(m[3]), Number(m[1])),
  },
  {
    regex: new RegExp(`(?<![\\p{L}\\d])${DAY}(?:${GAP}of)?${GAP}${MONTH}`, 'iu'),
    read: (m, after) => (after ? nextOccurrence(monthNumber(m[2]), Number(m[1]), after) : null),
  },
  {
    regex: new RegExp(`(?<![\\p{L}\\d])${MONTH}${GAP}${DAY}(?![\\d\\p{L}])`, 'iu'),
    read: (m, after) => (after ? nextOccurrence(monthNumber(m[1]), Number(m[2]), after) : null),
  },
];

export interface FoundDate {
  date: IsoDate;
  /** Where the date was written in the text, to take it out and keep the rest ("Meeting Summary"). */
  index: number;
  length: number;
}

export interface FindDateOptions {
  /** Read "31 August" with no year as the next 31 August on or after this date. */
  yearlessAfter?: IsoDate;
}

/**
 * The first real date in the text, or null. "31/02/2021" is not a date and is not found; a date
 * with a year wins over a yearless one written at the same place ("31 Aug 2021", not "31 Aug").
 */
export function findDate(text: string, options: FindDateOptions = {}): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { regex, read } of PATTERNS) {
    const match = regex.exec(text);
    if (!match) continue;
    const date = read(match, options.yearlessAfter);
    if (date && (!best || match.index < best.index)) {
      best = { date, index: match.index, length: match[0].length };
    }
  }
  return best;
}
