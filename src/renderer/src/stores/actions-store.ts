import { create } from 'zustand';
import type { Action } from '@shared/model';
import type { MinuteBookDatabase } from '../db/database';
import { newId, nowStamp } from '../db/ids';
import { patchRecord, putRecords, withoutRecord } from '../db/meeting-minutes';
import { listBoardActions } from '../db/meetings-repository';
import { changeMinutesPart } from '../db/minutes-repository';
import { trackSave } from './save-status-store';

const NO_ACTIONS: readonly Action[] = [];

export type NewAction = Pick<Action, 'boardId' | 'meetingId' | 'itemId' | 'text' | 'source'> &
  Partial<Action>;

/**
 * The board-wide action log: actions outlive the meeting that raised them, though they are stored
 * with its minutes.
 */
export interface ActionsState {
  actionsByBoard: Record<string, readonly Action[]>;
  loadBoard: (boardId: string) => Promise<void>;
  addAction: (action: NewAction) => Promise<Action>;
  updateAction: (action: Action, changes: Partial<Action>) => void;
  removeAction: (action: Action) => Promise<void>;
}

export function createActionsStore(db: MinuteBookDatabase) {
  const replace = (state: ActionsState, boardId: string, actions: readonly Action[]) => ({
    actionsByBoard: { ...state.actionsByBoard, [boardId]: actions },
  });

  return create<ActionsState>()((set) => ({
    actionsByBoard: {},

    loadBoard: async (boardId) => {
      const actions = await listBoardActions(db, boardId);
      set((state) => replace(state, boardId, actions));
    },

    addAction: async (fields) => {
      const stamp = nowStamp();
      const action: Action = {
        id: newId(),
        ownerMemberId: '',
        ownerName: '',
        due: '',
        status: 'open',
        ownerCorrected: false,
        dueCorrected: false,
        updates: [],
        createdAt: stamp,
        updatedAt: stamp,
        ...fields,
      };
      set((state) =>
        replace(state, action.boardId, [...(state.actionsByBoard[action.boardId] ?? []), action]),
      );
      await trackSave(
        changeMinutesPart(db, action.meetingId, 'actions', (list) => putRecords(list, [action])),
      );
      return action;
    },

    updateAction: (action, changes) => {
      const updated = { ...changes, updatedAt: nowStamp() };
      set((state) =>
        replace(
          state,
          action.boardId,
          (state.actionsByBoard[action.boardId] ?? []).map((each) =>
            each.id === action.id ? { ...each, ...updated } : each,
          ),
        ),
      );
      void trackSave(
        changeMinutesPart(db, action.meetingId, 'actions', (list) =>
          patchRecord(list, action.id, updated),
        ),
      ).catch(() => undefined);
    },

    removeAction: async (action) => {
      set((state) =>
        replace(
          state,
          action.boardId,
          (state.actionsByBoard[action.boardId] ?? []).filter((each) => each.id !== action.id),
        ),
      );
      await trackSave(
        changeMinutesPart(db, action.meetingId, 'actions', (list) =>
          withoutRecord(list, action.id),
        ),
      );
    },
  }));
}

export type ActionsStore = ReturnType<typeof createActionsStore>;

export const selectBoardActions =
  (boardId: string) =>
  (state: ActionsState): readonly Action[] =>
    state.actionsByBoard[boardId] ?? NO_ACTIONS;
