import { describe, expect, it, vi } from 'vitest';
import { endImportWithItsScreen } from '@renderer/stores/import-screen';
import {
  createNavigationStore,
  NAVIGATION_KEY,
  selectBoardTab,
  selectOpenMeetingId,
  type NavigationStorage,
} from '@renderer/stores/navigation-store';
import { parseStoredNavigation, type MeetingScreen, type Screen } from '@renderer/stores/screen';

/** localStorage as the app sees it, held in a map the test can read and fill. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const storage: NavigationStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
  return { storage, items };
}

function storeWith(saved?: unknown) {
  const { storage, items } = memoryStorage(
    saved === undefined ? {} : { [NAVIGATION_KEY]: JSON.stringify(saved) },
  );
  return { store: createNavigationStore(storage), items };
}

const minutes: MeetingScreen = { kind: 'meeting', meetingId: 'm1', tab: 'minutes' };

describe('moving between screens', () => {
  it('opens on the register when nothing was kept', () => {
    const { store } = storeWith();
    expect(store.getState().screen).toEqual({ kind: 'board', tab: 'register' });
    expect(store.getState().meetingTab).toBe('agenda');
  });

  it('opens a meeting on the tab asked for, else on the tab last shown', () => {
    const { store } = storeWith();
    store.getState().openMeeting('m1', 'minutes');
    store.getState().showMeetingTab('sign-off');
    store.getState().back();
    expect(store.getState().screen).toEqual({ kind: 'board', tab: 'meetings' });
    store.getState().openMeeting('m2');
    expect(store.getState().screen).toEqual({ kind: 'meeting', meetingId: 'm2', tab: 'sign-off' });
    expect(selectOpenMeetingId(store.getState())).toBe('m2');
    expect(selectBoardTab(store.getState())).toBe('meetings');
  });

  it('returns from a tool to the meeting it was opened over', () => {
    const { store } = storeWith();
    store.getState().go(minutes);
    store.getState().openTool('import');
    expect(store.getState().screen).toEqual({ kind: 'import', over: minutes });
    store.getState().back();
    expect(store.getState().screen).toEqual(minutes);
  });

  it('leaves the search for the screen under it, and keeps that screen while searching on', () => {
    const { store } = storeWith();
    store.getState().go(minutes);
    store.getState().openTool('import');
    store.getState().openSearch();
    store.getState().openSearch();
    expect(store.getState().screen).toEqual({
      kind: 'search',
      over: { kind: 'import', over: minutes },
    });
    store.getState().closeSearch();
    expect(store.getState().screen).toEqual({ kind: 'import', over: minutes });
    store.getState().closeSearch();
    expect(store.getState().screen).toEqual({ kind: 'import', over: minutes });
  });

  it('opens a tool from the search over the place, not over the search or another tool', () => {
    const { store } = storeWith();
    store.getState().showBoard('actions');
    store.getState().openTool('import');
    store.getState().openSearch();
    store.getState().openTool('backups');
    expect(store.getState().screen).toEqual({
      kind: 'backups',
      over: { kind: 'board', tab: 'actions' },
    });
  });

  it('shows the board on the tab it was last on, and Meetings after a meeting', () => {
    const { store } = storeWith();
    store.getState().showBoard('interests');
    store.getState().openTool('create-board');
    expect(selectBoardTab(store.getState())).toBe('interests');
    store.getState().showBoard();
    expect(store.getState().screen).toEqual({ kind: 'board', tab: 'interests' });
    store.getState().go(minutes);
    store.getState().openTool('backups');
    store.getState().showBoard();
    expect(store.getState().screen).toEqual({ kind: 'board', tab: 'meetings' });
  });

  it('goes straight from a search result to its meeting, leaving the search and what it was over', () => {
    const { store } = storeWith();
    store.getState().openTool('backups');
    store.getState().openSearch();
    store.getState().openMeeting('m9', 'attendance');
    expect(store.getState().screen).toEqual({
      kind: 'meeting',
      meetingId: 'm9',
      tab: 'attendance',
    });
  });

  it('keeps the meeting tab for next time even when changed away from a meeting', () => {
    const { store } = storeWith();
    store.getState().showMeetingTab('export');
    expect(store.getState().screen).toEqual({ kind: 'board', tab: 'register' });
    store.getState().openMeeting('m1');
    expect(store.getState().screen).toEqual({ kind: 'meeting', meetingId: 'm1', tab: 'export' });
  });

  it('leaves a board page as it is on back', () => {
    const { store } = storeWith();
    store.getState().showBoard('documents');
    store.getState().back();
    expect(store.getState().screen).toEqual({ kind: 'board', tab: 'documents' });
  });
});

describe('keeping the place between runs', () => {
  it('keeps the place under any tool or search, never the tool itself', () => {
    const { store, items } = storeWith();
    store.getState().openMeeting('m1', 'teams');
    store.getState().openTool('import');
    store.getState().openSearch();
    expect(JSON.parse(items.get(NAVIGATION_KEY) ?? 'null')).toEqual({
      place: { kind: 'meeting', meetingId: 'm1', tab: 'teams' },
      meetingTab: 'teams',
    });
    const reloaded = createNavigationStore({
      getItem: (key) => items.get(key) ?? null,
      setItem: () => undefined,
    });
    expect(reloaded.getState().screen).toEqual({ kind: 'meeting', meetingId: 'm1', tab: 'teams' });
  });

  it('reads the shape the earlier release kept', () => {
    expect(
      storeWith({ boardTab: 'actions', meetingId: null, meetingTab: 'minutes' }).store.getState(),
    ).toMatchObject({ screen: { kind: 'board', tab: 'actions' }, meetingTab: 'minutes' });
    expect(
      storeWith({ boardTab: 'meetings', meetingId: 'm4', meetingTab: 'sign-off' }).store.getState(),
    ).toMatchObject({
      screen: { kind: 'meeting', meetingId: 'm4', tab: 'sign-off' },
      meetingTab: 'sign-off',
    });
  });

  it('keeps what is sound in an earlier shape with a field missing or wrong', () => {
    expect(parseStoredNavigation(JSON.stringify({ meetingId: 'm4' }))).toEqual({
      place: { kind: 'meeting', meetingId: 'm4', tab: 'agenda' },
      meetingTab: 'agenda',
    });
    expect(
      parseStoredNavigation(
        JSON.stringify({ boardTab: 'calendar', meetingId: 7, meetingTab: 'teams' }),
      ),
    ).toEqual({ place: { kind: 'board', tab: 'register' }, meetingTab: 'teams' });
    expect(parseStoredNavigation(JSON.stringify({ meetingId: '', boardTab: 'actions' }))).toEqual({
      place: { kind: 'board', tab: 'actions' },
      meetingTab: 'agenda',
    });
  });

  it.each([
    ['nothing', null],
    ['broken JSON', '{"place":'],
    ['a number', '42'],
    ['null', 'null'],
    ['a list', '["meeting"]'],
    ['another program’s value', '{"theme":"dark"}'],
    ['an unknown screen', '{"place":{"kind":"search"},"meetingTab":"agenda"}'],
    [
      'a tab that does not exist',
      '{"place":{"kind":"board","tab":"calendar"},"meetingTab":"agenda"}',
    ],
    [
      'a huge meeting id',
      JSON.stringify({
        place: { kind: 'meeting', meetingId: 'x'.repeat(100_000), tab: 'agenda' },
        meetingTab: 'agenda',
      }),
    ],
  ])('opens the register when it finds %s', (_, text) => {
    const reread = createNavigationStore({
      getItem: () => text,
      setItem: () => undefined,
    });
    expect(reread.getState().screen).toEqual({ kind: 'board', tab: 'register' });
    expect(reread.getState().meetingTab).toBe('agenda');
  });

  it('still moves when the storage cannot be read or written', () => {
    const store = createNavigationStore({
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(store.getState().screen).toEqual({ kind: 'board', tab: 'register' });
    store.getState().openMeeting('m1', 'minutes');
    expect(store.getState().screen).toEqual(minutes);
  });

  it('writes only when the place kept changes', () => {
    const setItem = vi.fn();
    const store = createNavigationStore({ getItem: () => null, setItem });
    store.getState().openSearch();
    store.getState().closeSearch();
    store.getState().openTool('backups');
    expect(setItem).not.toHaveBeenCalled();
    store.getState().showBoard('actions');
    expect(setItem).toHaveBeenCalledTimes(1);
  });
});

describe('the import and its screen', () => {
  function wired() {
    const { store } = storeWith();
    const reset = vi.fn();
    endImportWithItsScreen(store, { getState: () => ({ reset }) });
    return { store, reset };
  }

  it('keeps the import under a search, and ends it when the import is left', () => {
    const { store, reset } = wired();
    store.getState().openTool('import');
    store.getState().openSearch();
    store.getState().closeSearch();
    expect(reset).not.toHaveBeenCalled();
    store.getState().back();
    expect(reset).toHaveBeenCalledTimes(1);
  });

  it.each<[string, (store: ReturnType<typeof wired>['store']) => void]>([
    ['a board from the sidebar', (store) => store.getState().showBoard()],
    ['backups', (store) => store.getState().openTool('backups')],
    ['a search result', (store) => store.getState().openMeeting('m1', 'minutes')],
  ])('ends the import when %s is opened, even from a search over it', (_, leave) => {
    const { store, reset } = wired();
    store.getState().openTool('import');
    store.getState().openSearch();
    leave(store);
    expect(reset).toHaveBeenCalledTimes(1);
  });

  it('leaves other screens alone', () => {
    const { store, reset } = wired();
    const screens: Screen[] = [minutes, { kind: 'backups', over: minutes }];
    for (const screen of screens) store.getState().go(screen);
    store.getState().openSearch();
    store.getState().closeSearch();
    expect(reset).not.toHaveBeenCalled();
  });
});
