import { z } from 'zod';

export const BOARD_TABS = [
  'register',
  'meetings',
  'actions',
  'documents',
  'attendance-record',
  'interests',
] as const;
export const MEETING_TABS = [
  'agenda',
  'attendance',
  'minutes',
  'export',
  'sign-off',
  'teams',
] as const;

export type BoardTab = (typeof BOARD_TABS)[number];
export type MeetingTab = (typeof MEETING_TABS)[number];

const boardTabSchema = z.enum(BOARD_TABS);
const meetingTabSchema = z.enum(MEETING_TABS);

/** Meeting ids are UUIDs; the bound only keeps a tampered store from holding a huge string. */
const meetingIdSchema = z.string().min(1).max(200);

const boardScreenSchema = z.object({ kind: z.literal('board'), tab: boardTabSchema });
const meetingScreenSchema = z.object({
  kind: z.literal('meeting'),
  meetingId: meetingIdSchema,
  tab: meetingTabSchema,
});
const placeSchema = z.discriminatedUnion('kind', [boardScreenSchema, meetingScreenSchema]);

/** The selected board, on one of its tabs. */
export type BoardScreen = z.infer<typeof boardScreenSchema>;
/** One meeting of the selected board, on one of its tabs. */
export type MeetingScreen = z.infer<typeof meetingScreenSchema>;
/** Where the secretary works: a board's record or one of its meetings. */
export type PlaceScreen = z.infer<typeof placeSchema>;

/**
 * Screens opened over a place from the sidebar. Each remembers the place it was opened over, so
 * closing it (Cancel, Close import) returns there, to the meeting being minuted if one was open.
 */
export type ToolScreen =
  | { kind: 'create-board'; over: PlaceScreen }
  | { kind: 'import'; over: PlaceScreen }
  | { kind: 'backups'; over: PlaceScreen };

/** The archive search, shown over any other screen; leaving it (Escape) goes back to that one. */
export interface SearchScreen {
  kind: 'search';
  over: PlaceScreen | ToolScreen;
}

export type Screen = PlaceScreen | ToolScreen | SearchScreen;

export const FIRST_SCREEN: BoardScreen = { kind: 'board', tab: 'register' };
export const FIRST_MEETING_TAB: MeetingTab = 'agenda';

/** The place under any tools and search on screen. */
export function placeOf(screen: Screen): PlaceScreen {
  switch (screen.kind) {
    case 'board':
    case 'meeting':
      return screen;
    case 'search':
      return placeOf(screen.over);
    case 'create-board':
    case 'import':
    case 'backups':
      return screen.over;
  }
}

/** The screen that shows once this one is closed; a place is left as it is. */
export function screenUnder(screen: Screen): Screen {
  return screen.kind === 'board' || screen.kind === 'meeting' ? screen : screen.over;
}

/** The board's tab that goes with a place: a meeting is opened from, and closes to, Meetings. */
export function boardTabOf(place: PlaceScreen): BoardTab {
  return place.kind === 'board' ? place.tab : 'meetings';
}

/** Whether the screen is this tool, or the search opened over it. */
export function shows(screen: Screen, kind: Screen['kind']): boolean {
  return screen.kind === kind || (screen.kind === 'search' && screen.over.kind === kind);
}

/** What survives a reload: the place (tools and the search start afresh) and the meeting tab. */
export interface StoredNavigation {
  place: PlaceScreen;
  meetingTab: MeetingTab;
}

const storedSchema = z.object({ place: placeSchema, meetingTab: meetingTabSchema });

/**
 * The shape the earlier navigation store kept: three loose fields, any of which may be missing.
 * A field that is not what it should be falls back on its own, so a good meeting id is kept even
 * if its tab name is from an older release.
 */
const earlierSchema = z.object({
  boardTab: boardTabSchema.catch('register'),
  meetingId: meetingIdSchema.nullable().catch(null),
  meetingTab: meetingTabSchema.catch(FIRST_MEETING_TAB),
});

export const FRESH_NAVIGATION: StoredNavigation = {
  place: FIRST_SCREEN,
  meetingTab: FIRST_MEETING_TAB,
};

/**
 * Reads the stored navigation, whatever is there: the current shape, the earlier one (normalised),
 * or anything else (nothing, broken JSON, a value from another program), which opens the register.
 */
export function parseStoredNavigation(text: string | null): StoredNavigation {
  if (text === null) return FRESH_NAVIGATION;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return FRESH_NAVIGATION;
  }
  const current = storedSchema.safeParse(value);
  if (current.success) return current.data;
  const isEarlier =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    ('boardTab' in value || 'meetingId' in value || 'meetingTab' in value);
  if (!isEarlier) return FRESH_NAVIGATION;
  const earlier = earlierSchema.parse(value);
  return {
    place:
      earlier.meetingId !== null
        ? { kind: 'meeting', meetingId: earlier.meetingId, tab: earlier.meetingTab }
        : { kind: 'board', tab: earlier.boardTab },
    meetingTab: earlier.meetingTab,
  };
}
