import { create } from 'zustand';
import {
  boardTabOf,
  parseStoredNavigation,
  placeOf,
  screenUnder,
  type BoardTab,
  type MeetingTab,
  type Screen,
  type StoredNavigation,
  type ToolScreen,
} from './screen';

export type { BoardTab, MeetingTab, Screen } from './screen';

export interface NavigationState {
  /** The one screen showing in the main area. */
  screen: Screen;
  /** The tab a meeting opens on when none is asked for: the one last shown. */
  meetingTab: MeetingTab;
  /** Every change of screen comes here. */
  go: (screen: Screen) => void;
  /** Closes a tool or the search, back to the screen under it; from a meeting, back to Meetings. */
  back: () => void;
  /** Opens a tool from the sidebar, over the place the secretary is at (leaving any search). */
  openTool: (kind: ToolScreen['kind']) => void;
  /** Shows the search over whatever is on screen; already searching, it stays as it is. */
  openSearch: () => void;
  /** Leaves the search, if it is showing, for the screen it was opened over. */
  closeSearch: () => void;
  /** Shows the selected board on a tab, by default the one it was last on (Meetings after a meeting). */
  showBoard: (tab?: BoardTab) => void;
  openMeeting: (meetingId: string, tab?: MeetingTab) => void;
  showMeetingTab: (tab: MeetingTab) => void;
}

/** Where the navigation is kept between runs: localStorage in the app, a stand-in in the tests. */
export interface NavigationStorage {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
}

export const NAVIGATION_KEY = 'minute-book:navigation';

function read(storage: NavigationStorage): StoredNavigation {
  try {
    return parseStoredNavigation(storage.getItem(NAVIGATION_KEY));
  } catch {
    return parseStoredNavigation(null);
  }
}

/** The place on screen survives a reload, so a minute-taker who reloads is back in the same meeting. */
export function createNavigationStore(storage: NavigationStorage) {
  const restored = read(storage);
  const store = create<NavigationState>()((set, get) => {
    const go = (screen: Screen) =>
      set((state) => ({
        screen,
        meetingTab: screen.kind === 'meeting' ? screen.tab : state.meetingTab,
      }));
    return {
      screen: restored.place,
      meetingTab: restored.meetingTab,
      go,
      back: () => {
        const { screen } = get();
        if (screen.kind === 'meeting') go({ kind: 'board', tab: 'meetings' });
        else go(screenUnder(screen));
      },
      openTool: (kind) => go({ kind, over: placeOf(get().screen) }),
      openSearch: () => {
        const { screen } = get();
        if (screen.kind !== 'search') go({ kind: 'search', over: screen });
      },
      closeSearch: () => {
        const { screen } = get();
        if (screen.kind === 'search') go(screen.over);
      },
      showBoard: (tab) => go({ kind: 'board', tab: tab ?? boardTabOf(placeOf(get().screen)) }),
      openMeeting: (meetingId, tab) =>
        go({ kind: 'meeting', meetingId, tab: tab ?? get().meetingTab }),
      showMeetingTab: (tab) => {
        const { screen } = get();
        if (screen.kind === 'meeting') go({ ...screen, tab });
        else set({ meetingTab: tab });
      },
    };
  });

  let saved = JSON.stringify(restored);
  store.subscribe((state) => {
    const place: StoredNavigation = {
      place: placeOf(state.screen),
      meetingTab: state.meetingTab,
    };
    const text = JSON.stringify(place);
    if (text === saved) return;
    saved = text;
    try {
      storage.setItem(NAVIGATION_KEY, text);
    } catch {
      // A full or refused storage costs only the place after a reload, never the screen change.
    }
  });
  return store;
}

export type NavigationStore = ReturnType<typeof createNavigationStore>;

/** The tab of the selected board's page: a meeting's place keeps Meetings under it. */
export const selectBoardTab = (state: NavigationState): BoardTab =>
  boardTabOf(placeOf(state.screen));

/** The meeting open on screen, if any. */
export const selectOpenMeetingId = (state: NavigationState): string | null =>
  state.screen.kind === 'meeting' ? state.screen.meetingId : null;
