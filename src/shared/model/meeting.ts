import type { IsoDate } from './dates';
import type { ActionStatus, AttendanceStatus, MeetingStatus } from './statuses';

/** Records as the app stores them: each points at its meeting and, for people, at the register. */
export interface Meeting {
  id: string;
  boardId: string;
  title: string;
  date: IsoDate;
  startTime: string;
  endTime: string;
  location: string;
  visibility: 'public' | 'private';
  status: MeetingStatus;
  /** The member chairing; empty means the board's Chair. */
  chairMemberId: string;
  nextMeetingDate: IsoDate | '';
  /** The planned meeting that "date of next meeting" created, so changing the date moves it. */
  nextMeetingId: string;
  /** When "Start meeting" was pressed, for the meeting clock. */
  startedAt: string;
  /** The item on screen in live minutes, so a reload returns to it. */
  currentItemId: string;
  createdAt: string;
  updatedAt: string;
  /** Set for minutes imported from an older document, so the record can be traced to its file. */
  source?: MeetingSource;
  /** The calendar invitation last exported: its sequence and what it said, to know when to send an update. */
  invitation?: MeetingInvitation;
}

/** Optional, so meetings stored before invitations existed need no upgrade. */
export interface MeetingInvitation {
  sequence: number;
  /** A digest of what the invitation said; when the meeting no longer gives it, SEQUENCE goes up. */
  fingerprint: string;
}

/** Optional, so meetings stored before imports existed need no upgrade. */
export interface MeetingSource {
  kind: 'imported';
  fileName: string;
  importedAt: string;
  /** The SHA-256 of the file as it was imported; absent for imports made before it was kept. */
  sha256?: string;
  /** Minutes approved at the time, imported as the board's approved record. */
  historic?: boolean;
}

export type AgendaItemKind =
  | 'standard'
  | 'welcome'
  | 'declarations'
  | 'previous-minutes'
  | 'matters-arising'
  | 'any-other-business'
  | 'next-meeting';

/** Whether the item was taken; a deferred item moves to the next meeting's agenda. */
export type AgendaItemOutcome = 'pending' | 'taken' | 'deferred';

export interface AgendaItem {
  id: string;
  meetingId: string;
  /** Sort key; items are numbered 1, 2, 3… in this order. */
  position: number;
  title: string;
  presenter: string;
  reference: string;
  /** Minutes allowed on the agenda; null when none was set. */
  allowanceMinutes: number | null;
  private: boolean;
  kind: AgendaItemKind;
  notes: string;
  outcome: AgendaItemOutcome;
  /** Seconds spent on the item during live minutes. */
  secondsSpent: number;
  createdAt: string;
  updatedAt: string;
}

export interface AttendanceRecord {
  id: string;
  meetingId: string;
  /** A register member, or empty for a guest. */
  memberId: string;
  guestName: string;
  guestOrganisation: string;
  guestRole: string;
  status: AttendanceStatus | 'unmarked';
  /** For guests: the items attended; empty means the whole meeting. */
  itemIds: string[];
  arrivedDuringItemId: string;
  leftAfterItemId: string;
  /** First joined and last left (HH:MM local), from a Teams attendance report; absent otherwise. */
  joined?: string;
  left?: string;
  updatedAt: string;
  /** What the minutes say of the person's presence ("minutes", "for item 5"); optional, so
   * records kept before notes were need no upgrade. */
  note?: string;
}

export interface Declaration {
  id: string;
  meetingId: string;
  memberId: string;
  itemId: string;
  interest: string;
  createdAt: string;
}

/** Where a decision or action came from: a typed `DECISION:`/`ACTION:` line, or added by hand. */
export type RecordSource = 'notes' | 'manual';

export interface Decision {
  id: string;
  meetingId: string;
  itemId: string;
  text: string;
  source: RecordSource;
  createdAt: string;
}

export interface ActionUpdate {
  meetingId: string;
  status: ActionStatus;
  note: string;
  at: string;
}

export interface Action {
  id: string;
  boardId: string;
  meetingId: string;
  itemId: string;
  text: string;
  ownerMemberId: string;
  /** An owner who is not in the register, or the name as typed when no member matched. */
  ownerName: string;
  due: IsoDate | '';
  status: ActionStatus;
  source: RecordSource;
  /** Set once the user corrects the owner or due date, so re-reading the notes never undoes it. */
  ownerCorrected: boolean;
  dueCorrected: boolean;
  updates: ActionUpdate[];
  createdAt: string;
  updatedAt: string;
}

/** A Word document saved from a meeting: which exact file left the app, and when. */
export interface ExportRecord {
  id: string;
  meetingId: string;
  at: string;
  fileName: string;
  path: string;
  sha256: string;
  layout: 'summary' | 'formal';
  audience: 'internal' | 'public';
  /** The meeting's status when exported (a draft circulated for comment, approved minutes…). */
  status: string;
}
