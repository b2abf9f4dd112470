import type { Action, AgendaItem, AttendanceRecord, Decision, Declaration } from './meeting';

/**
 * A meeting's minutes: everything recorded in it, apart from the meeting itself (date, title,
 * status). Every other shape of "a meeting with its records" derives from `MinutesContent`: the
 * stored minutes, the backup's tables, the records a meeting file is made from, the search's input.
 */
export const MINUTES_PARTS = [
  'items',
  'attendance',
  'declarations',
  'decisions',
  'actions',
] as const;
export type MinutesPart = (typeof MINUTES_PARTS)[number];

export interface MinutesContent {
  /** In agenda order. */
  items: AgendaItem[];
  attendance: AttendanceRecord[];
  declarations: Declaration[];
  decisions: Decision[];
  /** The actions raised in this meeting; they stay here when a later meeting updates them. */
  actions: Action[];
}

/** Some of the parts, as read-only lists: what code that only reads the minutes takes. */
export type MinutesView<P extends MinutesPart = MinutesPart> = {
  readonly [K in P]: readonly MinutesContent[K][number][];
};

/** One meeting's minutes as stored: one record per meeting (see `db/meeting-minutes.ts`). */
export interface MeetingMinutes extends MinutesContent {
  meetingId: string;
  boardId: string;
  /** When anything in it last changed, which the search catches up by at start. */
  updatedAt: string;
}

/** The table the backup format lists each part under: the items are its agenda items. */
export const MINUTES_PART_TABLES = {
  items: 'agendaItems',
  attendance: 'attendance',
  declarations: 'declarations',
  decisions: 'decisions',
  actions: 'actions',
} as const satisfies Record<MinutesPart, string>;

/** The parts of many meetings' minutes, record by record, by the backup format's table names. */
export type MinutesParts = {
  [P in MinutesPart as (typeof MINUTES_PART_TABLES)[P]]: MinutesContent[P];
};
