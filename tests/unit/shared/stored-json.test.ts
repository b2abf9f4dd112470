import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readStoredJson, requireStoredJson } from '@shared/stored-json';

const BOOK = z.record(z.string(), z.array(z.string()));

describe('stored JSON read through its schema', () => {
  it('gives back what was stored when it has the shape it was stored with', () => {
    expect(readStoredJson('{"m1":["i1","i2"]}', BOOK)).toEqual({ m1: ['i1', 'i2'] });
  });

  it('is null for text that is not JSON, cut short, or of another shape', () => {
    expect(readStoredJson('', BOOK)).toBeNull();
    expect(readStoredJson('{"m1":["i1"', BOOK)).toBeNull();
    expect(readStoredJson('{"m1":"i1"}', BOOK)).toBeNull();
    expect(readStoredJson('null', BOOK)).toBeNull();
  });

  it('says what could not be read when the data must be there', () => {
    expect(() => requireStoredJson('[1]', BOOK, 'The saved search index of 2024')).toThrow(
      'The saved search index of 2024 is not as Minute Book stores it.',
    );
  });
});
