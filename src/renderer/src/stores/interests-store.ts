import { create } from 'zustand';
import {
  interestProblem,
  nilReturnProblem,
  type Interest,
  type InterestChanges,
  type InterestConfirmation,
  type IsoDate,
} from '@shared/model';
import type { MinuteBookDatabase } from '../db/database';
import { nowStamp } from '../db/ids';
import * as interestsRepository from '../db/interests-repository';
import { trackSave } from './save-status-store';

const NO_INTERESTS: readonly Interest[] = [];
const NO_CONFIRMATIONS: readonly InterestConfirmation[] = [];

export interface InterestsState {
  interestsByBoard: Record<string, readonly Interest[]>;
  confirmationsByBoard: Record<string, readonly InterestConfirmation[]>;
  loadBoard: (boardId: string) => Promise<void>;
  /** Adds an entry; throws with a sentence to show when the entry is not valid. */
  addInterest: (details: interestsRepository.NewInterest) => Promise<Interest>;
  updateInterest: (interest: Interest, changes: InterestChanges) => void;
  removeInterest: (interest: Interest) => Promise<void>;
  /** Records the member's confirmation of their entries, or a nil return; throws when refused. */
  confirm: (
    boardId: string,
    memberId: string,
    confirmedOn: IsoDate,
    nilReturn: boolean,
  ) => Promise<void>;
}

export function createInterestsStore(db: MinuteBookDatabase) {
  return create<InterestsState>()((set, get) => {
    const replaceInterests = (boardId: string, change: (list: readonly Interest[]) => Interest[]) =>
      set((state) => ({
        interestsByBoard: {
          ...state.interestsByBoard,
          [boardId]: change(state.interestsByBoard[boardId] ?? NO_INTERESTS),
        },
      }));

    return {
      interestsByBoard: {},
      confirmationsByBoard: {},

      loadBoard: async (boardId) => {
        const { interests, confirmations } = await interestsRepository.readBoardInterests(
          db,
          boardId,
        );
        set((state) => ({
          interestsByBoard: { ...state.interestsByBoard, [boardId]: interests },
          confirmationsByBoard: { ...state.confirmationsByBoard, [boardId]: confirmations },
        }));
      },

      addInterest: async (details) => {
        const interest = interestsRepository.newInterest(details);
        const problem = interestProblem(interest);
        if (problem) throw new Error(problem);
        await trackSave(interestsRepository.saveInterest(db, interest));
        replaceInterests(interest.boardId, (list) => [...list, interest]);
        return interest;
      },

      updateInterest: (interest, changes) => {
        const updatedAt = nowStamp();
        replaceInterests(interest.boardId, (list) =>
          list.map((each) => (each.id === interest.id ? { ...each, ...changes, updatedAt } : each)),
        );
        void trackSave(
          interestsRepository.updateInterest(db, interest.id, changes, updatedAt),
        ).catch(() => undefined);
      },

      removeInterest: async (interest) => {
        await trackSave(interestsRepository.deleteInterest(db, interest.id));
        replaceInterests(interest.boardId, (list) =>
          list.filter((each) => each.id !== interest.id),
        );
      },

      confirm: async (boardId, memberId, confirmedOn, nilReturn) => {
        if (nilReturn) {
          const problem = nilReturnProblem(
            get().interestsByBoard[boardId] ?? NO_INTERESTS,
            memberId,
            confirmedOn,
          );
          if (problem) throw new Error(problem);
        }
        const confirmation = interestsRepository.newConfirmation(
          boardId,
          memberId,
          confirmedOn,
          nilReturn,
        );
        await trackSave(interestsRepository.saveConfirmation(db, confirmation));
        set((state) => ({
          confirmationsByBoard: {
            ...state.confirmationsByBoard,
            [boardId]: [...(state.confirmationsByBoard[boardId] ?? NO_CONFIRMATIONS), confirmation],
          },
        }));
      },
    };
  });
}

export type InterestsStore = ReturnType<typeof createInterestsStore>;

export const selectBoardInterests =
  (boardId: string) =>
  (state: InterestsState): readonly Interest[] =>
    state.interestsByBoard[boardId] ?? NO_INTERESTS;

export const selectBoardConfirmations =
  (boardId: string) =>
  (state: InterestsState): readonly InterestConfirmation[] =>
    state.confirmationsByBoard[boardId] ?? NO_CONFIRMATIONS;

export const selectBoardInterestsLoaded =
  (boardId: string) =>
  (state: InterestsState): boolean =>
    boardId in state.interestsByBoard;
