import type { AttendanceStatus, MeetingFileInput } from '../../shared/model';
import { parsePerson } from './people';

/**
 * The attendance part of old minutes: which heading starts which list ("Attendees", "Apologies",
 * "In attendance"…), and each person in it, from a list line, an inline "Present: A; B" or a row
 * of an attendance table. Pure.
 */

export type AttendeeInput = NonNullable<MeetingFileInput['attendance']>[number];

export type Section =
  { kind: 'attendance'; status: AttendanceStatus; members: boolean } | { kind: 'items' };

const SECTIONS: readonly (readonly [RegExp, Section])[] = [
  [
    /^(board |committee )?members( present)?$/,
    { kind: 'attendance', status: 'present', members: true },
  ],
  [
    /^(attendees|attendance|present|those present|members attending)$/,
    { kind: 'attendance', status: 'present', members: false },
  ],
  [
    /^(apologies|apologies for absence|apologies received|apologies received from|absent with apologies)$/,
    { kind: 'attendance', status: 'apologies', members: false },
  ],
  [
    /^(in attendance|also in attendance|also present|guests|observers|officers in attendance)$/,
    { kind: 'attendance', status: 'in-attendance', members: false },
  ],
  [/^(absent|not present)$/, { kind: 'attendance', status: 'absent', members: false }],
  [/^(agenda|agenda items|items|minutes|business|discussion|meeting notes)$/, { kind: 'items' }],
];

/** The section a heading such as "**Apologies:**" starts, or null. */
export function sectionOf(text: string): Section | null {
  const key = text
    .replace(/[:.]\s*$/, '')
    .trim()
    .toLowerCase();
  return SECTIONS.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}

/** "Present: Alex Cheung (Chair); Dr Mark Bailey": the section and the people after its colon. */
export function inlineSection(text: string): { section: Section; rest: string } | null {
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const section = sectionOf(text.slice(0, colon));
  const rest = text.slice(colon + 1).trim();
  return section?.kind === 'attendance' && rest ? { section, rest } : null;
}

/** A name is a few words, not a sentence: "The meeting was quorate." is not an attendee. */
function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length <= 6 &&
    /^\p{Lu}/u.test(name) &&
    !/[:;?!]/.test(name) &&
    !/\p{Ll}{3,}\.$/u.test(name) &&
    !/\b(the|was|were|is|are|and)\b/.test(name)
  );
}

/** A guest "(for items 3 and 4)" attended those items only. */
function itemsAttended(note: string): number[] {
  const match = /\bfor\s+items?\s+(\d+(?:\s*(?:,|and|&)\s*\d+)*)/i.exec(note);
  return match ? (match[1] ?? '').split(/\s*(?:,|and|&)\s*/).map(Number) : [];
}

export function attendeeFrom(
  text: string,
  status: AttendanceStatus,
  defaultRole: string,
): AttendeeInput | null {
  const person = parsePerson(text);
  if (!person || !looksLikeName(person.name)) return null;
  const items = status === 'in-attendance' ? itemsAttended(person.note) : [];
  return {
    ...(items.length > 0 ? { items } : {}),
    name: person.name,
    title: person.title,
    postNominals: person.postNominals,
    organisation: person.organisation,
    status,
    role: person.role || defaultRole,
    chair: person.chair,
    note: person.note,
  };
}

/** "A, PhD, B; C": split on semicolons, else on commas, keeping ", PhD" with the name before it. */
export function splitPeople(text: string): string[] {
  const parts = text.includes(';') ? text.split(';') : text.split(',');
  const people: string[] = [];
  for (const part of parts.map((each) => each.trim()).filter(Boolean)) {
    const previous = people.length - 1;
    if (previous >= 0 && parsePerson(`A B ${part}`)?.name === 'A B' && !part.includes(' - ')) {
      people[previous] = `${people[previous] ?? ''}, ${part}`;
    } else {
      people.push(part);
    }
  }
  return people.map((each) => each.replace(/\s+and\s+/i, ' '));
}

/** Which column of an attendance table holds what, read from its header row. */
export interface TableColumns {
  name: number;
  organisation: number;
  role: number;
  status: number;
}

export function tableColumns(cells: readonly string[]): TableColumns | null {
  const find = (pattern: RegExp) => cells.findIndex((cell) => pattern.test(cell.trim()));
  const columns = {
    name: find(/^(name|member|attendee|person)s?$/i),
    organisation: find(/^(organi[sz]ation|org|trust|employer|representing|from)$/i),
    role: find(/^(role|position|title|capacity)$/i),
    status: find(/^(status|attendance|present|attended)\??$/i),
  };
  // A member whose role is "Member" is not a header: a header names at least two columns.
  const named = Object.values(columns).filter((index) => index >= 0).length;
  return columns.name >= 0 && named >= 2 ? columns : null;
}

/** One row of an attendance table, with the header's columns or as name, organisation, role. */
export function attendeeFromRow(
  cells: readonly string[],
  columns: TableColumns | null,
  status: AttendanceStatus,
  defaultRole: string,
): AttendeeInput | null {
  const at = (index: number | undefined) =>
    index === undefined || index < 0 ? '' : (cells[index] ?? '').trim();
  const name = at(columns ? columns.name : 0);
  const organisation = at(columns ? columns.organisation : 1);
  const roleCell = at(columns ? columns.role : 2);
  const statusCell = at(columns?.status);
  const statusSection = statusCell ? sectionOf(statusCell) : null;
  const rowStatus = statusSection?.kind === 'attendance' ? statusSection.status : status;
  const attendee = attendeeFrom(
    organisation ? `${name} - ${organisation}` : name,
    rowStatus,
    defaultRole,
  );
  if (!attendee) return null;
  if (roleCell) {
    const fromRole = parsePerson(`A B (${roleCell})`);
    attendee.role = fromRole?.role || roleCell;
    attendee.chair = attendee.chair || fromRole?.chair === true;
  }
  return attendee;
}
