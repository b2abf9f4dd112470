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
    /^(attendees|attendance|present|those present|members attending|(governors|councillors|trustees|directors|members|voting members) present|present \(members\))$/,
    { kind: 'attendance', status: 'present', members: false },
  ],
  [
    /^(apologies|apologies for absence|apologies received|apologies received from|absent with apologies)$/,
    { kind: 'attendance', status: 'apologies', members: false },
  ],
  [
    /^(in attendance|also in attendance|also present|guests|observers|officers in attendance|officers present|in attendance \(non-members\))$/,
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

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|da|di|du|le|la|bin|al)$/u;

/**
 * "Helen O'Connor – Chief Pharmacist (Chair)": a numbered point under "Attendees" that names a
 * person (two to five capitalised words, perhaps with a title), which Word numbers like an item.
 */
export function namesPerson(text: string): boolean {
  // "1. WELCOME AND APOLOGIES": a title in capitals, not a person.
  if (!/\p{Ll}/u.test(text)) return false;
  const person = parsePerson(text);
  if (!person || !looksLikeName(person.name)) return false;
  const words = person.name.split(/\s+/);
  const named =
    words.length >= 2 && words.length <= 5 && words.every((word) => NAME_WORD.test(word));
  return (
    named &&
    (person.title !== '' || person.organisation !== '' || person.role !== '' || words.length <= 3)
  );
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

/**
 * Words of job titles and organisations: in "Claire Dunmore, External Audit, Peter Roberts" the
 * part after the first comma says what Claire Dunmore is, and is not a second person.
 */
const ROLE_OR_ORGANISATION =
  /\b(?:audit(?:or)?s?|director|head|manager|trust|nhs|council|officer|secretary|lead|committee|board|team|services?|chief|executive|clerk|governor|consultant|nurse|adviser|advisor|representative|partner|ltd|llp|plc|university|hospital|icb|pcn|ccg|foundation|department|finance|clinical|medical|deputy|assistant|practice|surgery|healthwatch)\b/i;

const STARTS_WITH_TITLE = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Revd?|Cllr)\.?\s/;

function describesPrevious(part: string): boolean {
  return ROLE_OR_ORGANISATION.test(part.replace(/\([^)]*\)/g, '')) && !STARTS_WITH_TITLE.test(part);
}

/** "A, PhD, B; C": split on semicolons, else on commas, keeping ", PhD" with the name before it. */
export function splitPeople(text: string): string[] {
  const bySemicolon = text.includes(';');
  const parts = bySemicolon ? text.split(';') : text.split(',');
  const people: string[] = [];
  for (const part of parts.map((each) => each.trim()).filter(Boolean)) {
    const previous = people.length - 1;
    const describes = !bySemicolon && previous >= 0 && describesPrevious(part);
    if (
      previous >= 0 &&
      (describes || (parsePerson(`A B ${part}`)?.name === 'A B' && !part.includes(' - ')))
    ) {
      people[previous] = `${people[previous] ?? ''}, ${part}`;
    } else {
      people.push(part);
    }
  }
  // "Ann Shah and Ben Okafor": two people; "(for items 3 and 4)" is one person's note.
  return people.flatMap((each) => {
    const bare = each.replace(/\([^)]*\)/g, (inner) => inner.replace(/ and /gi, ' ___ '));
    const and = /\s+and\s+/i.exec(bare);
    if (!and) return [each];
    return [each.slice(0, and.index).trim(), each.slice(and.index + and[0].length).trim()];
  });
}

/** Which column of an attendance table holds what, read from its header row. */
export interface TableColumns {
  name: number;
  organisation: number;
  role: number;
  status: number;
}

/** Other headings an attendance table may have: "Notes", "Items attended", "Comments". */
const COLUMN_WORD =
  /^(?:notes?|comments?|items?(?:\s+attended)?|seat|representing|job\s+title|designation)$/i;

export function tableColumns(cells: readonly string[]): TableColumns | null {
  const find = (pattern: RegExp) => cells.findIndex((cell) => pattern.test(cell.trim()));
  const columns = {
    name: find(/^(name|member|attendee|person)s?$/i),
    organisation: find(/^(organi[sz]ation|org|trust|employer|representing|from)$/i),
    role: find(/^(role|position|title|capacity)$/i),
    status: find(/^(status|attendance|present|attended)\??$/i),
  };
  // A member whose role is "Member" is not a header: a header names at least two columns, and
  // every cell of it names a column ("Prof Amir Haddad | Member | Present" is a row of people).
  const named = Object.values(columns).filter((index) => index >= 0).length;
  const known = new Set(Object.values(columns));
  const allNamed = cells.every(
    (cell, index) => !cell.trim() || known.has(index) || COLUMN_WORD.test(cell.trim()),
  );
  return columns.name >= 0 && named >= 2 && allNamed ? columns : null;
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
  let roleCell = at(columns ? columns.role : 2);
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
    // "Account manager (for item 2)": the role, and a note about the person's presence.
    const bracketed = /\(([^()]*)\)\s*$/.exec(roleCell);
    if (bracketed) {
      roleCell = roleCell.slice(0, bracketed.index).trim();
      attendee.note = [attendee.note, bracketed[1]?.trim() ?? ''].filter(Boolean).join('; ');
    }
  }
  if (roleCell) {
    const fromRole = parsePerson(`A B (${roleCell})`);
    attendee.role = fromRole?.role || roleCell;
    attendee.chair = attendee.chair || fromRole?.chair === true;
  }
  return attendee;
}
