import type { Member } from '../../../shared/model';
import {
  itemText,
  meetingText,
  searchDocumentsFromRecords,
  type SearchDocuments,
} from '../../../shared/search';
import type { MinuteBookDatabase } from '../db/database';

/**
 * Reading what the search indexes from the app's database. Every text is built by the shared
 * from-records step, so what a snippet shows is exactly what was indexed.
 */
export class RecordReader {
  /** Registers by board: read once per board, since a rebuild visits every meeting of a board. */
  private readonly registers = new Map<string, Promise<Map<string, Member>>>();

  constructor(private readonly db: MinuteBookDatabase) {}

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
   * The documents of several meetings, read in one transaction with one query per table: indexing
   * an import or a rebuild a meeting at a time would be five round trips to the database each.
   * Meetings that no longer exist map to null.
   */
  async meetings(meetingIds: readonly string[]): Promise<Map<string, SearchDocuments | null>> {
    const { db } = this;
    const ids = [...new Set(meetingIds)];
    const [meetings, items, attendance, decisions, actions] = await db.transaction(
      'r',
      [db.meetings, db.agendaItems, db.attendance, db.decisions, db.actions],
      () =>
        Promise.all([
          db.meetings.bulkGet(ids),
          db.agendaItems.where('meetingId').anyOf(ids).toArray(),
          db.attendance.where('meetingId').anyOf(ids).toArray(),
          db.decisions.where('meetingId').anyOf(ids).toArray(),
          db.actions.where('meetingId').anyOf(ids).toArray(),
        ]),
    );
    const byMeeting = <T extends { meetingId: string }>(records: T[]) => {
      const groups = new Map<string, T[]>();
      for (const record of records) {
        const group = groups.get(record.meetingId);
        if (group === undefined) groups.set(record.meetingId, [record]);
        else group.push(record);
      }
      return (meetingId: string) => groups.get(meetingId) ?? [];
    };
    const [itemsOf, attendanceOf, decisionsOf, actionsOf] = [
      byMeeting(items),
      byMeeting(attendance),
      byMeeting(decisions),
      byMeeting(actions),
    ];
    const documents = new Map<string, SearchDocuments | null>(ids.map((id) => [id, null]));
    for (const meeting of meetings) {
      if (meeting === undefined) continue;
      documents.set(
        meeting.id,
        searchDocumentsFromRecords({
          meeting,
          items: itemsOf(meeting.id),
          attendance: attendanceOf(meeting.id),
          decisions: decisionsOf(meeting.id),
          actions: actionsOf(meeting.id),
          members: await this.register(meeting.boardId),
        }),
      );
    }
    return documents;
  }

  /** The searchable texts of some items, by id; items that no longer exist are left out. */
  async itemTexts(itemIds: readonly string[]): Promise<Map<string, string>> {
    const { db } = this;
    const wanted = new Set(itemIds);
    return db.transaction(
      'r',
      [db.meetings, db.agendaItems, db.decisions, db.actions],
      async () => {
        const items = (await db.agendaItems.bulkGet([...wanted])).filter(
          (item) => item !== undefined,
        );
        const meetingIds = [...new Set(items.map((item) => item.meetingId))];
        const [meetings, decisions, actions] = await Promise.all([
          db.meetings.bulkGet(meetingIds),
          db.decisions
            .where('itemId')
            .anyOf([...wanted])
            .toArray(),
          db.actions
            .where('itemId')
            .anyOf([...wanted])
            .toArray(),
        ]);
        const texts = new Map<string, string>();
        for (const meeting of meetings) {
          if (meeting === undefined) continue;
          const documents = searchDocumentsFromRecords({
            meeting,
            items: items.filter((item) => item.meetingId === meeting.id),
            attendance: [],
            decisions,
            actions,
            members: new Map(),
          });
          for (const item of documents.items) texts.set(item.id, itemText(item));
        }
        return texts;
      },
    );
  }

  /**
   * The attendance text of some meetings, by id: what a meeting's result shows. Only the meetings
   * and their attendance are read, in one go, not their items.
   */
  async meetingTexts(meetingIds: readonly string[]): Promise<Map<string, string>> {
    const { db } = this;
    const ids = [...new Set(meetingIds)];
    const [meetings, attendance] = await db.transaction(
      'r',
      [db.meetings, db.attendance],
      async () =>
        Promise.all([
          db.meetings.bulkGet(ids),
          db.attendance.where('meetingId').anyOf(ids).toArray(),
        ]),
    );
    const texts = new Map<string, string>();
    for (const meeting of meetings) {
      if (meeting === undefined) continue;
      const documents = searchDocumentsFromRecords({
        meeting,
        items: [],
        attendance: attendance.filter((record) => record.meetingId === meeting.id),
        decisions: [],
        actions: [],
        members: await this.register(meeting.boardId),
      });
      texts.set(meeting.id, meetingText(documents.meeting));
    }
    return texts;
  }
}
