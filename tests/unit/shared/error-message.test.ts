import { describe, expect, it } from 'vitest';
import { errorMessage, errorWithName } from '@shared/error-message';

describe('what went wrong, in words', () => {
  it("shows an Error's message, without its name", () => {
    expect(errorMessage(new RangeError('The date is not a day of the calendar.'))).toBe(
      'The date is not a day of the calendar.',
    );
  });

  it('shows anything else thrown as text', () => {
    expect(errorMessage('The disk is full.')).toBe('The disk is full.');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
  });

  it("names the kind of error for a worker thread's report", () => {
    expect(errorWithName(new TypeError('x is not a function'))).toBe(
      'TypeError: x is not a function',
    );
    expect(errorWithName('stopped')).toBe('stopped');
  });
});
