import { z } from 'zod';

/** A calendar date with no time zone, as `YYYY-MM-DD`: terms of office and meetings are days, not instants. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const isoDateSchema = z.string().refine(isIsoDate, 'Expected a date as YYYY-MM-DD');

function toIso(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

function parseIso(value: IsoDate): Date {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Today in the user's own time zone: a secretary in London at 00:30 is already on the next day. */
export function todayIso(now: Date = new Date()): IsoDate {
  const local = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  return toIso(local);
}

export function addDays(value: IsoDate, days: number): IsoDate {
  const date = parseIso(value);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** The last day of a term of `years` years that starts on `start` (21 Jun 2021 → 20 Jun 2022). */
export function termEndAfterYears(start: IsoDate, years: number): IsoDate {
  const date = parseIso(start);
  const day = date.getUTCDate();
  date.setUTCFullYear(date.getUTCFullYear() + years);
  // 29 February plus a year lands on 1 March; the term still ends the day before.
  if (date.getUTCDate() !== day) date.setUTCDate(1);
  date.setUTCDate(date.getUTCDate() - 1);
  return toIso(date);
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "21 June 2021" */
export function formatLongDate(value: IsoDate): string {
  return isIsoDate(value) ? LONG_DATE.format(parseIso(value)) : value;
}

/** "21 Jun 2021" */
export function formatShortDate(value: IsoDate): string {
  return isIsoDate(value) ? SHORT_DATE.format(parseIso(value)) : value;
}
