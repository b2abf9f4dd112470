import { create } from 'zustand';
import { refusedChanges, type AgendaItem, type IsoDate, type Meeting } from '@shared/model';
import type { MinuteBookDatabase } from '../db/database';
import { nowStamp } from '../db/ids';
import * as meetingsRepository from '../db/meetings-repository';
import { trackSave } from './save-status-store';

const NO_MEETINGS: readonly Meeting[] = [];

export interface MeetingsState {
  /** Meetings by board id, oldest first; a board is absent until read. */
  meetingsByBoard: Record<string, readonly Meeting[]>;
  loadBoard: (boardId: string) => Promise<void>;
  createMeeting: (
    boardId: string,
    date: IsoDate,
    details: Partial<Meeting>,
    agenda: ReadonlyArray<Partial<AgendaItem>>,
  ) => Promise<Meeting>;
  updateMeeting: (meeting: Meeting, changes: Partial<Meeting>) => void;
  /** Shows the status a workflow has stored (a sign-off step), without writing it again. */
  showStoredStatus: (stored: Pick<Meeting, 'id' | 'boardId' | 'status' | 'updatedAt'>) => void;
  deleteMeeting: (meeting: Meeting) => Promise<void>;
}

export function createMeetingsStore(db: MinuteBookDatabase) {
  const replace = (state: MeetingsState, boardId: string, meetings: readonly Meeting[]) => ({
    meetingsByBoard: {
      ...state.meetingsByBoard,
      [boardId]: [...meetings].sort(
        (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
      ),
    },
  });

  return create<MeetingsState>()((set, get) => ({
    meetingsByBoard: {},

    loadBoard: async (boardId) => {
      const meetings = await meetingsRepository.listMeetings(db, boardId);
      set((state) => replace(state, boardId, meetings));
    },

    createMeeting: async (boardId, date, details, agenda) => {
      const meeting = meetingsRepository.newMeeting(boardId, date, details);
      const items = agenda.map((item, index) =>
        meetingsRepository.newAgendaItem(meeting.id, index + 1, item),
      );
      await trackSave(meetingsRepository.saveNewMeeting(db, meeting, items));
      set((state) => replace(state, boardId, [...(state.meetingsByBoard[boardId] ?? []), meeting]));
      return meeting;
    },

    updateMeeting: (meeting, changes) => {
      // The editors are disabled on approved minutes; this keeps any path that was missed honest.
      const stored = get().meetingsByBoard[meeting.boardId]?.find((each) => each.id === meeting.id);
      const refused = refusedChanges(stored?.status ?? meeting.status, changes);
      if (refused.length > 0)
        throw new Error(
          `These minutes are approved and cannot be edited (${refused.join(', ')}). Reopen them on the Sign-off tab first.`,
        );
      const updated = { ...changes, updatedAt: nowStamp() };
      set((state) =>
        replace(
          state,
          meeting.boardId,
          (state.meetingsByBoard[meeting.boardId] ?? []).map((each) =>
            each.id === meeting.id ? { ...each, ...updated } : each,
          ),
        ),
      );
      void trackSave(meetingsRepository.updateMeeting(db, meeting.id, updated)).catch(
        () => undefined,
      );
    },

    showStoredStatus: ({ id, boardId, status, updatedAt }) =>
      set((state) =>
        replace(
          state,
          boardId,
          (state.meetingsByBoard[boardId] ?? []).map((each) =>
            each.id === id ? { ...each, status, updatedAt } : each,
          ),
        ),
      ),

    deleteMeeting: async (meeting) => {
      await trackSave(meetingsRepository.deleteMeeting(db, meeting.id));
      set((state) =>
        replace(
          state,
          meeting.boardId,
          (state.meetingsByBoard[meeting.boardId] ?? []).filter((each) => each.id !== meeting.id),
        ),
      );
    },
  }));
}

export type MeetingsStore = ReturnType<typeof createMeetingsStore>;

export const selectBoardMeetings =
  (boardId: string) =>
  (state: MeetingsState): readonly Meeting[] =>
    state.meetingsByBoard[boardId] ?? NO_MEETINGS;

export const selectMeeting =
  (boardId: string, meetingId: string) =>
  (state: MeetingsState): Meeting | null =>
    state.meetingsByBoard[boardId]?.find((meeting) => meeting.id === meetingId) ?? null;
