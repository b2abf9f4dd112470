import { isIsoDate } from '@shared/model';

/**
 * What is wrong with what was typed in a date field, in words, or null. A browser's date field
 * takes a year of up to six digits ("202111") and reports a half-typed date as empty; both would
 * otherwise leave the field silently blank or store a date no one meant.
 */
export function dateEntryProblem(value: string, badInput: boolean): string | null {
  if (badInput) return 'Enter the whole date: day, month and a four-digit year.';
  if (/^\d{5,}-/.test(value)) return 'The year must have four digits, for example 2021.';
  // A year being typed digit by digit passes through 0002, 0020 and 0202: not a mistake yet.
  if (value === '' || /^0\d{3}-/.test(value)) return null;
  if (!isIsoDate(value)) return 'Enter a real date, for example 21 June 2021.';
  return null;
}
