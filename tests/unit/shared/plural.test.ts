import { describe, expect, it } from 'vitest';
import { countOf } from '@shared/model';

describe('a count with its noun', () => {
  it('says one thing in the singular and any other number in the plural', () => {
    expect(countOf(1, 'apology', 'apologies')).toBe('1 apology');
    expect(countOf(0, 'result', 'results')).toBe('0 results');
    expect(countOf(2, 'member', 'members')).toBe('2 members');
  });

  it('groups the thousands', () => {
    expect(countOf(12000, 'passage', 'passages')).toBe('12,000 passages');
  });
});
