import {
  DEFAULT_QUORUM_RULE,
  fromMeetingFile,
  type Board,
  type Meeting,
  type MeetingFile,
} from '../model';
import { planMerge, type MergePlan } from './merge';
import { ARCHIVE_TABLES, emptyTables, type ArchiveTables } from './tables';

export interface ImportedMeeting {
  meeting: MeetingFile;
  /** The name of the file it was read from, kept on the meeting so its origin is never lost. */
  fileName: string;
}

const fold = (text: string) => text.trim().toLocaleLowerCase('en-GB').replace(/\s+/g, ' ');

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
): { tables: ArchiveTables; plan: MergePlan } {
  const incoming = emptyTables();
  const boardByName = new Map<string, Board>(
    archive.boards.map((board) => [fold(board.name), board]),
  );
  for (const { meeting: file, fileName } of imported) {
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
    }
    const boardId = board.id;
    const members = archive.members.filter((member) => member.boardId === boardId);
    const records = fromMeetingFile(file, boardId, members, newId, stamp);
    const meeting: Meeting = {
      ...records.meeting,
      source: { kind: 'imported', fileName, importedAt: stamp },
    };
    incoming.meetings.push(meeting);
    incoming.agendaItems.push(...records.items);
    incoming.attendance.push(...records.attendance);
    incoming.declarations.push(...records.declarations);
    incoming.decisions.push(...records.decisions);
    incoming.actions.push(...records.actions);
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
