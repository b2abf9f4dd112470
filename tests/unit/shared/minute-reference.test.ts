import { describe, expect, it } from 'vitest';
import {
  defaultMinuteReferencePattern,
  minuteReference,
  minuteReferenceProblem,
} from '@shared/model';

describe('minute references', () => {
  it('fills the board’s pattern from the meeting’s date and the item’s number', () => {
    expect(minuteReference('NPB/{yy}/{mm}/{nn}', 'Any', '2021-07-27', 3)).toBe('NPB/21/07/03');
    expect(minuteReference('QC {yyyy}.{dd}-{n}', 'Any', '2024-03-14', 12)).toBe('QC 2024.14-12');
  });

  it('starts a board with its initials, the year, the month and the item', () => {
    expect(defaultMinuteReferencePattern('NHS Python Community Board')).toBe('NPCB/{yy}/{mm}/{nn}');
    expect(defaultMinuteReferencePattern('quality and safety')).toBe('{yy}/{mm}/{nn}');
    expect(minuteReference('', 'Quality Committee', '2024-03-14', 2)).toBe('QC/24/03/02');
  });

  it('explains a pattern it cannot use, and falls back to the default for it', () => {
    expect(minuteReferenceProblem('NPB/{yy}/{mm}/{nn}')).toBe('');
    expect(minuteReferenceProblem('')).toMatch(/Enter a pattern/);
    expect(minuteReferenceProblem('NPB/{yy}/{mm}')).toMatch(/item number/);
    expect(minuteReferenceProblem('NPB/{year}/{nn}')).toMatch(/\{year\} is not a field/);
    expect(minuteReferenceProblem('NPB/{yy/{nn}')).toMatch(/brace|not a field/);
    expect(minuteReferenceProblem(`${'X'.repeat(40)}{n}`)).toMatch(/40 characters/);
    expect(minuteReferenceProblem('A\u0007{n}')).toMatch(/control/);
    expect(minuteReference('NPB/{yy}/{mm}', 'Quality Committee', '2024-03-14', 2)).toBe(
      'QC/24/03/02',
    );
  });
});
