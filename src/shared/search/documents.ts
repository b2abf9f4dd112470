import { z } from 'zod';
import type { ActionStatus, MeetingFile } from '../model/meeting-file';
import { fold, splitWords } from './normalise';

/**
 * What the engine is given. The indexed unit is one agenda item; each meeting also has one small
 * document of its own for its title and attendance, so a name finds the meetings a person attended
 * without repeating every attendee in every item.
 */
export interface SearchItemInput {
  id: string;
  boardId: string;
  meetingId: string;
  /** The meeting's date, ISO. */
  date: string;
  itemNumber: number;
  title: string;
  reference?: string;
  presenter?: string;
  notes: string;
  decisions: readonly string[];
  actions: readonly { text: string; owner: string; status: ActionStatus }[];
}

export interface SearchMeetingInput {
  id: string;
  boardId: string;
  date: string;
  title: string;
  attendees: readonly { name: string; organisation?: string; role?: string }[];
}

/**
 * An agenda item, a meeting's own document, or a standing record of a board: one entry in the
 * register of interests, or one member's attendance over one of their terms.
 */
export type DocKind = 'item' | 'meeting' | 'interest' | 'attendance';

/** The kinds that belong to a board's standing records rather than to a meeting. */
export type RecordKind = Extract<DocKind, 'interest' | 'attendance'>;

export function isRecordKind(kind: DocKind): kind is RecordKind {
  return kind === 'interest' || kind === 'attendance';
}

/**
 * A standing record as the engine indexes it (standing-records.ts builds them): the member's name
 * is among its people, so their name finds it, and its title and text say what it records.
 */
export interface SearchRecordInput {
  kind: RecordKind;
  /** The interest's id, or the register entry (member and term) whose attendance it is. */
  id: string;
  boardId: string;
  /** The register entry it is about: a result opens the register of interests or record there. */
  memberId: string;
  /** ISO: the date declared, or the start of the term. */
  date: string;
  title: string;
  text: string;
  person: string;
}

/** What the engine keeps per document: enough to filter, rank and show a result, but no text. */
export interface DocMeta {
  kind: DocKind;
  id: string;
  boardId: string;
  /** The meeting; for a standing record, the register entry (member) it is about. */
  meetingId: string;
  date: string;
  /** Days since 1970 of `date`, so ranking by recency does no date parsing while it scores. */
  day: number;
  title: string;
  itemNumber: number;
  /** Folded names of the people attached: presenter and owners, or the attendees. */
  people: string[];
  openActions: boolean;
}

/** A DocMeta as the saved index holds it, checked when a saved year is loaded. */
export const docMetaSchema = z.object({
  kind: z.enum(['item', 'meeting', 'interest', 'attendance']),
  id: z.string(),
  boardId: z.string(),
  meetingId: z.string(),
  date: z.string(),
  day: z.number(),
  title: z.string(),
  itemNumber: z.number(),
  people: z.array(z.string()),
  openActions: z.boolean(),
}) satisfies z.ZodType<DocMeta>;

/** What is indexed of a document: a word in the title or among the people counts for more. */
export interface IndexDoc {
  key: string;
  title: string;
  body: string;
  people: string;
}

/** Meeting documents live in the same id space as items, so their keys carry a prefix. */
export function docKey(kind: DocKind, id: string): string {
  return kind === 'item' ? id : `${kind}:${id}`;
}

/**
 * The searchable text of an item, also what snippets and phrase checks read: the app's text loader
 * must build it the same way, so it is exported rather than repeated.
 */
export function itemText(item: Pick<SearchItemInput, 'notes' | 'decisions' | 'actions'>): string {
  return [item.notes, ...item.decisions, ...item.actions.map((action) => action.text)]
    .filter((part) => part.length > 0)
    .join('\n\n');
}

export function meetingText(meeting: SearchMeetingInput): string {
  return meeting.attendees
    .map((person) => [person.name, person.role, person.organisation].filter(Boolean).join(', '))
    .join('\n');
}

/** A person as the filter compares them: folded words in order, "Dr María Núñez" → "dr maria nunez". */
export function personKey(name: string): string {
  return splitWords(name).map(fold).join(' ');
}

export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

const OPEN: ReadonlySet<ActionStatus> = new Set(['open', 'carried-forward']);

export function itemDoc(item: SearchItemInput): { doc: IndexDoc; meta: DocMeta } {
  const names = [item.presenter ?? '', ...item.actions.map((action) => action.owner)].filter(
    (name) => name.trim().length > 0,
  );
  return {
    doc: {
      key: docKey('item', item.id),
      title: item.title,
      body: [item.reference ?? '', itemText(item)].join('\n'),
      people: names.join('\n'),
    },
    meta: {
      kind: 'item',
      id: item.id,
      boardId: item.boardId,
      meetingId: item.meetingId,
      date: item.date,
      day: dayNumber(item.date),
      title: item.title,
      itemNumber: item.itemNumber,
      people: [...new Set(names.map(personKey))],
      openActions: item.actions.some((action) => OPEN.has(action.status)),
    },
  };
}

export function meetingDoc(meeting: SearchMeetingInput): { doc: IndexDoc; meta: DocMeta } {
  return {
    doc: {
      key: docKey('meeting', meeting.id),
      title: meeting.title,
      body: '',
      people: meetingText(meeting),
    },
    meta: {
      kind: 'meeting',
      id: meeting.id,
      boardId: meeting.boardId,
      meetingId: meeting.id,
      date: meeting.date,
      day: dayNumber(meeting.date),
      title: meeting.title,
      itemNumber: 0,
      people: [...new Set(meeting.attendees.map((person) => personKey(person.name)))],
      openActions: false,
    },
  };
}

export function recordDoc(record: SearchRecordInput): { doc: IndexDoc; meta: DocMeta } {
  return {
    doc: {
      key: docKey(record.kind, record.id),
      title: record.title,
      body: record.text,
      people: record.person,
    },
    meta: {
      kind: record.kind,
      id: record.id,
      boardId: record.boardId,
      meetingId: record.memberId,
      date: record.date,
      day: dayNumber(record.date),
      title: record.title,
      itemNumber: 0,
      people: [personKey(record.person)],
      openActions: false,
    },
  };
}

/**
 * The documents of a meeting file, for the command line's search of a backup. Ids are made from the
 * meeting's id and item numbers, since a file names people and items rather than pointing at records.
 */
export function documentsFromMeetingFile(
  file: MeetingFile,
  ids: { meetingId: string; boardId: string },
): { meeting: SearchMeetingInput; items: SearchItemInput[] } {
  return {
    meeting: {
      id: ids.meetingId,
      boardId: ids.boardId,
      date: file.date,
      title: file.title,
      attendees: file.attendance,
    },
    items: file.items.map((item) => ({
      id: `${ids.meetingId}/${item.number}`,
      boardId: ids.boardId,
      meetingId: ids.meetingId,
      date: file.date,
      itemNumber: item.number,
      title: item.title,
      reference: item.reference,
      presenter: item.presenter,
      notes: item.notes,
      decisions: item.decisions.map((decision) => decision.text),
      actions: item.actions,
    })),
  };
}
