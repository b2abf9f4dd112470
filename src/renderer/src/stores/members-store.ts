import { create } from 'zustand';
import type { IsoDate, Member, MemberChanges } from '@shared/model';
import type { MinuteBookDatabase } from '../db/database';
import { nowStamp } from '../db/ids';
import * as membersRepository from '../db/members-repository';
import { trackSave } from './save-status-store';

const NO_MEMBERS: readonly Member[] = [];

export interface MembersState {
  /** Members by board id; a board is absent until its register has been read. */
  membersByBoard: Record<string, readonly Member[]>;
  loadBoard: (boardId: string) => Promise<void>;
  addMember: (boardId: string, termStart: IsoDate) => Promise<Member>;
  updateMember: (member: Member, changes: MemberChanges) => void;
  removeMember: (member: Member) => Promise<void>;
}

export function createMembersStore(db: MinuteBookDatabase) {
  const replaceIn = (state: MembersState, boardId: string, members: readonly Member[]) => ({
    membersByBoard: { ...state.membersByBoard, [boardId]: members },
  });

  return create<MembersState>()((set) => ({
    membersByBoard: {},

    loadBoard: async (boardId) => {
      const members = await membersRepository.listMembers(db, boardId);
      set((state) => replaceIn(state, boardId, members));
    },

    addMember: async (boardId, termStart) => {
      const member = membersRepository.newMember(boardId, termStart);
      await trackSave(membersRepository.saveNewMember(db, member));
      set((state) => replaceIn(state, boardId, [...(state.membersByBoard[boardId] ?? []), member]));
      return member;
    },

    updateMember: (member, changes) => {
      const updatedAt = nowStamp();
      set((state) =>
        replaceIn(
          state,
          member.boardId,
          (state.membersByBoard[member.boardId] ?? []).map((each) =>
            each.id === member.id ? { ...each, ...changes, updatedAt } : each,
          ),
        ),
      );
      void trackSave(membersRepository.updateMember(db, member.id, changes, updatedAt)).catch(
        () => undefined,
      );
    },

    removeMember: async (member) => {
      await trackSave(membersRepository.deleteMember(db, member.id));
      set((state) =>
        replaceIn(
          state,
          member.boardId,
          (state.membersByBoard[member.boardId] ?? []).filter((each) => each.id !== member.id),
        ),
      );
    },
  }));
}

export type MembersStore = ReturnType<typeof createMembersStore>;

export const selectBoardMembers =
  (boardId: string) =>
  (state: MembersState): readonly Member[] =>
    state.membersByBoard[boardId] ?? NO_MEMBERS;

export const selectBoardMembersLoaded =
  (boardId: string) =>
  (state: MembersState): boolean =>
    boardId in state.membersByBoard;
