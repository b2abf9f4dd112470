import { create } from 'zustand';
import type { AttendanceReport } from '../../../../shared/teams/attendance-report';
import type { TranscriptDrafts } from '../../../../shared/teams/draft-transcript';
import type { Cue } from '../../../../shared/teams/transcript';

export type Verdict = 'accepted' | 'rejected';

export interface ImportedTranscript {
  fileName: string;
  cues: readonly Cue[];
  drafts: TranscriptDrafts;
  /** The secretary's answer to each proposal, by `proposalKey`; unanswered ones are still drafts. */
  verdicts: Record<string, Verdict>;
}

/**
 * What the secretary brought in from Teams for the open meeting. Held in memory only: nothing from
 * a report or a transcript is stored until the secretary applies or accepts it into the minutes.
 */
export interface TeamsState {
  meetingId: string | null;
  report: { fileName: string; report: AttendanceReport } | null;
  transcript: ImportedTranscript | null;
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
  forMeeting: (meetingId) => {
    if (get().meetingId !== meetingId) set({ meetingId, report: null, transcript: null });
  },
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
