import { create } from 'zustand';
import {
  archiveMatches,
  currentVersion,
  type ArchiveMatch,
  type ApprovalRecord,
  type AuditEntry,
  type MeetingVersion,
  type SignatureRecord,
} from '@shared/model';
import type { MinuteBookDatabase } from '../db/database';
import { readSignOff } from '../db/sign-off-repository';

/** Everything recorded about the sign-off of one meeting's minutes, oldest first. */
export interface MeetingSignOff {
  loaded: boolean;
  approvals: readonly ApprovalRecord[];
  audit: readonly AuditEntry[];
  signatures: readonly SignatureRecord[];
  versions: readonly MeetingVersion[];
}

const NOT_LOADED: MeetingSignOff = {
  loaded: false,
  approvals: [],
  audit: [],
  signatures: [],
  versions: [],
};

export interface SignOffState {
  byMeeting: Record<string, MeetingSignOff>;
  loadMeeting: (meetingId: string) => Promise<void>;
  /**
   * Shows records a workflow has stored (a sign-off step, a signature) without reading them again.
   * Records of another board document (no meeting) belong to no meeting's sign-off.
   */
  showRecords: (meetingId: string, records: Partial<Omit<MeetingSignOff, 'loaded'>>) => void;
  /** The version the meeting's minutes are at now (1 until they are first reopened). */
  versionOf: (meetingId: string) => Promise<number>;
  /**
   * Every record of the file with this SHA-256 (locks, signatures, exports, on any meeting or
   * document), and every signature record, to match each signature in the file on its own.
   */
  checkAgainstArchive: (fileSha256: string) => Promise<ArchiveCheck>;
}

export interface ArchiveCheck {
  matches: ArchiveMatch[];
  signatures: SignatureRecord[];
}

export function createSignOffStore(db: MinuteBookDatabase) {
  const read = async (meetingId: string): Promise<MeetingSignOff> => ({
    loaded: true,
    ...(await readSignOff(db, meetingId)),
  });

  return create<SignOffState>()((set) => {
    const append = (meetingId: string, changes: Partial<Omit<MeetingSignOff, 'loaded'>>) =>
      set((state) => {
        const current = state.byMeeting[meetingId] ?? { ...NOT_LOADED, loaded: true };
        return {
          byMeeting: {
            ...state.byMeeting,
            [meetingId]: {
              ...current,
              approvals: [...current.approvals, ...(changes.approvals ?? [])],
              audit: [...current.audit, ...(changes.audit ?? [])],
              signatures: [...current.signatures, ...(changes.signatures ?? [])],
              versions: [...current.versions, ...(changes.versions ?? [])],
            },
          },
        };
      });

    return {
      byMeeting: {},

      loadMeeting: async (meetingId) => {
        const signOff = await read(meetingId);
        set((state) => ({ byMeeting: { ...state.byMeeting, [meetingId]: signOff } }));
      },

      showRecords: (meetingId, records) => {
        if (meetingId) append(meetingId, records);
      },

      versionOf: async (meetingId) =>
        currentVersion(await db.meetingVersions.where('meetingId').equals(meetingId).toArray()),

      checkAgainstArchive: (fileSha256) =>
        db.transaction('r', db.signatures, db.exports, db.auditTrail, db.meetings, async () => {
          const signatures = await db.signatures.orderBy('id').toArray();
          signatures.sort((a, b) => a.at.localeCompare(b.at));
          // Exports and locks are few and have no index on the SHA-256: a scan is cheap.
          const exports = await db.exports.filter((each) => each.sha256 === fileSha256).toArray();
          const locks = await db.auditTrail
            .filter((each) => each.event === 'locked' && each.fileSha256 === fileSha256)
            .toArray();
          const ids = [
            ...new Set([...signatures, ...exports, ...locks].map((each) => each.meetingId)),
          ].filter(Boolean);
          const meetings = new Map(
            (await db.meetings.bulkGet(ids)).flatMap((meeting) =>
              meeting ? [[meeting.id, meeting] as const] : [],
            ),
          );
          return {
            matches: archiveMatches(fileSha256, { signatures, exports, locks, meetings }),
            signatures,
          };
        }),
    };
  });
}

export const selectMeetingSignOff =
  (meetingId: string) =>
  (state: SignOffState): MeetingSignOff =>
    state.byMeeting[meetingId] ?? NOT_LOADED;
