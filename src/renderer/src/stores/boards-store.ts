import { create } from 'zustand';
import type { Board, BoardChanges } from '@shared/model';
import * as boardsRepository from '../db/boards-repository';
import type { MinuteBookDatabase } from '../db/database';
import { nowStamp } from '../db/ids';
import { trackSave } from './save-status-store';

export interface BoardsState {
  boards: Board[];
  loaded: boolean;
  selectedBoardId: string | null;
  load: () => Promise<void>;
  createBoard: (name: string, description: string) => Promise<Board>;
  updateBoard: (id: string, changes: BoardChanges) => void;
  deleteBoard: (id: string) => Promise<void>;
  selectBoard: (id: string | null) => void;
}

const SELECTED_BOARD_KEY = 'minute-book:selected-board';

function rememberSelection(id: string | null): void {
  if (id) localStorage.setItem(SELECTED_BOARD_KEY, id);
  else localStorage.removeItem(SELECTED_BOARD_KEY);
}

export function createBoardsStore(db: MinuteBookDatabase) {
  return create<BoardsState>()((set, get) => ({
    boards: [],
    loaded: false,
    selectedBoardId: null,

    load: async () => {
      const boards = await boardsRepository.listBoards(db);
      const remembered = localStorage.getItem(SELECTED_BOARD_KEY);
      const selected = boards.find((board) => board.id === remembered) ?? boards[0] ?? null;
      set({ boards, loaded: true, selectedBoardId: selected?.id ?? null });
    },

    createBoard: async (name, description) => {
      const board = boardsRepository.newBoard(name.trim(), description.trim());
      await trackSave(boardsRepository.saveNewBoard(db, board));
      set((state) => ({ boards: [...state.boards, board], selectedBoardId: board.id }));
      rememberSelection(board.id);
      return board;
    },

    updateBoard: (id, changes) => {
      const updatedAt = nowStamp();
      set((state) => ({
        boards: state.boards.map((board) =>
          board.id === id ? { ...board, ...changes, updatedAt } : board,
        ),
      }));
      void trackSave(boardsRepository.updateBoard(db, id, changes, updatedAt)).catch(
        () => undefined,
      );
    },

    deleteBoard: async (id) => {
      await trackSave(boardsRepository.deleteBoard(db, id));
      const boards = get().boards.filter((board) => board.id !== id);
      const selectedBoardId =
        get().selectedBoardId === id ? (boards[0]?.id ?? null) : get().selectedBoardId;
      set({ boards, selectedBoardId });
      rememberSelection(selectedBoardId);
    },

    selectBoard: (id) => {
      set({ selectedBoardId: id });
      rememberSelection(id);
    },
  }));
}

export type BoardsStore = ReturnType<typeof createBoardsStore>;

export const selectSelectedBoard = (state: BoardsState): Board | null =>
  state.boards.find((board) => board.id === state.selectedBoardId) ?? null;
