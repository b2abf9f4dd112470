import { describe, expect, it } from 'vitest';
import { addDays, formatLongDate, isIsoDate, termEndAfterYears, todayIso } from '@shared/model';

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2021-06-21')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2021-6-21')).toBe(false);
    expect(isIsoDate('21/06/2021')).toBe(false);
  });

  it('ends a one-year term the day before its anniversary', () => {
    expect(termEndAfterYears('2021-06-21', 1)).toBe('2022-06-20');
    expect(termEndAfterYears('2021-01-01', 1)).toBe('2021-12-31');
    expect(termEndAfterYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(termEndAfterYears('2023-03-01', 1)).toBe('2024-02-29');
    expect(termEndAfterYears('2021-06-21', 3)).toBe('2024-06-20');
  });

  it('takes today from the local calendar, not UTC', () => {
    const justAfterLocalMidnight = new Date(2021, 5, 22, 0, 30);
    expect(todayIso(justAfterLocalMidnight)).toBe('2021-06-22');
  });

  it('adds days across month ends', () => {
    expect(addDays('2021-06-30', 1)).toBe('2021-07-01');
    expect(addDays('2021-01-01', -1)).toBe('2020-12-31');
  });

  it('writes dates the British way', () => {
    expect(formatLongDate('2021-06-21')).toBe('21 June 2021');
  });
});
