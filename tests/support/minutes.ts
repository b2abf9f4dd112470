import type { MinuteBookDatabase } from '../../src/renderer/src/db/database';
import {
  byPosition,
  groupIntoMinutes,
  putRecords,
  type MeetingMinutes,
  type MinutesParts,
} from '../../src/renderer/src/db/meeting-minutes';

/** Minutes here with records added to them (a merge), or the added minutes for a new meeting. */
function mergeMinutes(here: MeetingMinutes | undefined, added: MeetingMinutes): MeetingMinutes {
  if (here === undefined) return added;
  return {
    ...here,
    items: byPosition(putRecords(here.items, added.items)),
    attendance: putRecords(here.attendance, added.attendance),
    declarations: putRecords(here.declarations, added.declarations),
    decisions: putRecords(here.decisions, added.decisions),
    actions: putRecords(here.actions, added.actions),
    updatedAt: added.updatedAt > here.updatedAt ? added.updatedAt : here.updatedAt,
  };
}

/**
 * Stores items, attendance, declarations, decisions or actions in their meetings' minutes, each
 * keeping its own times, as records written by the app at those times would be.
 */
export async function addToMinutes(
  db: MinuteBookDatabase,
  parts: Partial<MinutesParts>,
): Promise<void> {
  const grouped = groupIntoMinutes([], {
    agendaItems: [],
    attendance: [],
    declarations: [],
    decisions: [],
    actions: [],
    ...parts,
  });
  await db.transaction('rw', db.minutes, db.meetings, async () => {
    for (const added of grouped) {
      const here = await db.minutes.get(added.meetingId);
      const meeting = await db.meetings.get(added.meetingId);
      const boardId = here?.boardId || meeting?.boardId || added.boardId;
      await db.minutes.put(mergeMinutes(here, { ...added, boardId }));
    }
  });
}

/** Everything a meeting's minutes hold, as the backup format lists it. */
export async function partsOf(db: MinuteBookDatabase, meetingId: string): Promise<MinutesParts> {
  const minutes = await db.minutes.get(meetingId);
  return {
    agendaItems: minutes?.items ?? [],
    attendance: minutes?.attendance ?? [],
    declarations: minutes?.declarations ?? [],
    decisions: minutes?.decisions ?? [],
    actions: minutes?.actions ?? [],
  };
}
