import { describe, expect, it } from 'vitest';
import { countingDate, signedCountText } from '@renderer/features/sign-off/signed-count';

describe('counting the members in office who signed', () => {
  it('never says "0 of 0": a day with nobody in office is said in words', () => {
    expect(signedCountText(0, 0, '2026-12-07')).toBe(
      'Nobody in the register was in office on 7 December 2026.',
    );
  });

  it('counts with the right grammar', () => {
    expect(signedCountText(1, 9, '2021-06-21')).toBe(
      '1 of 9 members in office on 21 June 2021 has signed',
    );
    expect(signedCountText(2, 9, '2021-06-21')).toBe(
      '2 of 9 members in office on 21 June 2021 have signed',
    );
    expect(signedCountText(0, 1, '2021-06-21')).toBe(
      '0 of 1 member in office on 21 June 2021 have signed',
    );
  });

  it('counts on the date of the meeting the minutes are of', () => {
    const signatures = [{ valid: true, signingTime: '2021-08-02T10:00:00Z' }];
    expect(countingDate('2021-06-21', signatures, '2026-12-07')).toBe('2021-06-21');
  });

  it('otherwise on the day of the latest valid signature', () => {
    const signatures = [
      { valid: true, signingTime: '2021-08-02T10:00:00Z' },
      { valid: true, signingTime: '2021-09-15T10:00:00Z' },
      { valid: false, signingTime: '2022-01-01T10:00:00Z' },
    ];
    expect(countingDate(null, signatures, '2026-12-07')).toBe('2021-09-15');
  });

  it('otherwise on the day already chosen', () => {
    expect(countingDate(null, [{ valid: false, signingTime: null }], '2021-07-27')).toBe(
      '2021-07-27',
    );
  });
});
