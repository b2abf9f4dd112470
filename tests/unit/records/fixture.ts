import {
  buildAttendanceRecord,
  type AttendanceRecord,
  type BoardAttendanceRecord,
  type Meeting,
} from '@shared/model';
import { aMeeting, aMember, anAttendance } from '../../support/records';

/** A small board's year: three members, four meetings (one cancelled), a late arrival and a guest. */
export function aYearOfAttendance(): BoardAttendanceRecord {
  const members = [
    aMember('alex', 'Alex Cheung', {
      role: 'Chair',
      termStart: '2025-01-01',
      termEnd: '2025-12-31',
    }),
    aMember('sam', 'Sam Lee', {
      organisation: 'NHS Digital',
      termStart: '2024-05-01',
      termEnd: '2025-04-30',
    }),
    aMember('jo', '=Jo, "the" Bloggs', { termStart: '2025-06-01', termEnd: '2026-05-31' }),
  ];
  const meetings: Meeting[] = [
    aMeeting('m1', '2025-01-20', { status: 'approved' }),
    aMeeting('m2', '2025-04-21', { status: 'approved' }),
    aMeeting('m3', '2025-07-21', { status: 'planned' }),
    aMeeting('m4', '2025-10-20', { status: 'draft' }),
  ];
  const at = (
    meetingId: string,
    memberId: string,
    status: AttendanceRecord['status'],
    extra: Partial<AttendanceRecord> = {},
  ) => anAttendance(memberId, status, { id: `${meetingId}-${memberId}`, meetingId, ...extra });
  const attendance = new Map<string, AttendanceRecord[]>([
    ['m1', [at('m1', 'alex', 'present'), at('m1', 'sam', 'apologies')]],
    [
      'm2',
      [at('m2', 'alex', 'present', { arrivedDuringItemId: 'i2' }), at('m2', 'sam', 'present')],
    ],
    [
      'm4',
      [
        at('m4', 'alex', 'absent'),
        at('m4', 'jo', 'present'),
        at('m4', '', 'in-attendance', {
          id: 'guest',
          guestName: 'Pat Guest',
          guestOrganisation: 'NHS England',
          guestRole: 'Observer',
        }),
      ],
    ],
  ]);
  return buildAttendanceRecord({
    boardName: 'NHS Python Community Board',
    from: '2025-01-01',
    to: '2025-12-31',
    today: '2026-01-10',
    members,
    meetings,
    attendanceByMeeting: attendance,
  });
}
