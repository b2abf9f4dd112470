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
    for (const [index, meeting] of meetings.entries()) {
      if (meeting === undefined) continue;
      const recorded = minutes[index];
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
