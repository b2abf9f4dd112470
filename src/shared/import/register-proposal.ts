import {
  personKey,
  proposeRegister,
  type MeetingFile,
  type Member,
  type ProposedPerson,
  type RegisterChoices,
} from '../model';
import { boardKey } from './duplicates';
import { nameKey, type ImportEntry } from './import-entry';

/**
 * Who the imported minutes name, board by board: for a new board, the register it is offered;
 * for a board that exists, who is not in its register. Pure functions of the preview's entries.
 */

export interface NewBoardRegister {
  /** The name of the new board, as the files give it. */
  name: string;
  key: string;
  people: ProposedPerson[];
}

const included = (entry: ImportEntry): entry is ImportEntry & { meeting: MeetingFile } =>
  entry.include && entry.meeting !== undefined;

/** The register proposed for each new board, from the ticked files that go into it. */
export function newBoardRegisters(entries: readonly ImportEntry[]): NewBoardRegister[] {
  const byBoard = new Map<string, { name: string; meetings: MeetingFile[] }>();
  for (const entry of entries) {
    if (!included(entry) || entry.board.kind !== 'new') continue;
    const key = nameKey(entry.board.name);
    const board = byBoard.get(key) ?? { name: entry.board.name, meetings: [] };
    board.meetings.push(entry.meeting);
    byBoard.set(key, board);
  }
  return [...byBoard.entries()].map(([key, board]) => ({
    key,
    name: board.name,
    people: proposeRegister(board.meetings),
  }));
}

/** The people of a meeting not found in a board's register (matched by name, see personKey). */
export function unmatchedPeople(meeting: MeetingFile, members: readonly Member[]): string[] {
  const known = new Set(members.map((member) => personKey(member.fullName)));
  return meeting.attendance
    .filter((person) => person.status !== 'in-attendance' && !known.has(personKey(person.name)))
    .map((person) => person.name);
}

/** The choices made for one new board's register, by the board's key. */
export type RegisterChoicesByBoard = Readonly<Record<string, RegisterChoices>>;

export function choicesFor(
  choices: RegisterChoicesByBoard,
  entry: Pick<ImportEntry, 'board'>,
): RegisterChoices {
  return entry.board.kind === 'new' ? (choices[nameKey(entry.board.name)] ?? {}) : {};
}

/** The entries' board keys, to group entries as the duplicates check does. */
export { boardKey };
