import type { Action, AttendanceRecord, Meeting } from '../model/meeting';
import type { Member } from '../model/member';
import type { MinutesView } from '../model/minutes';
import { nameWithTitle } from '../model/member-names';
import type { SearchItemInput, SearchMeetingInput } from './documents';

/**
 * One stored meeting with its records, as plain arrays: the app reads them from IndexedDB, the
 * command line from a backup, and both index them the same way. Only the meeting's own actions
 * (raised at it) are indexed; others are ignored.
 */
export interface StoredMeetingRecords extends MinutesView<
  'items' | 'attendance' | 'decisions' | 'actions'
> {
  meeting: Meeting;
  /** The board's register, by id, to name attendees and action owners. */
  members: ReadonlyMap<string, Member>;
}

export interface SearchDocuments {
  meeting: SearchMeetingInput;
  items: SearchItemInput[];
}

/** Attended: apologies, absence and members never marked are not attendance. */
const ATTENDED: ReadonlySet<AttendanceRecord['status']> = new Set(['present', 'in-attendance']);

function attendee(
  record: AttendanceRecord,
  members: ReadonlyMap<string, Member>,
): SearchMeetingInput['attendees'][number] | null {
  if (!ATTENDED.has(record.status)) return null;
  if (record.memberId === '') {
    const name = record.guestName.trim();
    return name === ''
      ? null
      : { name, organisation: record.guestOrganisation.trim(), role: record.guestRole.trim() };
  }
  const member = members.get(record.memberId);
  if (member === undefined) return null;
  const name = nameWithTitle(member);
  return name === '' ? null : { name, organisation: member.organisation, role: member.role };
}

function ownerName(action: Action, members: ReadonlyMap<string, Member>): string {
  const member = members.get(action.ownerMemberId);
  return member === undefined ? action.ownerName.trim() : nameWithTitle(member);
}

/** Groups records by the item they belong to, keeping their stored order. */
function byItem<T extends { itemId: string }>(records: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const record of records) {
    const list = grouped.get(record.itemId);
    if (list === undefined) grouped.set(record.itemId, [record]);
    else list.push(record);
  }
  return grouped;
}

/**
 * The search documents of one stored meeting: items numbered 1, 2, 3… in position order (as the
 * minutes number them), owners and attendees named from the register, or as typed when not in it.
 */
export function searchDocumentsFromRecords(records: StoredMeetingRecords): SearchDocuments {
  const { meeting, members } = records;
  const ordered = [...records.items]
    .filter((item) => item.meetingId === meeting.id)
    .sort((a, b) => a.position - b.position);
  const decisions = byItem(
    [...records.decisions]
      .filter((decision) => decision.meetingId === meeting.id)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  );
  const actions = byItem(
    [...records.actions]
      .filter((action) => action.meetingId === meeting.id)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  );
  return {
    meeting: {
      id: meeting.id,
      boardId: meeting.boardId,
      date: meeting.date,
      title: meeting.title.trim() || 'Meeting Summary',
      attendees: records.attendance.flatMap((record) =>
        record.meetingId === meeting.id ? (attendee(record, members) ?? []) : [],
      ),
    },
    items: ordered.map((item, index) => ({
      id: item.id,
      boardId: meeting.boardId,
      meetingId: meeting.id,
      date: meeting.date,
      itemNumber: index + 1,
      title: item.title.trim() || 'Untitled item',
      reference: item.reference.trim() || undefined,
      presenter: item.presenter.trim() || undefined,
      notes: item.notes,
      decisions: (decisions.get(item.id) ?? [])
        .map((decision) => decision.text.trim())
        .filter((text) => text.length > 0),
      actions: (actions.get(item.id) ?? [])
        .filter((action) => action.text.trim().length > 0)
        .map((action) => ({
          text: action.text.trim(),
          owner: ownerName(action, members),
          status: action.status,
        })),
    })),
  };
}

/** The register as the records want it, from a plain list. */
export function membersById(members: Iterable<Member>): Map<string, Member> {
  return new Map([...members].map((member) => [member.id, member]));
}
