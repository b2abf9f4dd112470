import { describe, expect, it } from 'vitest';
import { newId } from '@renderer/db/ids';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('record ids', () => {
  it('are version 4 UUIDs, all different, across many blocks of random bytes', () => {
    // 20,000 ids span five blocks of the pool, so a refill that repeated bytes would show.
    const ids = Array.from({ length: 20_000 }, () => newId());
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('use every hexadecimal digit in their random places', () => {
    const digits = new Set(
      Array.from({ length: 200 }, () => newId().replace(/-/g, '').slice(0, 12)).join(''),
    );
    expect(digits.size).toBe(16);
  });
});
