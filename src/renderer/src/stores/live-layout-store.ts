import { create } from 'zustand';

export interface LiveLayoutState {
  /** Only the notes and the item title on screen, for the minute-taker who needs every pixel. */
  focusMode: boolean;
  /** The agenda rail shows item numbers only, giving its width to the notes. */
  railCollapsed: boolean;
  /** The item whose notes editor takes the caret as soon as it is on screen (after a move or Start meeting). */
  notesFocusFor: string | null;
  setFocusMode: (on: boolean) => void;
  toggleFocusMode: () => void;
  toggleRail: () => void;
  requestNotesFocus: (itemId: string) => void;
  /** True once for the item asked for: the editor that calls it takes the caret. */
  takeNotesFocus: (itemId: string) => boolean;
}

const RAIL_KEY = 'minute-book:rail-collapsed';

function savedRail(): boolean {
  try {
    return localStorage.getItem(RAIL_KEY) === 'true';
  } catch {
    return false;
  }
}

export const useLiveLayoutStore = create<LiveLayoutState>()((set, get) => ({
  focusMode: false,
  railCollapsed: savedRail(),
  notesFocusFor: null,
  setFocusMode: (focusMode) => set({ focusMode }),
  toggleFocusMode: () => set((state) => ({ focusMode: !state.focusMode })),
  toggleRail: () =>
    set((state) => {
      const railCollapsed = !state.railCollapsed;
      localStorage.setItem(RAIL_KEY, String(railCollapsed));
      return { railCollapsed };
    }),
  requestNotesFocus: (itemId) => set({ notesFocusFor: itemId }),
  takeNotesFocus: (itemId) => {
    if (get().notesFocusFor !== itemId) return false;
    set({ notesFocusFor: null });
    return true;
  },
}));
