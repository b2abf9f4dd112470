import type { ArchiveTables } from '../../shared/backup';
import {
  todayIso,
  type Action,
  type AgendaItem,
  type AttendanceRecord,
  type Decision,
} from '../../shared/model';
import {
  SearchEngine,
  docKey,
  itemText,
  meetingText,
  membersById,
  searchDocumentsFromRecords,
  standingRecordDocuments,
  type TextSource,
} from '../../shared/search';

export interface IndexedArchive {
  engine: SearchEngine;
  /** The searchable text of a document, for snippets. */
  textOf: TextSource;
}

function byMeeting<T extends { meetingId: string }>(records: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const record of records) {
    const list = grouped.get(record.meetingId);
    if (list === undefined) grouped.set(record.meetingId, [record]);
    else list.push(record);
  }
  return grouped;
}

/**
 * The archive of a backup, indexed the way the app indexes its database. A command-line search is
 * one run, so the texts stay in memory for snippets and phrases.
 */
export function indexArchive(tables: ArchiveTables, today = todayIso()): IndexedArchive {
  const texts = new Map<string, string>();
  const textOf: TextSource = (kind, id) => texts.get(docKey(kind, id));
  const engine = new SearchEngine({ textOf });
  const members = membersById(tables.members);
  const items = byMeeting<AgendaItem>(tables.agendaItems);
  const attendance = byMeeting<AttendanceRecord>(tables.attendance);
  const decisions = byMeeting<Decision>(tables.decisions);
  const actions = byMeeting<Action>(tables.actions);
  for (const meeting of tables.meetings) {
    const documents = searchDocumentsFromRecords({
      meeting,
      items: items.get(meeting.id) ?? [],
      attendance: attendance.get(meeting.id) ?? [],
      decisions: decisions.get(meeting.id) ?? [],
      actions: actions.get(meeting.id) ?? [],
      members,
    });
    engine.addMeeting(documents.meeting);
    texts.set(docKey('meeting', meeting.id), meetingText(documents.meeting));
    for (const item of documents.items) {
      engine.addItem(item);
      texts.set(docKey('item', item.id), itemText(item));
    }
  }
  // The standing records: each board's register of interests and its members' attendance.
  for (const board of tables.boards) {
    const records = standingRecordDocuments({
      boardId: board.id,
      boardName: board.name.trim() || 'Untitled board',
      members: tables.members.filter((member) => member.boardId === board.id),
      interests: tables.interests.filter((interest) => interest.boardId === board.id),
      meetings: tables.meetings.filter((meeting) => meeting.boardId === board.id),
      attendanceByMeeting: attendance,
      today,
    });
    for (const record of records) {
      engine.addRecord(record);
      texts.set(docKey(record.kind, record.id), record.text);
    }
  }
  return { engine, textOf };
}
