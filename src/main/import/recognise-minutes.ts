import {
  MEETING_FILE_FORMAT,
  MEETING_FILE_VERSION,
  recogniseLines,
  type AttendanceStatus,
  type MeetingFileInput,
} from '../../shared/model';
import {
  attendeeFrom,
  attendeeFromRow,
  inlineSection,
  sectionOf,
  splitPeople,
  tableColumns,
  type AttendeeInput,
  type TableColumns,
} from './attendance';
import { findDate } from './dates';
import { readDateLine, readLocation, readNextMeeting, readTimeLine } from './header';
import { itemStart, type Mode } from './item-start';
import { notesFromLines } from './notes';
import type { SourceLine } from './source-lines';

/**
 * Recognises old minutes in the lines a reader made of them: the board, the date, who attended
 * (with organisation, post-nominals and the Chair), who sent apologies or was in attendance, the
 * numbered items with their notes, decisions and actions, and the date of the next meeting.
 * Pure: the same lines always give the same meeting and the same warnings.
 */

export type RecogniseResult =
  | { ok: true; meeting: MeetingFileInput; warnings: string[] }
  | { ok: false; message: string; warnings: string[] };

interface ItemDraft {
  number: number;
  title: string;
  lines: SourceLine[];
}

interface State {
  mode: Mode;
  status: AttendanceStatus;
  defaultRole: string;
  /** Inside a "Board Members" part, whose lists are of members. */
  membersPart: boolean;
  columns: TableColumns | null;
  board: string;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  nextMeetingDate: string;
  attendance: AttendeeInput[];
  items: ItemDraft[];
  /** Lists whose first point started an item: their other points are items too. */
  itemLists: Set<number>;
  ignored: string[];
}

function current(state: State): ItemDraft | undefined {
  return state.items[state.items.length - 1];
}

function addAttendees(state: State, texts: string[], status: AttendanceStatus): void {
  for (const text of texts) {
    const attendee = attendeeFrom(text, status, state.defaultRole);
    if (attendee) state.attendance.push(attendee);
    else state.ignored.push(text);
  }
}

/** Headings and bold lines that start a section; "Present: A; B" also names the people. */
function takeSection(line: SourceLine, state: State): boolean {
  if (line.inNoteBlock || line.kind === 'bullet' || line.kind === 'numbered') return false;
  const text = line.kind === 'row' ? (line.cells ?? []).join(' ').trim() : line.text;
  const inline = line.kind === 'text' ? inlineSection(text) : null;
  const section = inline?.section ?? sectionOf(text);
  if (!section) return false;
  if (current(state)) {
    // Once the items have begun, "Apologies" is an item's title or a word in its notes; an
    // "Apologies: A; B" line under "Welcome and apologies" still names people, and stays a note.
    if (inline?.section.kind === 'attendance') {
      addAttendees(state, splitPeople(inline.rest), inline.section.status);
    }
    return false;
  }
  if (section.kind === 'items') {
    state.mode = 'items';
    state.membersPart = false;
    return true;
  }
  state.mode = 'attendance';
  state.status = section.status;
  state.columns = null;
  // Under "Board Members", those present and those who sent apologies are members; guests are not.
  if (section.members) state.membersPart = true;
  state.defaultRole = state.membersPart && section.status !== 'in-attendance' ? 'Member' : '';
  if (inline) addAttendees(state, splitPeople(inline.rest), section.status);
  return true;
}

/** What a record is called: "Meeting Summary", "Minutes", "Notes of the meeting". */
const RECORD_WORDS = /\b(minutes|summary|notes|record|meeting)\b/i;
/** Markings at the top of a page that are not the board's name. */
const STAMP =
  /^(draft|final|confidential|private|official|official[\s-]sensitive|public|unapproved)$/i;

function headerLine(line: SourceLine, state: State): void {
  const text = line.text.trim();
  const dated = readDateLine(text);
  if (dated && !state.date) {
    state.date = dated.date;
    state.startTime = dated.startTime;
    state.endTime = dated.endTime;
    if (dated.board && !state.board) state.board = dated.board;
    // "Finance Committee – 3 May 2022": before any board is named, the words name the board.
    if (dated.title && !state.board && !RECORD_WORDS.test(dated.title)) state.board = dated.title;
    else if (dated.title) state.title = dated.title;
    return;
  }
  if (STAMP.test(text)) return;
  const times = readTimeLine(text);
  if (times) {
    state.startTime = times.startTime;
    state.endTime = times.endTime;
    return;
  }
  const location = readLocation(text);
  if (location !== null) {
    state.location = location;
    return;
  }
  if (!state.board && !findDate(text) && line.kind !== 'row') {
    state.board = text;
    return;
  }
  state.ignored.push(text);
}

