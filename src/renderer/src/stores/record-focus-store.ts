import { create } from 'zustand';

/**
 * Where a search result about a standing record asks the board's page to open: the register of
 * interests at a member's entries, or the attendance record over a member's term. The panel takes
 * it once it has shown the place, so a later visit opens as usual.
 */
export interface RecordFocus {
  kind: 'interest' | 'attendance';
  boardId: string;
  /** The interest, or the register entry whose attendance it is. */
  recordId: string;
  /** The register entry (member and term). */
  memberId: string;
  /** A date the member was in office on: the interest's declaration, or the term's start. */
  date: string;
}

export interface RecordFocusState {
  focus: RecordFocus | null;
  show: (focus: RecordFocus) => void;
  /** Returns the focus meant for this board and kind, and forgets it. */
  take: (boardId: string, kind: RecordFocus['kind']) => RecordFocus | null;
}

export const useRecordFocusStore = create<RecordFocusState>()((set, get) => ({
  focus: null,
  show: (focus) => set({ focus }),
  take: (boardId, kind) => {
    const { focus } = get();
    if (focus === null || focus.boardId !== boardId || focus.kind !== kind) return null;
    set({ focus: null });
    return focus;
  },
}));
