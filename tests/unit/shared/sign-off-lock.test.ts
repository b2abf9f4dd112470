import { describe, expect, it } from 'vitest';
import { lockOf, recordToLock, unsignedSignatories, type AuditEntry } from '@shared/model';
import { aSignature } from '../../support/records';

const lockEntry = (version: number, at: string): AuditEntry => ({
  id: at,
  meetingId: 'm',
  at,
  event: 'locked',
  by: 'Sophie Williams',
  detail: '',
  version,
  fileSha256: 'f'.repeat(64),
  meetingSha256: 'd'.repeat(64),
});

describe('locking signed minutes', () => {
  it('fixes the last file signed in the current version and the data it was signed from', () => {
    const signatures = [
      aSignature('second', 'm', { at: '2021-07-28T10:00:00.000Z', signerName: 'Sophie Williams' }),
      aSignature('first', 'm', { at: '2021-07-27T10:00:00.000Z' }),
      aSignature('old', 'm', { at: '2021-07-29T10:00:00.000Z', version: 0 }),
    ];
    expect(recordToLock(signatures, 1)).toEqual({
      fileSha256: 'second'.padEnd(64, 'f'),
      meetingSha256: 'second'.padEnd(64, 'd'),
      fileName: 'second.docx',
    });
  });

  it('has nothing to lock before a signature of the minutes, and ignores other documents', () => {
    expect(recordToLock([], 1)).toBeNull();
    expect(recordToLock([aSignature('terms', '', { meetingSha256: '' })], 1)).toBeNull();
  });

  it('names the intended signatories who have not signed this version, whatever the spacing', () => {
    const signatures = [
      aSignature('a', 'm', { signerName: '  alex   CHEUNG ' }),
      aSignature('b', 'm', { signerName: 'Sophie Williams', version: 2 }),
    ];
    const intended = [{ name: 'Alex Cheung' }, { name: 'Sophie Williams' }];
    expect(unsignedSignatories(intended, signatures, 1)).toEqual(['Sophie Williams']);
    expect(unsignedSignatories(intended, signatures, 2)).toEqual(['Alex Cheung']);
  });

  it('finds the lock of the version asked for', () => {
    const audit = [
      lockEntry(1, '2021-07-27T10:00:00.000Z'),
      lockEntry(2, '2021-08-27T10:00:00.000Z'),
    ];
    expect(lockOf(audit, 2)?.at).toBe('2021-08-27T10:00:00.000Z');
    expect(lockOf(audit, 3)).toBeNull();
  });
});
