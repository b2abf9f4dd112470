import { describe, expect, it } from 'vitest';
import {
  archiveMatches,
  signatureRecordFor,
  type AuditEntry,
  type ExportRecord,
} from '@shared/model';
import { aMeeting, aSignature } from '../../support/records';

const FILE = 'c'.repeat(64);
const june = aMeeting('june', '2021-06-21');
const meetings = new Map([['june', june]]);

const exported: ExportRecord = {
  id: 'e1',
  meetingId: 'june',
  at: '2021-07-27T09:00:00.000Z',
  fileName: 'minutes.docx',
  path: '/tmp/minutes.docx',
  sha256: FILE,
  layout: 'formal',
  audience: 'internal',
  status: 'approved',
};

const lock: AuditEntry = {
  id: 'l1',
  meetingId: 'june',
  at: '2021-07-28T09:00:00.000Z',
  event: 'locked',
  by: 'Sophie Williams',
  detail: '',
  version: 2,
  fileSha256: FILE,
  meetingSha256: 'd'.repeat(64),
};

describe('matching a file to the archive', () => {
  it('considers every signature, lock and export record, and names the meeting and version', () => {
    const matches = archiveMatches(FILE, {
      signatures: [
        aSignature('old', 'june', { version: 1, fileSha256: 'e'.repeat(64) }),
        aSignature('v2', 'june', { version: 2, fileSha256: FILE, at: '2021-07-28T08:00:00.000Z' }),
        aSignature('terms', '', { fileSha256: FILE, fileName: 'Terms of Reference.docx' }),
      ],
      exports: [exported, { ...exported, id: 'e2', sha256: 'f'.repeat(64) }],
      locks: [lock, { ...lock, id: 'l2', fileSha256: 'e'.repeat(64) }],
      meetings,
    });
    expect(matches.map((match) => [match.kind, match.meetingId, match.version])).toEqual([
      ['lock', 'june', 2],
      ['signature', 'june', 2],
      ['signature', '', null],
      ['export', 'june', null],
    ]);
    expect(matches[0]?.text).toBe(
      'The locked record of the minutes of 21 June 2021 (Meeting Summary), version 2, locked by Sophie Williams on 28 July 2021.',
    );
    expect(matches[1]?.text).toBe(
      'The copy of the minutes of 21 June 2021 (Meeting Summary), version 2, signed by Alex Cheung, Chair, on 28 July 2021.',
    );
    expect(matches[2]?.text).toContain('A board document, Terms of Reference.docx, signed by');
    expect(matches[3]?.text).toBe(
      'The Word export (formal minutes) of the minutes of 21 June 2021 (Meeting Summary), saved on 27 July 2021 while the minutes were approved.',
    );
  });

  it('says when a record’s meeting is no longer kept, and finds nothing for an unknown file', () => {
    const records = {
      signatures: [aSignature('gone', 'deleted', { fileSha256: FILE })],
      exports: [],
      locks: [],
      meetings,
    };
    expect(archiveMatches(FILE, records)[0]?.text).toContain(
      'the minutes of a meeting no longer kept in Minute Book',
    );
    expect(archiveMatches('0'.repeat(64), records)).toEqual([]);
  });
});

describe('matching each signature in a file', () => {
  const once = aSignature('once', 'm', {
    fingerprintSha256: 'AA',
    at: '2021-07-27T10:01:00.000Z',
  });
  const twice = aSignature('twice', 'm', {
    fingerprintSha256: 'BB',
    fileSha256: FILE,
    at: '2021-07-27T11:00:00.000Z',
  });
  const records = [once, twice];

  it('finds the record of this very file first', () => {
    expect(
      signatureRecordFor(
        { fingerprintSha256: 'BB', signingTime: '2021-07-27T10:59:00.000Z', valid: true },
        FILE,
        records,
      ),
    ).toEqual({ record: twice, sameFile: true });
  });

  it('finds an earlier signature, countersigned since, by its certificate and signing time', () => {
    expect(
      signatureRecordFor(
        { fingerprintSha256: 'AA', signingTime: '2021-07-27T10:00:00.000Z', valid: true },
        FILE,
        records,
      ),
    ).toEqual({ record: once, sameFile: false });
  });

  it('claims no record for a broken signature, or one made at another time', () => {
    const at = '2021-07-27T10:00:00.000Z';
    expect(
      signatureRecordFor({ fingerprintSha256: 'AA', signingTime: at, valid: false }, FILE, records),
    ).toBeNull();
    expect(
      signatureRecordFor(
        { fingerprintSha256: 'AA', signingTime: '2021-07-20T10:00:00.000Z', valid: true },
        FILE,
        records,
      ),
    ).toBeNull();
    expect(
      signatureRecordFor({ fingerprintSha256: null, signingTime: at, valid: true }, FILE, records),
    ).toBeNull();
  });
});
