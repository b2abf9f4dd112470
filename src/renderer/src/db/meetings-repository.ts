import type {
  Action,
  AgendaItem,
  AgendaTemplateItem,
  IsoDate,
  Meeting,
  MeetingFromFile,
  MinutesContent,
} from '@shared/model';
import type { MinuteBookDatabase } from './database';
import { newId, nowStamp } from './ids';
import { byPosition, emptyMinutes, type MeetingMinutes } from './meeting-minutes';
import { readMinutes, readMinutesOf } from './minutes-repository';

/** A meeting's minutes as its screens show them: the actions are read board by board. */
export type MeetingContents = Omit<MinutesContent, 'actions'>;

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
  await db.transaction('rw', db.meetings, db.minutes, async () => {
    await db.meetings.add(meeting);
    await db.minutes.add({
      ...emptyMinutes(meeting.id, meeting.boardId, meeting.createdAt),
      items: byPosition(items),
    });
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
  const minutes = await readMinutes(db, meetingId);
  const byCreation = <T extends { createdAt: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return {
    items: byPosition(minutes.items),
    attendance: minutes.attendance,
    declarations: byCreation(minutes.declarations),
    decisions: byCreation(minutes.decisions),
  };
}

export async function deleteMeeting(db: MinuteBookDatabase, meetingId: string): Promise<void> {
  await db.transaction(
    'rw',
    [db.meetings, db.minutes, db.transcripts, db.transcriptDeletions],
    async () => {
      await db.minutes.delete(meetingId);
      await db.meetings.delete(meetingId);
      // A kept transcript goes with its meeting, and so does the record of one deleted.
      await db.transcripts.delete(meetingId);
      await db.transcriptDeletions.where('meetingId').equals(meetingId).delete();
    },
  );
}

/** Every action of a board, from the minutes of every meeting that raised one, oldest first. */
export async function listBoardActions(db: MinuteBookDatabase, boardId: string): Promise<Action[]> {
  const minutes = await db.minutes.where('boardId').equals(boardId).toArray();
  return minutes
    .flatMap((each) => each.actions)
    .filter((action) => action.boardId === boardId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Number and title of each action's item, for actions listed away from their meeting (the action log). */
export async function itemLabels(
  db: MinuteBookDatabase,
  actions: readonly Pick<Action, 'meetingId' | 'itemId'>[],
): Promise<Map<string, string>> {
  const wanted = new Set(actions.map((action) => action.itemId));
  const minutes = await readMinutesOf(
    db,
    actions.map((action) => action.meetingId),
  );
  const labels = new Map<string, string>();
  for (const each of minutes.values())
    for (const item of each.items)
      if (wanted.has(item.id)) labels.set(item.id, `${item.position}. ${item.title}`);
  return labels;
}

/** The minutes of a meeting made from a file: its records, gathered as the database keeps them. */
export function minutesFromFile(records: MeetingFromFile): MeetingMinutes {
  return {
    ...emptyMinutes(records.meeting.id, records.meeting.boardId, records.meeting.updatedAt),
    items: byPosition(records.items),
    attendance: records.attendance,
    declarations: records.declarations,
    decisions: records.decisions,
    actions: records.actions,
  };
}

/** A meeting opened from a file is stored whole, in one transaction, or not at all. */
export async function saveMeetingFromFile(
  db: MinuteBookDatabase,
  records: MeetingFromFile,
): Promise<void> {
  await db.transaction('rw', db.meetings, db.minutes, async () => {
    await db.meetings.add(records.meeting);
    await db.minutes.add(minutesFromFile(records));
  });
}
