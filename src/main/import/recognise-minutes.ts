import {
  MEETING_FILE_FORMAT,
  MEETING_FILE_VERSION,
  findDate,
  recogniseActionOwner,
  recogniseDueDate,
  recogniseLines,
  recogniseOwner,
  type AttendanceStatus,
  type MeetingFileInput,
} from '../../shared/model';
import { actionLogColumns, actionFromLogRow, type ActionLogColumns } from './action-log';
import {
  attendeeFrom,
  attendeeFromRow,
  inlineSection,
  namesPerson,
  sectionOf,
  splitPeople,
  tableColumns,
  type AttendeeInput,
  type TableColumns,
} from './attendance';
import {
  readDateLine,
  readLocation,
  readNextMeeting,
  readTimeLine,
  readVisibility,
  type Visibility,
} from './header';
import { itemsNamedIn, mergeSamePeople } from './attendance-notes';
import { readItemTitle, referenceKey } from './item-reference';
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
  reference: string;
  private: boolean;
  lines: SourceLine[];
  /** Rows of an action-log table written under the item: Ref | Action | Owner | Due. */
  logRows: { columns: ActionLogColumns; cells: string[] }[];
}

interface State {
  mode: Mode;
  status: AttendanceStatus;
  defaultRole: string;
  /** Inside a "Board Members" part, whose lists are of members. */
  membersPart: boolean;
  columns: TableColumns | null;
  board: string;
  /** The board's name was completed from a second line. */
  boardPart: boolean;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  visibility: Visibility;
  /** After "Part 2" or "Items taken in private": the items that follow are private. */
  privatePart: boolean;
  /** The columns of the action-log table being read, until the table ends. */
  logColumns: ActionLogColumns | null;
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
/** What a board or committee is called: the second line of a heading names one of these. */
const BODY_WORDS =
  /\b(committee|board|group|panel|forum|council|body|sub-committee|partnership|assembly|trustees|governors)\b/i;
/** Markings at the top of a page that are not the board's name. */
const STAMP =
  /^(draft|final|confidential|private|official|official[\s-]sensitive|public|unapproved)$/i;

function headerLine(line: SourceLine, state: State): void {
  const text = line.text.trim();
  const dated = readDateLine(text);
  if (dated && !state.date) {
    state.date = dated.date;
    state.startTime = dated.startTime || state.startTime;
    state.endTime = dated.endTime || state.endTime;
    if (dated.visibility) state.visibility = dated.visibility;
    if (dated.location && !state.location) state.location = dated.location;
    if (dated.board && !state.board) state.board = dated.board;
    // "Finance Committee – 3 May 2022": before any board is named, the words name the board.
    if (dated.title && !state.board && !RECORD_WORDS.test(dated.title)) state.board = dated.title;
    else if (dated.title) state.title = dated.title;
    return;
  }
  const visibility = readVisibility(text);
  if (visibility) {
    state.visibility = visibility;
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
  // "SOUTHFIELD COMMUNITY HEALTH TRUST" then "AUDIT AND RISK COMMITTEE": the body of that
  // organisation whose minutes these are.
  if (
    !state.title &&
    !state.date &&
    !state.boardPart &&
    BODY_WORDS.test(text) &&
    !RECORD_WORDS.test(text) &&
    text.length <= 80
  ) {
    state.board = `${state.board} – ${text}`;
    state.boardPart = true;
    return;
  }
  // "Steering Group – notes of the meeting" under the board's name: what the record is called.
  if (
    !state.title &&
    !state.date &&
    RECORD_WORDS.test(text) &&
    text.length <= 80 &&
    !findDate(text)
  ) {
    state.title = text;
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

/** "PART 2 – ITEMS TAKEN IN PRIVATE", "Confidential business": the items after it are private. */
const PRIVATE_PART =
  /^(?:part\s*(?:2|ii|two|b)\b|(?:items?|business|matters)\s+(?:taken|held|considered)\s+in\s+private\b|private\s+(?:session|business|items?|part)\b|confidential\s+(?:items?|business|session)\b)/i;
const PUBLIC_PART =
  /^(?:part\s*(?:1|i|one|a)\b|(?:items?|business|matters)\s+(?:taken|held|considered)\s+in\s+public\b|public\s+(?:session|business|items?|part)\b)/i;

/** A line that marks the part of the meeting that follows: a heading, bold, or a short line alone. */
function partMarker(line: SourceLine): 'private' | 'public' | null {
  if (line.kind === 'bullet' || line.kind === 'numbered' || line.kind === 'row') return null;
  const text = line.text.trim();
  if (text.length > 80 || /[.?!]$/.test(text) || text.split(/\s+/).length > 9) return null;
  if (PRIVATE_PART.test(text)) return 'private';
  if (PUBLIC_PART.test(text)) return 'public';
  return null;
}

/** "Chair: Dr Jane Roe", "In the chair: …", "Chaired by …": who chaired, before the lists. */
const CHAIR_LINE =
  /^(?:chair(?:man|person|woman)?|chaired\s+by|in\s+the\s+chair)\s*[:–-]\s*(\S.*)$/i;

/** Rows of an action-log table become actions, not notes; any other row is kept as written. */
function takeLogRow(line: SourceLine, item: ItemDraft, state: State): boolean {
  if (line.kind !== 'row') return false;
  const cells = line.cells ?? [];
  const header = actionLogColumns(cells);
  if (header) {
    state.logColumns = header;
    return true;
  }
  if (!state.logColumns) return false;
  if (cells.some((cell) => cell.trim())) item.logRows.push({ columns: state.logColumns, cells });
  return true;
}

function step(line: SourceLine, state: State): void {
  const item = current(state);
  if (line.kind === 'break') {
    state.logColumns = null;
    item?.lines.push(line);
    return;
  }
  if (item && takeLogRow(line, item, state)) return;
  const part = partMarker(line);
  if (part && (state.mode === 'items' || item)) {
    state.privatePart = part === 'private';
    state.mode = 'items';
    return;
  }
  if (part && state.mode !== 'items') {
    state.visibility = part;
    return;
  }
  const chair = state.mode !== 'items' && !item ? CHAIR_LINE.exec(line.text.trim()) : null;
  if (chair) {
    const attendee = attendeeFrom(chair[1] ?? '', 'present', 'Chair');
    if (attendee) state.attendance.push({ ...attendee, chair: true, role: 'Chair' });
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
  // Word numbers a list of attendees as it numbers items: under "Attendees" a name is a person.
  if (state.mode === 'attendance' && line.kind === 'numbered' && namesPerson(line.text)) {
    attendanceLine(line, state);
    return;
  }
  const start = itemStart(line, {
    mode: state.mode,
    lastNumber: current(state)?.number,
    itemLists: state.itemLists,
  });
  if (start) {
    state.mode = 'items';
    const title = readItemTitle(start.title);
    state.items.push({
      number: start.number,
      title: title.title,
      reference: title.reference,
      private: state.privatePart || title.private,
      lines: [],
      logRows: [],
    });
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

type ItemInput = NonNullable<MeetingFileInput['items']>[number];

/** An item as the meeting file holds it: notes, and the decisions and actions its lines record. */
/**
 * The owner as the minutes' own people name them: "Cy" is "Cy Morgan" when only one person present
 * is called Cy; a name no one in the meeting has is kept as written.
 */
function ownerAmong(written: string, people: readonly AttendeeInput[]): string {
  if (!written) return '';
  // Most owners are written just as the attendance lists them: no need to search for them.
  const exact = written.trim().toLowerCase();
  const same = people.find((person) => person.name.trim().toLowerCase() === exact);
  if (same) return same.name;
  const named = people.map((person) => ({ id: person.name, fullName: person.name }));
  return recogniseOwner(written, named) || written;
}

function itemFrom(
  item: ItemDraft,
  date: string,
  nextMeetingDate: string,
  people: readonly AttendeeInput[],
): ItemInput & { number: number; reference: string } {
  const notes = notesFromLines(item.lines);
  const recognised = recogniseLines(notes);
  return {
    number: item.number,
    title: item.title,
    reference: item.reference,
    private: item.private,
    notes,
    decisions: recognised.filter((each) => each.kind === 'decision').map(({ text }) => ({ text })),
    actions: [
      ...recognised
        .filter((each) => each.kind === 'action')
        .map(({ text }) => ({
          text,
          owner: ownerAmong(recogniseActionOwner(text), people),
          due: recogniseDueDate(text, date, nextMeetingDate),
        })),
    ],
  };
}

/**
 * The actions of action-log tables: each row goes to the item its reference names ("QC/24/034"),
 * else to the item the table was written under.
 */
function addLogActions(
  drafts: readonly ItemDraft[],
  items: ReturnType<typeof itemFrom>[],
  date: string,
  nextMeetingDate: string,
  people: readonly AttendeeInput[],
): void {
  drafts.forEach((draft, index) => {
    for (const { columns, cells } of draft.logRows) {
      const found = actionFromLogRow(cells, columns, date, nextMeetingDate);
      if (!found) continue;
      const { reference, ...action } = found;
      const key = reference ? referenceKey(reference) : '';
      const target =
        (key && items.find((item) => item.reference && referenceKey(item.reference) === key)) ||
        items[index];
      target?.actions?.push({ ...action, owner: ownerAmong(action.owner ?? '', people) });
    }
  });
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
    boardPart: false,
    title: '',
    date: '',
    startTime: '',
    endTime: '',
    location: '',
    visibility: '',
    privatePart: false,
    logColumns: null,
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

  const people = mergeSamePeople(state.attendance);
  const items = state.items.map((item) => itemFrom(item, date, state.nextMeetingDate, people));
  addLogActions(state.items, items, date, state.nextMeetingDate, people);
  const meeting: MeetingFileInput = {
    format: MEETING_FILE_FORMAT,
    version: MEETING_FILE_VERSION,
    board,
    title: state.title || 'Meeting Summary',
    date,
    startTime: state.startTime,
    endTime: state.endTime,
    location: state.location,
    visibility: state.visibility || 'public',
    attendance: people.map((person) => {
      // "(for item QC/24/034)": a guest attended the items their note names.
      if (person.status !== 'in-attendance') return person;
      const named = itemsNamedIn(person.note ?? '', items);
      return named.length > 0 ? { ...person, items: named } : person;
    }),
    items,
    nextMeetingDate: state.nextMeetingDate,
    source: { kind: 'imported', fileName },
  };
  return { ok: true, meeting, warnings };
}
