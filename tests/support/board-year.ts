import type { ArchiveTables } from '../../src/shared/backup';
import { emptyTables } from '../../src/shared/backup';
import type { AttendanceRecord, Meeting } from '../../src/shared/model';
import { EXAMPLE_BOARD, EXAMPLE_PEOPLE } from '../fixtures/nhs-python-board';
import { STAMP, aMeeting, aMember, anAttendance, anItem } from './records';

/** The first Monday-ish board meetings of the example board's 2021/22 term, one a month. */
export const YEAR_DATES = [
  '2021-06-21',
  '2021-07-27',
  '2021-08-16',
  '2021-09-20',
  '2021-10-18',
  '2021-11-15',
  '2021-12-13',
  '2022-01-17',
  '2022-02-21',
  '2022-03-21',
  '2022-04-25',
  '2022-05-16',
] as const;

/** The meeting that was planned but never held: nothing was recorded of it. */
export const CANCELLED_DATE = '2021-12-13';
/** The last meeting, still a draft, where interests are declared. */
export const LAST_DATE = '2022-05-16';

/**
 * A year of the example board as a backup holds it: its ten people on one-year terms, except
 * Arouba Zubair, whose term ended at the end of 2021, and Priya Shah, who joined in January 2022
 * with no fixed end;
 * twelve monthly meetings, one cancelled; apologies, absences and late arrivals spread through it;
 * a guest at two meetings.
 */
export function exampleBoardYear(): ArchiveTables {
  const tables = emptyTables();
  tables.boards.push({
    id: 'b',
    name: EXAMPLE_BOARD.name,
    description: EXAMPLE_BOARD.description,
    quorum: { kind: 'fraction', numerator: 1, denominator: 2 },
    createdAt: STAMP,
    updatedAt: STAMP,
  });
  const people = EXAMPLE_PEOPLE.map((person, index) =>
    aMember(`member-${index + 1}`, person.fullName, {
      title: person.title,
      postNominals: person.postNominals,
      organisation: person.organisation,
      role: person.role,
      email: `${person.fullName.split(' ')[0]?.toLowerCase() ?? 'member'}@example.nhs.uk`,
      termStart: EXAMPLE_BOARD.termStart,
      termEnd: person.fullName === 'Arouba Zubair' ? '2021-12-31' : EXAMPLE_BOARD.termEnd,
    }),
  );
  people.push(
    aMember('member-new', 'Priya Shah', {
      organisation: 'NHS Digital',
      email: 'priya@example.nhs.uk',
      termStart: '2022-01-01',
      // Still in office today: this year's confirmation round asks her to confirm.
      termEnd: '',
    }),
  );
  tables.members.push(...people);

  YEAR_DATES.forEach((date, month) => {
    const cancelled = date === CANCELLED_DATE;
    const last = date === LAST_DATE;
    const meeting: Meeting = aMeeting(`meeting-${date}`, date, {
      status: cancelled ? 'planned' : last ? 'draft' : 'approved',
      chairMemberId: 'member-1',
      startTime: '14:00',
      endTime: '15:30',
    });
    tables.meetings.push(meeting);
    const items = [
      anItem(`${meeting.id}-1`, 1, 'Welcome and Check-in', {
        meetingId: meeting.id,
        kind: 'welcome',
      }),
      anItem(`${meeting.id}-2`, 2, 'Declarations of interest', {
        meetingId: meeting.id,
        kind: 'declarations',
      }),
      anItem(`${meeting.id}-3`, 3, 'Community update', { meetingId: meeting.id }),
    ];
    tables.agendaItems.push(...items);
    if (cancelled) return;
    people.forEach((member, index) => {
      if (date < member.termStart || (member.termEnd !== '' && date > member.termEnd)) return;
      const turn = (index * 7 + month * 3) % 11;
      const status: AttendanceRecord['status'] =
        turn === 0 ? 'apologies' : turn === 5 && index % 2 === 1 ? 'absent' : 'present';
      tables.attendance.push(
        anAttendance(member.id, status, {
          id: `${meeting.id}-${member.id}`,
          meetingId: meeting.id,
          arrivedDuringItemId: status === 'present' && turn === 3 ? `${meeting.id}-2` : '',
          leftAfterItemId: status === 'present' && turn === 9 ? `${meeting.id}-3` : '',
        }),
      );
    });
    if (month === 2 || month === 8) {
      tables.attendance.push(
        anAttendance('', 'in-attendance', {
          id: `${meeting.id}-guest`,
          meetingId: meeting.id,
          guestName: 'Sam Okafor',
          guestOrganisation: 'NHS England',
          guestRole: 'Observer',
        }),
      );
    }
  });
  return tables;
}
