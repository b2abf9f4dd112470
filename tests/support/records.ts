import type {
  Action,
  AgendaItem,
  ApprovalRecord,
  AttendanceRecord,
  Interest,
  Meeting,
  Member,
  SignatureRecord,
} from '../../src/shared/model';

/** Records as the app stores them, with dull defaults: a test states only what it is about. */
export const STAMP = '2021-06-01T00:00:00.000Z';

export function aMember(id: string, fullName: string, extra: Partial<Member> = {}): Member {
  return {
    id,
    boardId: 'b',
    title: '',
    fullName,
    postNominals: '',
    organisation: 'NHSX',
    role: 'Member',
    seat: '',
    email: '',
    termStart: '2021-06-21',
    termEnd: '2022-06-20',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...extra,
  };
}

export function aMeeting(id: string, date: string, extra: Partial<Meeting> = {}): Meeting {
  return {
    id,
    boardId: 'b',
    title: 'Meeting Summary',
    date,
    startTime: '',
    endTime: '',
    location: 'MS Teams',
    visibility: 'public',
    status: 'draft',
    chairMemberId: '',
    nextMeetingDate: '',
    nextMeetingId: '',
    startedAt: '',
    currentItemId: '',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...extra,
  };
}

export function anItem(
  id: string,
  position: number,
  title: string,
  extra: Partial<AgendaItem> = {},
): AgendaItem {
  return {
    id,
    meetingId: 'm1',
    position,
    title,
    presenter: '',
    reference: '',
    allowanceMinutes: null,
    private: false,
    kind: 'standard',
    notes: '',
    outcome: 'taken',
    secondsSpent: 0,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...extra,
  };
}

export function anAttendance(
  memberId: string,
  status: AttendanceRecord['status'],
  extra: Partial<AttendanceRecord> = {},
): AttendanceRecord {
  return {
    id: `${memberId}-${status}`,
    meetingId: 'm1',
    memberId,
    guestName: '',
    guestOrganisation: '',
    guestRole: '',
    status,
    itemIds: [],
    arrivedDuringItemId: '',
    leftAfterItemId: '',
    updatedAt: STAMP,
    ...extra,
  };
}

export function anAction(id: string, meetingId: string, extra: Partial<Action> = {}): Action {
  return {
    id,
    boardId: 'b',
    meetingId,
    itemId: '',
    text: `Action ${id}`,
    ownerMemberId: '',
    ownerName: '',
    due: '2021-08-31',
    status: 'open',
    source: 'notes',
    ownerCorrected: false,
    dueCorrected: false,
    updates: [],
    createdAt: id,
    updatedAt: STAMP,
    ...extra,
  };
}

export function aSignature(
  id: string,
  meetingId: string,
  extra: Partial<SignatureRecord> = {},
): SignatureRecord {
  return {
    id,
    meetingId,
    boardId: 'b',
    at: STAMP,
    fileName: `${id}.docx`,
    path: `/tmp/${id}.docx`,
    fileSha256: id.padEnd(64, 'f'),
    meetingSha256: id.padEnd(64, 'd'),
    meetingJson: '{}',
    signerName: 'Alex Cheung',
    signerRole: 'Chair',
    fingerprintSha256: 'AB:CD',
    reason: 'Approved as a correct record',
    version: 1,
    ...extra,
  };
}

export function anApproval(
  id: string,
  meetingId: string,
  extra: Partial<ApprovalRecord> = {},
): ApprovalRecord {
  return {
    id,
    meetingId,
    approvedOn: '2021-07-27',
    approvingMeetingId: '',
    amendments: '',
    version: 1,
    recordedAt: STAMP,
    ...extra,
  };
}

export function anInterest(id: string, memberId: string, extra: Partial<Interest> = {}): Interest {
  return {
    id,
    boardId: 'b',
    memberId,
    category: 'financial',
    description: 'Shareholding',
    organisation: 'Acme Health Ltd',
    declaredOn: '2021-07-01',
    endedOn: '',
    publish: true,
    declaredAtMeetingId: '',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...extra,
  };
}
