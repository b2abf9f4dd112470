import { describe, expect, it } from 'vitest';
import { dateEntryProblem } from '@renderer/components/date-entry';

describe('what a date field says about what was typed', () => {
  it('accepts a whole date and an emptied field', () => {
    expect(dateEntryProblem('2021-06-21', false)).toBeNull();
    expect(dateEntryProblem('', false)).toBeNull();
  });

  it('says the year must have four digits when six were typed', () => {
    expect(dateEntryProblem('202111-06-21', false)).toBe(
      'The year must have four digits, for example 2021.',
    );
    expect(dateEntryProblem('20211-06-21', false)).toMatch(/four digits/);
  });

  it('asks for the whole date when the field holds a part of one', () => {
    expect(dateEntryProblem('', true)).toBe(
      'Enter the whole date: day, month and a four-digit year.',
    );
  });

  it('says nothing while a year is being typed digit by digit', () => {
    expect(dateEntryProblem('0002-06-21', false)).toBeNull();
    expect(dateEntryProblem('0202-06-21', false)).toBeNull();
  });

  it('refuses a day that does not exist', () => {
    expect(dateEntryProblem('2021-02-30', false)).toMatch(/real date/);
  });
});
