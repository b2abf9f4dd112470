/**
 * The generated archive as the app stores it: boards, meetings, agenda items, attendance, decisions
 * and actions, so a benchmark can fill the app's database with years of minutes.
 */
import {
  DEFAULT_QUORUM_RULE,
  type Action,
  type AgendaItem,
  type AttendanceRecord,
  type Board,
  type Decision,
  type Meeting,
} from '../../src/shared/model';
import type { GeneratedMeeting } from './archive-generator';

/** Older than any save, so a start from the saved index has nothing to catch up with. */
const STAMP = '2025-12-31T00:00:00.000Z';

export interface StoredMeeting {
  meeting: Meeting;
  items: AgendaItem[];
  attendance: AttendanceRecord[];
  decisions: Decision[];
  actions: Action[];
}

export function storedBoard(id: string, name: string): Board {
  return {
    id,
    name,
    description: '',
    quorum: DEFAULT_QUORUM_RULE,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

/** Attendees are stored as guests (name, organisation, role), which the search reads the same way. */
export function storedMeeting({ meeting, items }: GeneratedMeeting): StoredMeeting {
  const stored: StoredMeeting = {
    meeting: {
      id: meeting.id,
      boardId: meeting.boardId,
      title: meeting.title,
      date: meeting.date,
      startTime: '',
      endTime: '',
      location: '',
      visibility: 'public',
      status: 'signed',
      chairMemberId: '',
      nextMeetingDate: '',
      nextMeetingId: '',
      startedAt: '',
      currentItemId: '',
      createdAt: STAMP,
      updatedAt: STAMP,
    },
    items: [],
    attendance: meeting.attendees.map((person, index) => ({
      id: `${meeting.id}-attendee-${index}`,
      meetingId: meeting.id,
      memberId: '',
      guestName: person.name,
      guestOrganisation: person.organisation ?? '',
      guestRole: person.role ?? '',
      status: 'in-attendance',
      itemIds: [],
      arrivedDuringItemId: '',
      leftAfterItemId: '',
      updatedAt: STAMP,
    })),
    decisions: [],
    actions: [],
  };
  for (const item of items) {
    stored.items.push({
      id: item.id,
      meetingId: meeting.id,
      position: item.itemNumber,
      title: item.title,
      presenter: item.presenter ?? '',
      reference: item.reference ?? '',
      allowanceMinutes: null,
      private: false,
      kind: 'standard',
      notes: item.notes,
      outcome: 'taken',
      secondsSpent: 0,
      createdAt: STAMP,
      updatedAt: STAMP,
    });
    item.decisions.forEach((text, index) =>
      stored.decisions.push({
        id: `${item.id}-decision-${index}`,
        meetingId: meeting.id,
        itemId: item.id,
        text,
        source: 'notes',
        createdAt: `${STAMP.slice(0, 19)}.${String(index).padStart(3, '0')}Z`,
      }),
    );
    item.actions.forEach((action, index) =>
      stored.actions.push({
        id: `${item.id}-action-${index}`,
        boardId: meeting.boardId,
        meetingId: meeting.id,
        itemId: item.id,
        text: action.text,
        ownerMemberId: '',
        ownerName: action.owner,
        due: '',
        status: action.status,
        source: 'notes',
        ownerCorrected: false,
        dueCorrected: false,
        updates: [],
        createdAt: `${STAMP.slice(0, 19)}.${String(index).padStart(3, '0')}Z`,
        updatedAt: STAMP,
      }),
    );
  }
  return stored;
}
