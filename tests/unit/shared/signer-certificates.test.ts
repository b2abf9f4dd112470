import { describe, expect, it } from 'vitest';
import { membersWhoSignedByCertificate, signerStanding, standingText } from '@shared/model';

const ALICE_KEY = 'AA:'.repeat(31) + 'AA';
const IMPOSTOR_KEY = 'BB:'.repeat(31) + 'BB';
const SIAN_KEY = 'CC:'.repeat(31) + 'CC';

const signed = (name: string, fingerprintSha256: string, valid = true) => ({
  valid,
  signer: { commonName: name },
  certificate: { fingerprintSha256 },
});

const known = [
  { name: 'Alice Chair', fingerprintSha256: ALICE_KEY },
  { name: 'Siân O’Brien', fingerprintSha256: SIAN_KEY },
];
const members = [
  { id: 'm1', fullName: 'Alice Chair' },
  { id: 'm2', fullName: 'Siân O’Brien' },
  { id: 'm3', fullName: 'Bob Member' },
];

describe('who signed, by certificate', () => {
  it('knows a certificate registered for the member it names', () => {
    expect(signerStanding(signed('alice  chair', ALICE_KEY), known)).toEqual({
      kind: 'known',
      name: 'alice  chair',
    });
  });

  it('says plainly when a certificate calls itself Alice Chair but is not hers', () => {
    const standing = signerStanding(signed('Alice Chair', IMPOSTOR_KEY), known);
    expect(standing.kind).toBe('other-certificate');
    expect(standingText(standing)).toBe(
      'Signed with a certificate this archive does not know for Alice Chair: check the fingerprint with them.',
    );
  });

  it('says when the archive knows no certificate for the signer', () => {
    expect(standingText(signerStanding(signed('Bob Member', IMPOSTOR_KEY), known))).toBe(
      'This archive knows no certificate for Bob Member: check the fingerprint with them.',
    );
  });

  it('counts members by certificate: an impostor, a repeat or an invalid signature adds nobody', () => {
    const signatures = [
      signed('Alice Chair', IMPOSTOR_KEY),
      signed('Alice Chair', ALICE_KEY),
      signed('Alice Chair', ALICE_KEY),
      signed('Siân O’Brien', SIAN_KEY, false),
      signed('Bob Member', IMPOSTOR_KEY),
    ];
    expect(membersWhoSignedByCertificate(signatures, members, known)).toBe(1);
    expect(
      membersWhoSignedByCertificate([signed('Alice Chair', IMPOSTOR_KEY)], members, known),
    ).toBe(0);
  });
});
