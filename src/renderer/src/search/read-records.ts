import { todayIso, type AttendanceRecord, type Meeting, type Member } from '@shared/model';
import {
  itemText,
  meetingText,
  searchDocumentsFromRecords,
  standingRecordDocuments,
  type SearchDocuments,
  type SearchRecordInput,
} from '@shared/search';
import type { MinuteBookDatabase } from '../db/database';

/**
 * Reading what the search indexes from the app's database. Every text is built by the shared
 * from-records step, so what a snippet shows is exactly what was indexed.
 */
export class RecordReader {
  /** Registers by board: read once per board, since a rebuild visits every meeting of a board. */
  private readonly registers = new Map<string, Promise<Map<string, Member>>>();

  /**
   * Meeting id → what the attendance record reads of it (date, standing, who attended how), as
   * last read: the board's attendance summaries are rebuilt only when this changes.
   */
  private readonly attendanceStamps = new Map<string, string>();

  constructor(private readonly db: MinuteBookDatabase) {}

  /** The attendance stamp of a meeting as last read by meetings(), or undefined. */
  attendanceStamp(meetingId: string): string | undefined {
    return this.attendanceStamps.get(meetingId);
  }

  /** Forgets the registers, so names changed in the register are read again. */
  forgetRegisters(): void {
    this.registers.clear();
  }

  private register(boardId: string): Promise<Map<string, Member>> {
    let members = this.registers.get(boardId);
    if (members === undefined) {
      members = this.db.members
        .where('boardId')
        .equals(boardId)
        .toArray()
        .then((list) => new Map(list.map((member) => [member.id, member])));
      this.registers.set(boardId, members);
    }
    return members;
  }

  /** The documents of one meeting, or null when it no longer exists. */
  async meeting(meetingId: string): Promise<SearchDocuments | null> {
    return (await this.meetings([meetingId])).get(meetingId) ?? null;
  }

  /**
   * The documents of several meetings, read in one transaction: each meeting and its minutes.
   * Meetings that no longer exist map to null.
   */
  async meetings(meetingIds: readonly string[]): Promise<Map<string, SearchDocuments | null>> {
    const { db } = this;
    const ids = [...new Set(meetingIds)];
    const [meetings, minutes] = await db.transaction('r', [db.meetings, db.minutes], () =>
      Promise.all([db.meetings.bulkGet(ids), db.minutes.bulkGet(ids)]),
    );
    const documents = new Map<string, SearchDocuments | null>(ids.map((id) => [id, null]));
    for (const id of ids) this.attendanceStamps.delete(id);
    for (const [index, meeting] of meetings.entries()) {
      if (meeting === undefined) continue;
      const recorded = minutes[index];
      this.attendanceStamps.set(meeting.id, attendanceStamp(meeting, recorded?.attendance ?? []));
      documents.set(
        meeting.id,
        searchDocumentsFromRecords({
          meeting,
          items: recorded?.items ?? [],
          attendance: recorded?.attendance ?? [],
          decisions: recorded?.decisions ?? [],
          actions: recorded?.actions ?? [],
          members: await this.register(meeting.boardId),
        }),
      );
    }
    return documents;
  }

  /**
   * The standing records of some boards (register of interests, attendance per member and term),
   * read in one transaction per board. A board that no longer exists has none.
   */
  async boardRecords(boardIds: readonly string[]): Promise<Map<string, SearchRecordInput[]>> {
    const { db } = this;
    const found = new Map<string, SearchRecordInput[]>();
    for (const boardId of new Set(boardIds)) {
      const [board, members, interests, meetings] = await db.transaction(
        'r',
        [db.boards, db.members, db.interests, db.meetings],
        () =>
          Promise.all([
            db.boards.get(boardId),
            db.members.where('boardId').equals(boardId).toArray(),
            db.interests.where('boardId').equals(boardId).toArray(),
            db.meetings.where('boardId').equals(boardId).toArray(),
          ]),
      );
      if (board === undefined) {
        found.set(boardId, []);
        continue;
      }
      const minutes = await db.minutes.bulkGet(meetings.map((meeting) => meeting.id));
      const attendanceByMeeting = new Map<string, AttendanceRecord[]>();
      minutes.forEach((recorded, index) => {
        const meeting = meetings[index];
        if (meeting !== undefined) attendanceByMeeting.set(meeting.id, recorded?.attendance ?? []);
      });
      found.set(
        boardId,
        standingRecordDocuments({
          boardId,
          boardName: board.name.trim() || 'Untitled board',
          members,
          interests,
          meetings,
          attendanceByMeeting,
          today: todayIso(),
        }),
      );
    }
    return found;
  }

  /** The searchable texts of some items, by id; items that no longer exist are left out. */
  async itemTexts(
    items: readonly { id: string; meetingId: string }[],
  ): Promise<Map<string, string>> {
    const { db } = this;
    const wanted = new Set(items.map((item) => item.id));
    const meetingIds = [...new Set(items.map((item) => item.meetingId))];
    const [meetings, minutes] = await db.transaction('r', [db.meetings, db.minutes], () =>
      Promise.all([db.meetings.bulkGet(meetingIds), db.minutes.bulkGet(meetingIds)]),
    );
    const texts = new Map<string, string>();
    for (const [index, meeting] of meetings.entries()) {
      const recorded = minutes[index];
      if (meeting === undefined || recorded === undefined) continue;
      const documents = searchDocumentsFromRecords({
        meeting,
        items: recorded.items.filter((item) => wanted.has(item.id)),
        attendance: [],
        decisions: recorded.decisions.filter((decision) => wanted.has(decision.itemId)),
        actions: recorded.actions.filter((action) => wanted.has(action.itemId)),
        members: new Map(),
      });
      for (const item of documents.items) texts.set(item.id, itemText(item));
    }
    return texts;
  }

  /** The attendance text of some meetings, by id: what a meeting's result shows. */
  async meetingTexts(meetingIds: readonly string[]): Promise<Map<string, string>> {
    const { db } = this;
    const ids = [...new Set(meetingIds)];
    const [meetings, minutes] = await db.transaction('r', [db.meetings, db.minutes], () =>
      Promise.all([db.meetings.bulkGet(ids), db.minutes.bulkGet(ids)]),
    );
    const texts = new Map<string, string>();
    for (const [index, meeting] of meetings.entries()) {
      if (meeting === undefined) continue;
      const documents = searchDocumentsFromRecords({
        meeting,
        items: [],
        attendance: minutes[index]?.attendance ?? [],
        decisions: [],
        actions: [],
        members: await this.register(meeting.boardId),
      });
      texts.set(meeting.id, meetingText(documents.meeting));
    }
    return texts;
  }
}

/** What the attendance record reads of a meeting, as one string to compare. */
function attendanceStamp(meeting: Meeting, attendance: readonly AttendanceRecord[]): string {
  const marks = attendance.map((record) =>
    [record.memberId, record.status, record.arrivedDuringItemId, record.leftAfterItemId].join(':'),
  );
  return [meeting.boardId, meeting.date, meeting.status, ...marks.sort()].join('|');
}