function attendanceLine(line: SourceLine, state: State): void {
  if (line.kind === 'row') {
    const cells = line.cells ?? [];
    const header = tableColumns(cells);
    if (header) {
      state.columns = header;
      return;
    }
    const attendee = attendeeFromRow(cells, state.columns, state.status, state.defaultRole);
    if (attendee) state.attendance.push(attendee);
    else if (cells.some((cell) => cell.trim())) state.ignored.push(cells.join(' | '));
    return;
  }
  addAttendees(state, [line.text], state.status);
}

function step(line: SourceLine, state: State): void {
  const item = current(state);
  if (line.kind === 'break') {
    item?.lines.push(line);
    return;
  }
  const next = readNextMeeting(line.text);
  if (next) {
    state.nextMeetingDate = next;
    return;
  }
  if (takeSection(line, state)) return;
  // "21.06.2021 Meeting Summary" at the top is the date, not item 21.
  if (state.mode === 'header' && !state.date && readDateLine(line.text.trim())) {
    headerLine(line, state);
    return;
  }
  const start = itemStart(line, {
    mode: state.mode,
    lastNumber: current(state)?.number,
    itemLists: state.itemLists,
  });
  if (start) {
    state.mode = 'items';
    state.items.push({ ...start, lines: [] });
    return;
  }
  if (state.mode === 'items' && item) item.lines.push(line);
  else if (state.mode === 'attendance') attendanceLine(line, state);
  else if (state.mode === 'header') headerLine(line, state);
  else state.ignored.push(line.text);
}

function warningsFor(state: State): string[] {
  const warnings: string[] = [];
  const shown = state.ignored.filter((text) => text.trim() !== '');
  if (shown.length > 0) {
    const list = shown
      .slice(0, 5)
      .map((text) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`);
    const more = shown.length > 5 ? ` and ${shown.length - 5} more` : '';
    warnings.push(
      `${shown.length} line(s) were not recognised and were left out: ${list.join(', ')}${more}.`,
    );
  }
  if (state.attendance.length === 0) warnings.push('No attendees were recognised.');
  if (state.items.length === 0) warnings.push('No agenda items were recognised.');
  return warnings;
}

export interface RecogniseOptions {
  /** The source file's name: the meeting records it, and a date in it is used if the text has none. */
  fileName: string;
}

export function recogniseMinutes(
  lines: readonly SourceLine[],
  { fileName }: RecogniseOptions,
): RecogniseResult {
  const state: State = {
    mode: 'header',
    status: 'present',
    defaultRole: '',
    membersPart: false,
    columns: null,
    board: '',
    title: '',
    date: '',
    startTime: '',
    endTime: '',
    location: '',
    nextMeetingDate: '',
    attendance: [],
    items: [],
    itemLists: new Set(),
    ignored: [],
  };
  for (const line of lines) step(line, state);

  const warnings = warningsFor(state);
  if (state.attendance.length === 0 && state.items.length === 0) {
    return {
      ok: false,
      message: 'no minutes were recognised in it (no attendees and no numbered items)',
      warnings,
    };
  }
  let date = state.date;
  if (!date) {
    date = findDate(fileName)?.date ?? '';
    if (!date) return { ok: false, message: 'it does not say the date of the meeting', warnings };
    warnings.push(`The text gives no date; the date ${date} was taken from the file name.`);
  }
  const board = state.board || fileName.replace(/\.[^.]+$/, '');
  if (!state.board) warnings.push(`The text does not name the board; it was called “${board}”.`);

  const meeting: MeetingFileInput = {
    format: MEETING_FILE_FORMAT,
    version: MEETING_FILE_VERSION,
    board,
    title: state.title || 'Meeting Summary',
    date,
    startTime: state.startTime,
    endTime: state.endTime,
    location: state.location,
    attendance: state.attendance,
    items: state.items.map((item) => {
      const notes = notesFromLines(item.lines);
      const recognised = recogniseLines(notes);
      return {
        number: item.number,
        title: item.title,
        notes,
        decisions: recognised
          .filter((each) => each.kind === 'decision')
          .map(({ text }) => ({ text })),
        actions: recognised.filter((each) => each.kind === 'action').map(({ text }) => ({ text })),
      };
    }),
    nextMeetingDate: state.nextMeetingDate,
    source: { kind: 'imported', fileName },
  };
  return { ok: true, meeting, warnings };
}
