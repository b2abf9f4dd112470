import {
  DEFAULT_QUORUM_RULE,
  approvalsByLaterMeetings,
  historicApproval,
  attendanceAsChosen,
  fromMeetingFile,
  membersFromProposal,
  proposeRegister,
  type Board,
  type Meeting,
  type MeetingFile,
  type ProposedPerson,
  type RegisterChoices,
} from '../model';
import { planMerge, type MergePlan } from './merge';
import { ARCHIVE_TABLES, emptyTables, type ArchiveTables } from './tables';

export interface ImportedMeeting {
  meeting: MeetingFile;
  /** The name of the file it was read from, kept on the meeting so its origin is never lost. */
  fileName: string;
}

const fold = (text: string) => text.trim().toLocaleLowerCase('en-GB').replace(/\s+/g, ' ');

export interface AddImportedOptions {
  /**
   * A new board's register: 'members' makes members of those present, sending apologies or absent
   * (the Chair marked) and guests of those in attendance; 'guests' keeps everyone as a guest.
   */
  register?: 'members' | 'guests';
}

/** Everyone a guest: the register stays empty. */
function allGuests(people: readonly ProposedPerson[]): RegisterChoices {
  return Object.fromEntries(people.map((person) => [person.key, 'guest' as const]));
}

/**
 * Adds imported meetings to an archive, as the app's import does: each goes into the board of its
 * name (made when there is none), its people matched to that board's register, and a meeting the
 * archive already has (same board, date and title) is left out rather than added twice.
 */
export function addImportedMeetings(
  archive: ArchiveTables,
  imported: readonly ImportedMeeting[],
  newId: () => string,
  stamp: string,
  options: AddImportedOptions = {},
): { tables: ArchiveTables; plan: MergePlan } {
  const incoming = emptyTables();
  const boardByName = new Map<string, Board>(
    archive.boards.map((board) => [fold(board.name), board]),
  );
  // The meetings of each board named, to propose the registers of new boards and to find the
  // minutes that later meetings approved.
  const byBoard = new Map<string, ImportedMeeting[]>();
  for (const each of imported) {
    const group = byBoard.get(fold(each.meeting.board));
    if (group) group.push(each);
    else byBoard.set(fold(each.meeting.board), [each]);
  }
  // Each meeting a later one approved, with the one that approved it.
  const historic = new Map<ImportedMeeting, ImportedMeeting>();
  for (const group of byBoard.values()) {
    for (const [at, by] of approvalsByLaterMeetings(group.map(({ meeting }) => meeting))) {
      const each = group[at];
      const approving = group[by];
      if (each && approving) historic.set(each, approving);
    }
  }
  const meetingIdOf = new Map<ImportedMeeting, string>();
  const registers = new Map<string, { people: ProposedPerson[]; choices: RegisterChoices }>();
  for (const each of imported) {
    const { meeting: file, fileName } = each;
    let board = boardByName.get(fold(file.board));
    if (board === undefined) {
      board = {
        id: newId(),
        name: file.board,
        description: '',
        quorum: DEFAULT_QUORUM_RULE,
        createdAt: stamp,
        updatedAt: stamp,
      };
      boardByName.set(fold(file.board), board);
      incoming.boards.push(board);
      const meetings = (byBoard.get(fold(file.board)) ?? []).map(({ meeting }) => meeting);
      const people = proposeRegister(meetings);
      const choices = options.register === 'guests' ? allGuests(people) : {};
      const termStart = meetings.map((meeting) => meeting.date).sort()[0] ?? file.date;
      incoming.members.push(
        ...membersFromProposal(people, choices, { boardId: board.id, termStart }, newId, stamp),
      );
      registers.set(board.id, { people, choices });
    }
    const boardId = board.id;
    const register = registers.get(boardId);
    const chosen = register ? attendanceAsChosen(file, register.people, register.choices) : file;
    const approved = historic.has(each);
    const members = [...archive.members, ...incoming.members].filter(
      (member) => member.boardId === boardId,
    );
    const records = fromMeetingFile(
      approved ? { ...chosen, status: 'approved' } : chosen,
      boardId,
      members,
      newId,
      stamp,
    );
    const meeting: Meeting = {
      ...records.meeting,
      source: {
        ...(file.source?.sha256 ? { sha256: file.source.sha256 } : {}),
        kind: 'imported',
        fileName,
        importedAt: stamp,
        ...(approved ? { historic: true } : {}),
      },
    };
    incoming.meetings.push(meeting);
    meetingIdOf.set(each, meeting.id);
    incoming.agendaItems.push(...records.items);
    incoming.attendance.push(...records.attendance);
    incoming.declarations.push(...records.declarations);
    incoming.decisions.push(...records.decisions);
    incoming.actions.push(...records.actions);
  }
  // Approved minutes get their approval and audit line, as in the app (see historicApproval).
  for (const [each, approving] of historic) {
    const meetingId = meetingIdOf.get(each) ?? '';
    const { approval, audit } = historicApproval(
      {
        meetingId,
        fileName: each.fileName,
        ...(each.meeting.source?.sha256 ? { sha256: each.meeting.source.sha256 } : {}),
      },
      { date: approving.meeting.date, fileName: approving.fileName },
      meetingIdOf.get(approving) ?? '',
      stamp,
    );
    incoming.approvals.push({ id: newId(), ...approval });
    incoming.auditTrail.push({ id: newId(), ...audit });
  }
  const plan = planMerge(archive, incoming);
  return { tables: appendTables(archive, plan.add), plan };
}

export function appendTables(base: ArchiveTables, more: ArchiveTables): ArchiveTables {
  const joined = emptyTables();
  for (const table of ARCHIVE_TABLES) {
    (joined[table] as unknown[]) = [...base[table], ...more[table]];
  }
  return joined;
}
