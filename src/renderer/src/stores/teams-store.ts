import { create } from 'zustand';
import type { TranscriptDeletion } from '@shared/model';
import type { AttendanceReport } from '@shared/teams/attendance-report';
import type { TranscriptDrafts } from '@shared/teams/draft-transcript';
import type { Cue } from '@shared/teams/transcript';

export type Verdict = 'accepted' | 'rejected';

export interface ImportedTranscript {
  fileName: string;
  cues: readonly Cue[];
  drafts: TranscriptDrafts;
  /** The secretary's answer to each proposal, by `proposalKey`; unanswered ones are still drafts. */
  verdicts: Record<string, Verdict>;
}

const KEEP_KEY = 'minute-book:keep-transcripts';

/** The setting, on unless the secretary turned it off on this computer. */
function savedKeep(): boolean {
  try {
    return localStorage.getItem(KEEP_KEY) !== 'false';
  } catch {
    return true;
  }
}

/**
 * What the secretary brought in from Teams for the open meeting. The report is held in memory
 * only, until applied; the transcript is also kept with the meeting until its minutes are approved
 * when `keepUntilApproved` is on (workflows/transcript-keeping.ts), and only for this session when it is off.
 */
export interface TeamsState {
  meetingId: string | null;
  report: { fileName: string; report: AttendanceReport } | null;
  transcript: ImportedTranscript | null;
  /** When the transcript on screen was imported (kept with it). */
  importedAt: string;
  /** Keep the transcript with the meeting until the minutes are approved (the default). */
  keepUntilApproved: boolean;
  /** The open meeting's records of transcripts deleted, oldest first. */
  deletions: TranscriptDeletion[];
  setKeepUntilApproved: (on: boolean) => void;
  setDeletions: (deletions: TranscriptDeletion[]) => void;
  transcriptDeleted: (records: readonly TranscriptDeletion[]) => void;
  /** Takes the transcript off the screen, if it is this meeting's. */
  forgetTranscript: (meetingId: string) => void;
  setImportedAt: (at: string) => void;
  forMeeting: (meetingId: string) => void;
  setReport: (report: TeamsState['report']) => void;
  setTranscript: (transcript: ImportedTranscript | null) => void;
  setDrafts: (drafts: TranscriptDrafts) => void;
  decide: (key: string, verdict: Verdict) => void;
}

export const useTeamsStore = create<TeamsState>()((set, get) => ({
  meetingId: null,
  report: null,
  transcript: null,
  importedAt: '',
  keepUntilApproved: savedKeep(),
  deletions: [],
  forMeeting: (meetingId) => {
    if (get().meetingId !== meetingId)
      set({ meetingId, report: null, transcript: null, importedAt: '', deletions: [] });
  },
  setKeepUntilApproved: (on) => {
    localStorage.setItem(KEEP_KEY, String(on));
    set({ keepUntilApproved: on });
  },
  setDeletions: (deletions) => set({ deletions }),
  transcriptDeleted: (records) =>
    set((state) => ({
      deletions: [
        ...state.deletions,
        ...records.filter((record) => record.meetingId === state.meetingId),
      ],
    })),
  forgetTranscript: (meetingId) =>
    set((state) => (state.meetingId === meetingId ? { transcript: null } : {})),
  setImportedAt: (importedAt) => set({ importedAt }),
  setReport: (report) => set({ report }),
  setTranscript: (transcript) => set({ transcript }),
  setDrafts: (drafts) =>
    set((state) => (state.transcript ? { transcript: { ...state.transcript, drafts } } : {})),
  decide: (key, verdict) =>
    set((state) =>
      state.transcript
        ? {
            transcript: {
              ...state.transcript,
              verdicts: { ...state.transcript.verdicts, [key]: verdict },
            },
          }
        : {},
    ),
}));

/** A proposal's identity: its item, kind and words, so moving a boundary keeps the answers given. */
export function proposalKey(item: number, kind: 'sentence' | 'decision' | 'action', text: string) {
  return `${item}|${kind}|${text}`;
}
