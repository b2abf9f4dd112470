import type { AgendaItem, Meeting, MeetingMinutes, MinutesParts } from '@shared/model';

export type { MeetingMinutes, MinutesParts };

/*
 * Everything recorded in one meeting (`MeetingMinutes`, shared/model/minutes.ts) is stored as one
 * record: its agenda items with their notes, attendance, declarations of interest, decisions, and
 * the actions it raised.
 *
 * They were one record each until schema version 6. IndexedDB's cost is per record, and a meeting
 * holds about sixty of them, so importing an archive of 10,000 meetings spent two minutes on
 * bookkeeping alone; as one record a meeting costs what one record costs. Everything that reads or
 * writes these parts goes through `minutes-repository.ts`.
 */

export function emptyMinutes(meetingId: string, boardId: string, updatedAt = ''): MeetingMinutes {
  return {
    meetingId,
    boardId,
    items: [],
    attendance: [],
    declarations: [],
    decisions: [],
    actions: [],
    updatedAt,
  };
}

export function byPosition(items: readonly AgendaItem[]): AgendaItem[] {
  return [...items].sort((a, b) => a.position - b.position);
}

/** The latest of the records' own times, so grouped minutes keep when they last changed. */
function latestStamp(minutes: MeetingMinutes): string {
  let latest = minutes.updatedAt;
  const consider = (stamp: string) => {
    if (stamp > latest) latest = stamp;
  };
  minutes.items.forEach((item) => consider(item.updatedAt));
  minutes.attendance.forEach((record) => consider(record.updatedAt));
  minutes.declarations.forEach((declaration) => consider(declaration.createdAt));
  minutes.decisions.forEach((decision) => consider(decision.createdAt));
  minutes.actions.forEach((action) => consider(action.updatedAt));
  return latest;
}

/**
 * Gathers records kept one by one into each meeting's minutes. A record whose meeting is not in
 * `meetings` (left by an older release) still gets minutes of its own, so nothing is dropped.
 */
export function groupIntoMinutes(
  meetings: readonly Pick<Meeting, 'id' | 'boardId'>[],
  parts: MinutesParts,
): MeetingMinutes[] {
  const grouped = new Map<string, MeetingMinutes>();
  const minutesOf = (meetingId: string, boardId = ''): MeetingMinutes => {
    let minutes = grouped.get(meetingId);
    if (minutes === undefined) {
      minutes = emptyMinutes(meetingId, boardId);
      grouped.set(meetingId, minutes);
    }
    return minutes;
  };
  meetings.forEach((meeting) => minutesOf(meeting.id, meeting.boardId));
  parts.agendaItems.forEach((item) => minutesOf(item.meetingId).items.push(item));
  parts.attendance.forEach((record) => minutesOf(record.meetingId).attendance.push(record));
  parts.declarations.forEach((each) => minutesOf(each.meetingId).declarations.push(each));
  parts.decisions.forEach((decision) => minutesOf(decision.meetingId).decisions.push(decision));
  for (const action of parts.actions) {
    const minutes = minutesOf(action.meetingId, action.boardId);
    if (minutes.boardId === '') minutes.boardId = action.boardId;
    minutes.actions.push(action);
  }
  return [...grouped.values()].map((minutes) => ({
    ...minutes,
    items: byPosition(minutes.items),
    updatedAt: latestStamp(minutes),
  }));
}

/** Minutes back to records one by one, as the backup format lists them. */
export function flattenMinutes(list: readonly MeetingMinutes[]): MinutesParts {
  return {
    agendaItems: list.flatMap((minutes) => minutes.items),
    attendance: list.flatMap((minutes) => minutes.attendance),
    declarations: list.flatMap((minutes) => minutes.declarations),
    decisions: list.flatMap((minutes) => minutes.decisions),
    actions: list.flatMap((minutes) => minutes.actions),
  };
}

/** Each record of `records` in place of the one with its id, or added at the end. */
export function putRecords<T extends { id: string }>(
  list: readonly T[],
  records: readonly T[],
): T[] {
  const incoming = new Map(records.map((record) => [record.id, record]));
  const next = list.map((record) => incoming.get(record.id) ?? record);
  const present = new Set(list.map((record) => record.id));
  return [...next, ...records.filter((record) => !present.has(record.id))];
}

/** The record with `id` changed; the list as it was when there is none. */
export function patchRecord<T extends { id: string }>(
  list: readonly T[],
  id: string,
  changes: Partial<T>,
): T[] {
  return list.map((record) => (record.id === id ? { ...record, ...changes } : record));
}

export function withoutRecord<T extends { id: string }>(list: readonly T[], id: string): T[] {
  return list.filter((record) => record.id !== id);
}
