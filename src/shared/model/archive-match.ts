import { formatLongDate, todayIso } from './dates';
import type { ExportRecord, Meeting } from './meeting';
import type { AuditEntry, SignatureRecord } from './sign-off';

/**
 * Telling whether a file met later is one the archive knows: a signed copy, a locked record or a
 * Word export, of which meeting and which version. Every record counts, not only the latest.
 */

/** The archive's records that name a file by its SHA-256, and the meetings they belong to. */
export interface ArchiveRecords {
  signatures: readonly SignatureRecord[];
  exports: readonly ExportRecord[];
  /** Audit entries of locks, which fix the signed file of a version. */
  locks: readonly AuditEntry[];
  meetings: ReadonlyMap<string, Pick<Meeting, 'title' | 'date'>>;
}

export interface ArchiveMatch {
  kind: 'lock' | 'signature' | 'export';
  at: string;
  meetingId: string;
  version: number | null;
  /** One sentence naming the record: which meeting, which version, who and when. */
  text: string;
}

const EXPORT_LAYOUT = { summary: 'meeting summary', formal: 'formal minutes' } as const;

function onDay(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : formatLongDate(todayIso(date));
}

function minutesOf(records: ArchiveRecords, meetingId: string): string {
  const meeting = records.meetings.get(meetingId);
  return meeting
    ? `the minutes of ${formatLongDate(meeting.date)} (${meeting.title})`
    : 'the minutes of a meeting no longer kept in Minute Book';
}

/** Every record of the file with this SHA-256: locks first, then signatures, then exports. */
export function archiveMatches(fileSha256: string, records: ArchiveRecords): ArchiveMatch[] {
  const locks = records.locks
    .filter((lock) => lock.event === 'locked' && lock.fileSha256 === fileSha256)
    .map((lock): ArchiveMatch => ({
      kind: 'lock',
      at: lock.at,
      meetingId: lock.meetingId,
      version: lock.version,
      text: `The locked record of ${minutesOf(records, lock.meetingId)}, version ${lock.version}, locked by ${lock.by || 'the secretariat'} on ${onDay(lock.at)}.`,
    }));
  const signatures = records.signatures
    .filter((signature) => signature.fileSha256 === fileSha256)
    .map((signature): ArchiveMatch => {
      const who = signature.signerRole
        ? `${signature.signerName}, ${signature.signerRole}`
        : signature.signerName;
      return {
        kind: 'signature',
        at: signature.at,
        meetingId: signature.meetingId,
        version: signature.meetingId ? signature.version : null,
        text: signature.meetingId
          ? `The copy of ${minutesOf(records, signature.meetingId)}, version ${signature.version}, signed by ${who}, on ${onDay(signature.at)}.`
          : `A board document, ${signature.fileName}, signed by ${who}, on ${onDay(signature.at)}.`,
      };
    });
  const exports = records.exports
    .filter((exported) => exported.sha256 === fileSha256)
    .map((exported): ArchiveMatch => ({
      kind: 'export',
      at: exported.at,
      meetingId: exported.meetingId,
      version: null,
      text: `The Word export (${EXPORT_LAYOUT[exported.layout]}${exported.audience === 'public' ? ', for the public' : ''}) of ${minutesOf(records, exported.meetingId)}, saved on ${onDay(exported.at)} while the minutes were ${exported.status}.`,
    }));
  return [...locks, ...signatures, ...exports];
}

/** How long a signer may take to choose where to save the signed copy, after it was signed. */
const SAVE_WINDOW_MS = 60 * 60 * 1000;

/**
 * The archive's record of one signature on a checked file: the record of this very file, else,
 * for a valid signature, the one the same certificate made at its signing time on another copy
 * (a file signed by one member and then countersigned has a new SHA-256, but each signature in it
 * is still the one recorded). The record is written once the signed copy is saved, just after.
 */
export function signatureRecordFor(
  signature: {
    fingerprintSha256: string | null | undefined;
    signingTime: string | null | undefined;
    valid: boolean;
  },
  fileSha256: string,
  records: readonly SignatureRecord[],
): { record: SignatureRecord; sameFile: boolean } | null {
  const { fingerprintSha256, signingTime, valid } = signature;
  if (!fingerprintSha256) return null;
  const bySigner = records.filter((each) => each.fingerprintSha256 === fingerprintSha256);
  const exact = bySigner.find((each) => each.fileSha256 === fileSha256);
  if (exact) return { record: exact, sameFile: true };
  const signedAt = signingTime ? Date.parse(signingTime) : Number.NaN;
  if (!valid || Number.isNaN(signedAt)) return null;
  const closest = bySigner
    .map((each) => ({ each, after: Date.parse(each.at) - signedAt }))
    .filter(({ after }) => after >= -60_000 && after <= SAVE_WINDOW_MS)
    .sort((a, b) => Math.abs(a.after) - Math.abs(b.after))[0];
  return closest ? { record: closest.each, sameFile: false } : null;
}
