import { create } from 'zustand';

export type BoardTab =
  'register' | 'meetings' | 'actions' | 'documents' | 'attendance-record' | 'interests';
export type MeetingTab = 'agenda' | 'attendance' | 'minutes' | 'export' | 'sign-off' | 'teams';

export interface NavigationState {
  boardTab: BoardTab;
  /** The meeting open within the selected board, if any. */
  meetingId: string | null;
  meetingTab: MeetingTab;
  showBoardTab: (tab: BoardTab) => void;
  openMeeting: (meetingId: string, tab?: MeetingTab) => void;
  closeMeeting: () => void;
  /** Leaves any open meeting and shows the board on the tab it was last on. */
  showBoard: () => void;
  showMeetingTab: (tab: MeetingTab) => void;
}

const KEY = 'minute-book:navigation';

type Place = Pick<NavigationState, 'boardTab' | 'meetingId' | 'meetingTab'>;

/** The place on screen survives a reload, so a minute-taker who reloads is back in the same meeting. */
function restore(): Place {
  const fallback: Place = { boardTab: 'register', meetingId: null, meetingTab: 'agenda' };
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Place> | null;
    return saved ? { ...fallback, ...saved } : fallback;
  } catch {
    return fallback;
  }
}

export const useNavigationStore = create<NavigationState>()((set) => ({
  ...restore(),
  showBoardTab: (boardTab) => set({ boardTab, meetingId: null }),
  openMeeting: (meetingId, meetingTab) =>
    set((state) => ({
      meetingId,
      boardTab: 'meetings',
      meetingTab: meetingTab ?? state.meetingTab,
    })),
  closeMeeting: () => set({ meetingId: null, boardTab: 'meetings' }),
  showBoard: () => set({ meetingId: null }),
  showMeetingTab: (meetingTab) => set({ meetingTab }),
}));

useNavigationStore.subscribe((state) => {
  const place: Place = {
    boardTab: state.boardTab,
    meetingId: state.meetingId,
    meetingTab: state.meetingTab,
  };
  localStorage.setItem(KEY, JSON.stringify(place));
});
