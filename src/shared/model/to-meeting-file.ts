import type { Board } from './board';
import { actionsArising } from './carry-forward';
import type { Action, Meeting } from './meeting';
import { MEETING_FILE_FORMAT, MEETING_FILE_VERSION, type MeetingFileInput } from './meeting-file';
import { meetingQuorum } from './meeting-quorum';
import { compareMembersForRegister, formalName, type Member } from './member';
import type { MinutesView } from './minutes';
import type { PreviousMinutesInput } from './minutes-citation';
import { membersInOfficeOn } from './register';
import { GRACE_MINUTES } from '../teams/attendance-plan';

/** Minutes from one HH:MM to another on the same day; 0 when either is missing. */
function minutesAfter(from: string, to: string): number {
  const at = (time: string) => {
    const [hour, minute] = time.split(':').map(Number);
    return (hour ?? 0) * 60 + (minute ?? 0);
  };
  return /^\d{2}:\d{2}$/.test(from) && /^\d{2}:\d{2}$/.test(to) ? at(to) - at(from) : 0;
}

/** The calendar event's UID: the meeting's own id, which never changes, in the form RFC 5545 suggests. */
export function invitationUid(meetingId: string): string {
  return `${meetingId}@minute-book`;
}

/** Everything the app holds about one meeting, as read from its database: its minutes and more. */
export interface MeetingRecords extends MinutesView<
  'items' | 'attendance' | 'declarations' | 'decisions'
> {
  board: Board;
  meeting: Meeting;
  /** The board's whole register: people are named in the file, not pointed at. */
  members: readonly Member[];
  meetings: readonly Meeting[];
  /** The board's whole action log, not only the actions this meeting raised. */
  actions: readonly Action[];
  /** The archive's record of the previous meeting's minutes, cited under "Minutes of the previous meeting". */
  previousMinutes?: PreviousMinutesInput;
}

/**
 * The meeting in its self-contained file form (docs/meeting-file.md): what the Word export builds
 * from and what "Save meeting file" writes. Pure: the same records always give the same file.
 */
export function toMeetingFile(records: MeetingRecords): MeetingFileInput {
  const { board, meeting, members, items, attendance, declarations, decisions, actions } = records;
  const ordered = [...items].sort((a, b) => a.position - b.position);
  const numberOf = new Map(ordered.map((item, index) => [item.id, index + 1]));
  const inOffice = membersInOfficeOn(members, meeting.date);
  const chair =
    inOffice.find((member) => member.id === meeting.chairMemberId) ??
    inOffice.find((member) => member.role === 'Chair');
  const memberById = new Map(members.map((member) => [member.id, member]));
  const ownerName = (action: Action) => {
    const owner = memberById.get(action.ownerMemberId);
    return owner ? formalName(owner) : action.ownerName;
  };

  const memberAttendance = inOffice
    .map((member) => ({
      member,
      record: attendance.find((record) => record.memberId === member.id),
    }))
    .filter(({ record }) => record && record.status !== 'unmarked')
    .sort((a, b) => compareMembersForRegister(a.member, b.member))
    .map(({ member, record }) => ({
      name: member.fullName.trim() || 'Unnamed member',
      title: member.title,
      postNominals: member.postNominals,
      organisation: member.organisation,
      status: record?.status === 'unmarked' || !record ? 'absent' : record.status,
      role: member.role,
      chair: member.id === chair?.id,
      note: [
        record?.arrivedDuringItemId &&
          `arrived during item ${numberOf.get(record.arrivedDuringItemId) ?? ''}`,
        record?.leftAfterItemId && `left after item ${numberOf.get(record.leftAfterItemId) ?? ''}`,
        // From a Teams report, with no item allowances to name the item: the time itself.
        !record?.arrivedDuringItemId &&
          record?.joined &&
          minutesAfter(meeting.startTime, record.joined) > GRACE_MINUTES &&
          `joined at ${record.joined}`,
        !record?.leftAfterItemId &&
          record?.left &&
          minutesAfter(record.left, meeting.endTime) > GRACE_MINUTES &&
          `left at ${record.left}`,
        record?.note,
      ]
        .filter(Boolean)
        .join('; '),
      items: [],
      ...(member.email.trim() ? { email: member.email.trim() } : {}),
      ...(record?.joined ? { joined: record.joined } : {}),
      ...(record?.left ? { left: record.left } : {}),
    }));
  const guests = attendance
    .filter((record) => record.memberId === '' && record.guestName.trim())
    .map((record) => ({
      name: record.guestName.trim(),
      organisation: record.guestOrganisation,
      status: 'in-attendance' as const,
      role: record.guestRole,
      note: record.note ?? '',
      items: record.itemIds.flatMap((id) => numberOf.get(id) ?? []).sort((a, b) => a - b),
      ...(record.joined ? { joined: record.joined } : {}),
      ...(record.left ? { left: record.left } : {}),
    }));

  const dateOf = new Map(records.meetings.map((each) => [each.id, each.date]));
  const arising = actionsArising(actions, records.meetings, meeting);

  return {
    format: MEETING_FILE_FORMAT,
    version: MEETING_FILE_VERSION,
    board: board.name.trim() || 'Untitled board',
    title: meeting.title.trim() || 'Meeting Summary',
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    location: meeting.location,
    visibility: meeting.visibility,
    status: meeting.status,
    quorumRequired: meetingQuorum(board, meeting, members, attendance).required,
    attendance: [...memberAttendance, ...guests],
    declarations: declarations.flatMap((declaration) => {
      const member = memberById.get(declaration.memberId);
      const item = numberOf.get(declaration.itemId);
      return member && declaration.interest.trim()
        ? [
            {
              name: formalName(member),
              interest: declaration.interest.trim(),
              ...(item ? { item } : {}),
            },
          ]
        : [];
    }),
    items: ordered.map((item, index) => ({
      number: index + 1,
      title: item.title.trim() || 'Untitled item',
      presenter: item.presenter,
      reference: item.reference,
      private: item.private,
      notes: item.notes,
      decisions: decisions
        .filter((decision) => decision.itemId === item.id && decision.text.trim())
        .map((decision) => ({ text: decision.text })),
      actions: actions
        .filter((action) => action.itemId === item.id && action.text.trim())
        .map((action) => ({
          text: action.text,
          owner: ownerName(action),
          due: action.due,
          status: action.status,
        })),
      ...(item.kind === 'previous-minutes' && records.previousMinutes
        ? { previousMinutes: records.previousMinutes }
        : {}),
    })),
    actionLog: arising.map((action) => ({
      text: action.text,
      owner: ownerName(action),
      due: action.due,
      status: action.status,
      meetingDate: dateOf.get(action.meetingId) ?? meeting.date,
    })),
    nextMeetingDate: meeting.nextMeetingDate,
    signatories: [],
    ...(board.minuteReferencePattern?.trim()
      ? { minuteReferencePattern: board.minuteReferencePattern.trim() }
      : {}),
    ...(meeting.invitation
      ? { invitation: { uid: invitationUid(meeting.id), sequence: meeting.invitation.sequence } }
      : {}),
  };
}
