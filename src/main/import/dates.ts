import { isIsoDate, type IsoDate } from '../../shared/model';

/**
 * Finds the date in a line of old minutes, as British minutes write it: "21st June 2021",
 * "Monday 21 June 2021", "June 21, 2021", "2021-06-21", and "21/06/2021" in day/month/year order.
 */

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
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

const PATTERNS: readonly { regex: RegExp; parts: (match: RegExpExecArray) => string[] }[] = [
  { regex: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => [m[1] ?? '', m[2] ?? '', m[3] ?? ''] },
  {
    regex: new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'),
    parts: (m) => [m[3] ?? '', monthNumber(m[2]), m[1] ?? ''],
  },
  {
    regex: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4})\\b`, 'i'),
    parts: (m) => [m[3] ?? '', monthNumber(m[1]), m[2] ?? ''],
  },
  {
    regex: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/,
    parts: (m) => [fullYear(m[3] ?? ''), m[2] ?? '', m[1] ?? ''],
  },
];

function monthNumber(name: string | undefined): string {
  const prefix = (name ?? '').toLowerCase().slice(0, 3);
  return String(MONTHS.findIndex((month) => month.startsWith(prefix)) + 1);
}

/** Two-digit years are this century: old minutes are not from the 1900s. */
function fullYear(year: string): string {
  return year.length === 2 ? `20${year}` : year;
}

export interface FoundDate {
  date: IsoDate;
  /** Where the date was written in the line, to take it out and keep the rest ("Meeting Summary"). */
  index: number;
  length: number;
}

/** The first real date in the text, or null. "31/02/2021" is not a date and is not found. */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { regex, parts } of PATTERNS) {
    const match = regex.exec(text);
    if (!match) continue;
    const [year, month, day] = parts(match);
    const date = `${year}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
    if (isIsoDate(date) && (!best || match.index < best.index)) {
      best = { date, index: match.index, length: match[0].length };
    }
  }
  return best;
}
