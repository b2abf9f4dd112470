import { isIsoDate, type IsoDate } from '../model/dates';

/** A moment as the report prints it: the organiser's local date and time, to the second. */
export interface LocalStamp {
  date: IsoDate;
  /** HH:MM:SS on the 24-hour clock. */
  time: string;
}

const SLASHED =
  /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})[T\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/;

/**
 * Whether slashed dates in this report put the day first. Teams writes them in the organiser's
 * locale: "21/06/2021, 14:02:11" in the UK, "6/21/21, 2:02:11 PM" in the US. A part above 12 settles
 * it; when none does, the UK's order is taken.
 */
export function dayFirstIn(cells: readonly string[]): boolean {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const cell of cells) {
    const match = SLASHED.exec(cell.trim());
    if (!match) continue;
    if (Number(match[1]) > 12) dayFirst += 1;
    if (Number(match[2]) > 12) monthFirst += 1;
  }
  return monthFirst === 0 || dayFirst > 0;
}

function clock(hour: number, minute: number, second: number, meridiem: string | undefined) {
  let h = hour;
  if (meridiem) {
    const pm = meridiem.toLowerCase() === 'pm';
    if (h === 12) h = pm ? 12 : 0;
    else if (pm) h += 12;
  }
  if (h > 23 || minute > 59 || second > 59) return null;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(h)}:${pad(minute)}:${pad(second)}`;
}

/** Reads one date-and-time cell; null when it is not one. */
export function readStamp(cell: string, dayFirst: boolean): LocalStamp | null {
  const text = cell.trim();
  const slashed = SLASHED.exec(text);
  const iso = slashed ? null : ISO.exec(text);
  const match = slashed ?? iso;
  if (!match) return null;
  let year: number;
  let month: number;
  let day: number;
  if (slashed) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    [day, month] = dayFirst ? [first, second] : [second, first];
    year = Number(match[3]);
    if (year < 100) year += 2000;
  } else {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const time = clock(Number(match[4]), Number(match[5]), Number(match[6] ?? 0), match[7]);
  if (!isIsoDate(date) || !time) return null;
  return { date, time };
}

/** For ordering and arithmetic: seconds since the start of the report's first day is enough. */
export function stampKey(stamp: LocalStamp): string {
  return `${stamp.date}T${stamp.time}`;
}

export function minutesBetween(from: LocalStamp, to: LocalStamp): number {
  const at = (stamp: LocalStamp) => Date.parse(`${stamp.date}T${stamp.time}Z`);
  return (at(to) - at(from)) / 60_000;
}

/** HH:MM of a stamp, as the meeting file records joining and leaving. */
export function hoursMinutes(stamp: LocalStamp): string {
  return stamp.time.slice(0, 5);
}
