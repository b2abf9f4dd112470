import { describe, expect, it } from 'vitest';
import {
  canTake,
  canonicalJson,
  currentVersion,
  defaultSignatories,
  isReadOnly,
  MEETING_STATUSES,
  membersWhoSigned,
  reopenNeedsReason,
  statusAfter,
} from '@shared/model';

describe('sign-off workflow', () => {
  it('moves draft → circulated → approved → signed', () => {
    expect(canTake('circulate', 'draft')).toBe(true);
    expect(statusAfter('circulate')).toBe('circulated');
    expect(canTake('approve', 'circulated')).toBe(true);
    expect(statusAfter('approve')).toBe('approved');
    expect(canTake('sign', 'approved')).toBe(true);
    expect(statusAfter('sign')).toBe('signed');
  });

  it('refuses steps out of order', () => {
    expect(canTake('approve', 'planned')).toBe(false);
    expect(canTake('approve', 'in-progress')).toBe(false);
    expect(canTake('approve', 'signed')).toBe(false);
    expect(canTake('sign', 'draft')).toBe(false);
    expect(canTake('sign', 'circulated')).toBe(false);
    expect(canTake('circulate', 'approved')).toBe(false);
  });

  it('lets signed minutes take further signatures', () => {
    expect(canTake('sign', 'signed')).toBe(true);
  });

  it('locks signed minutes only, and takes no more signatures once locked', () => {
    expect(MEETING_STATUSES.filter((status) => canTake('lock', status))).toEqual(['signed']);
    expect(statusAfter('lock')).toBe('locked');
    expect(canTake('sign', 'locked')).toBe(false);
    expect(canTake('approve', 'locked')).toBe(false);
  });

  it('reopens circulated, approved, signed or locked minutes as a draft, with a reason once approved', () => {
    expect(statusAfter('reopen')).toBe('draft');
    expect(reopenNeedsReason('locked')).toBe(true);
    for (const status of ['circulated', 'approved', 'signed', 'locked'] as const) {
      expect(canTake('reopen', status)).toBe(true);
    }
    expect(canTake('reopen', 'draft')).toBe(false);
    expect(reopenNeedsReason('circulated')).toBe(false);
    expect(reopenNeedsReason('approved')).toBe(true);
    expect(reopenNeedsReason('signed')).toBe(true);
  });

  it('makes approved, signed and locked minutes read-only, and nothing earlier', () => {
    expect(MEETING_STATUSES.filter(isReadOnly)).toEqual(['approved', 'signed', 'locked']);
  });

  it('counts versions from the frozen copies', () => {
    expect(currentVersion([])).toBe(1);
    expect(currentVersion([{ version: 1 }, { version: 2 }])).toBe(3);
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth, so field order never changes the digest', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ f: 1, e: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[{"e":2,"f":1}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('leaves out undefined fields, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });
});

describe('signatories and signers', () => {
  it('defaults the signatory to the person who chaired, else the Chair', () => {
    expect(
      defaultSignatories([
        { name: 'Alex Cheung', role: 'Chair' },
        { name: 'Sophie Williams', role: 'Vice-Chair', chair: true },
      ]),
    ).toEqual([{ name: 'Sophie Williams', role: 'Chair' }]);
    expect(defaultSignatories([{ name: 'Alex Cheung', role: 'Chair' }])).toEqual([
      { name: 'Alex Cheung', role: 'Chair' },
    ]);
    expect(defaultSignatories([{ name: 'Guest', role: 'Observer' }])).toEqual([]);
  });

  it('counts the members in office who signed, matching names loosely', () => {
    const members = [
      { fullName: 'Alex Cheung' },
      { fullName: 'Sophie  Williams' },
      { fullName: 'Sam Lee' },
    ];
    expect(membersWhoSigned(['alex cheung', 'Sophie Williams', 'A Stranger'], members)).toBe(2);
  });
});
