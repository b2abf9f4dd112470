import { describe, expect, it } from 'vitest';
import { findDate } from '@shared/model/british-date';

const dateIn = (text: string, after?: string) =>
  findDate(text, after ? { yearlessAfter: after } : {})?.date ?? null;

describe('the one reader of British dates', () => {
  it.each([
    ['21st June 2021', '2021-06-21'],
    ['Monday 21 June 2021', '2021-06-21'],
    ['2nd of Sept, 2022', '2022-09-02'],
    ['3rd Sep. 2022', '2022-09-03'],
    ['June 21, 2021', '2021-06-21'],
    ['2021-06-21', '2021-06-21'],
    ['21/06/2021', '2021-06-21'],
    ['21.06.21', '2021-06-21'],
    ['21-06-2021', '2021-06-21'],
    ['held on 5/3/2024 at 6pm', '2024-03-05'],
  ])('reads %s as %s, day before month', (text, expected) => {
    expect(dateIn(text)).toBe(expected);
  });

  it('finds no date that is not a day of the calendar', () => {
    expect(dateIn('31/02/2021')).toBeNull();
    expect(dateIn('30 February 2021')).toBeNull();
    expect(dateIn('2021-13-01')).toBeNull();
  });

  it('takes no word for a month that only starts like one', () => {
    expect(dateIn('The Mayor 12 2021')).toBeNull();
    expect(dateIn('Marching 3 2021')).toBeNull();
  });

  it('reads a day and month without a year only after a given date, as the next such day', () => {
    expect(dateIn('by 31 Aug')).toBeNull();
    expect(dateIn('by 31 Aug', '2021-06-21')).toBe('2021-08-31');
    expect(dateIn('by 3 March', '2021-06-21')).toBe('2022-03-03');
  });

  it('prefers the date with its year written at the same place, and the first date in the text', () => {
    expect(dateIn('due 31 Aug 2021', '2021-06-21')).toBe('2021-08-31');
    expect(findDate('Board 14 March 2024, approved 11 April 2024')).toEqual({
      date: '2024-03-14',
      index: 6,
      length: 13,
    });
  });
});
