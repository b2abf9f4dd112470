import type {
  Action,
  AgendaItem,
  AgendaTemplateItem,
  AttendanceRecord,
  Decision,
  Declaration,
  IsoDate,
  Meeting,
  MeetingFromFile,
} from '../../../shared/model';
import type { MinuteBookDatabase } from './database';
import { newId, nowStamp } from './ids';

export interface MeetingContents {
  items: AgendaItem[];
  attendance: AttendanceRecord[];
  declarations: Declaration[];
  decisions: Decision[];
}

export async function listMeetings(db: MinuteBookDatabase, boardId: string): Promise<Meeting[]> {
  return db.meetings.where('boardId').equals(boardId).sortBy('date');
}

export function newMeeting(
  boardId: string,
  date: IsoDate,
  details: Partial<Meeting> = {},
): Meeting {
  const stamp = nowStamp();
  return {
    id: newId(),
    boardId,
    title: 'Meeting Summary',
    date,
    startTime: '',
    endTime: '',
    location: '',
    visibility: 'public',
    status: 'planned',
    chairMemberId: '',
    nextMeetingDate: '',
    nextMeetingId: '',
    startedAt: '',
    currentItemId: '',
    createdAt: stamp,
    updatedAt: stamp,
    ...details,
  };
}

export function newAgendaItem(
  meetingId: string,
  position: number,
  template: Partial<AgendaItem> = {},
): AgendaItem {
  const stamp = nowStamp();
  return {
    id: newId(),
    meetingId,
    position,
    title: '',
    presenter: '',
    reference: '',
    allowanceMinutes: null,
    private: false,
    kind: 'standard',
    notes: '',
    outcome: 'pending',
    secondsSpent: 0,
    createdAt: stamp,
    updatedAt: stamp,
    ...template,
  };
}

export function itemsFromTemplate(
  meetingId: string,
  template: readonly AgendaTemplateItem[],
): AgendaItem[] {
  return template.map((entry, index) => newAgendaItem(meetingId, index + 1, entry));
}

/** A meeting and its first agenda are stored together or not at all. */
export async function saveNewMeeting(
  db: MinuteBookDatabase,
  meeting: Meeting,
  items: readonly AgendaItem[],
): Promise<void> {
  await db.transaction('rw', db.meetings, db.agendaItems, async () => {
    await db.meetings.add(meeting);
    await db.agendaItems.bulkAdd([...items]);
  });
}

export async function updateMeeting(
  db: MinuteBookDatabase,
  id: string,
  changes: Partial<Meeting>,
): Promise<void> {
  await db.meetings.update(id, changes);
}

export async function loadMeetingContents(
  db: MinuteBookDatabase,
  meetingId: string,
): Promise<MeetingContents> {
  return db.transaction(
    'r',
    [db.agendaItems, db.attendance, db.declarations, db.decisions],
    async () => ({
      items: await db.agendaItems.where('meetingId').equals(meetingId).sortBy('position'),
      attendance: await db.attendance.where('meetingId').equals(meetingId).toArray(),
      declarations: await db.declarations.where('meetingId').equals(meetingId).sortBy('createdAt'),
      decisions: await db.decisions.where('meetingId').equals(meetingId).sortBy('createdAt'),
    }),
  );
}

export async function deleteMeeting(db: MinuteBookDatabase, meetingId: string): Promise<void> {
  await db.transaction(
    'rw',
    [db.meetings, db.agendaItems, db.attendance, db.declarations, db.decisions, db.actions],
    async () => {
      for (const table of [
        db.agendaItems,
        db.attendance,
        db.declarations,
        db.decisions,
        db.actions,
      ]) {
        await table.where('meetingId').equals(meetingId).delete();
      }
      await db.meetings.delete(meetingId);
    },
  );
}

export async function listBoardActions(db: MinuteBookDatabase, boardId: string): Promise<Action[]> {
  return db.actions.where('boardId').equals(boardId).sortBy('createdAt');
}

/** Number and title of each item, for actions listed away from their meeting (the action log). */
export async function itemLabels(
  db: MinuteBookDatabase,
  itemIds: readonly string[],
): Promise<Map<string, string>> {
  const items = await db.agendaItems.bulkGet([...new Set(itemIds)]);
  return new Map(
    items
      .filter((item) => item !== undefined)
      .map((item) => [item.id, `${item.position}. ${item.title}`]),
  );
}

/** A meeting opened from a file is stored whole, in one transaction, or not at all. */
export async function saveMeetingFromFile(
  db: MinuteBookDatabase,
  records: MeetingFromFile,
): Promise<void> {
  await db.transaction(
    'rw',
    [db.meetings, db.agendaItems, db.attendance, db.declarations, db.decisions, db.actions],
    async () => {
      await db.meetings.add(records.meeting);
      await db.agendaItems.bulkAdd(records.items);
      await db.attendance.bulkAdd(records.attendance);
      await db.declarations.bulkAdd(records.declarations);
      await db.decisions.bulkAdd(records.decisions);
      await db.actions.bulkAdd(records.actions);
    },
  );
}
