import { describe, expect, it } from 'vitest';
import {
  attendanceByTerm,
  attendedInWords,
  buildAttendanceRecord,
  meetingHeld,
  rowOfMember,
  type AttendanceRecord,
  type Meeting,
  type Member,
} from '@shared/model';
import { defined } from '../../support/defined';
import { aMeeting, aMember, anAttendance } from '../../support/records';

/** Monthly meetings of 2025, each with its attendance; a test states only what it is about. */
function year(dates: readonly string[]): Meeting[] {
  return dates.map((date) => aMeeting(`m-${date}`, date, { status: 'approved' }));
}

function attendanceOf(
  entries: ReadonlyArray<[string, string, AttendanceRecord['status'], Partial<AttendanceRecord>?]>,
): Map<string, AttendanceRecord[]> {
  const map = new Map<string, AttendanceRecord[]>();
  for (const [date, memberId, status, extra] of entries) {
    const meetingId = `m-${date}`;
    const record = anAttendance(memberId, status, {
      id: `${meetingId}-${memberId}`,
      meetingId,
      ...extra,
    });
    map.set(meetingId, [...(map.get(meetingId) ?? []), record]);
  }
  return map;
}

function record(
  members: readonly Member[],
  meetings: readonly Meeting[],
  attendance: Map<string, AttendanceRecord[]>,
  period = { from: '2025-01-01', to: '2025-12-31' },
) {
  return buildAttendanceRecord({
    boardName: 'NHS Python Community Board',
    ...period,
    today: '2026-01-15',
    members,
    meetings,
    attendanceByMeeting: attendance,
  });
}

const QUARTERS = ['2025-01-20', '2025-04-21', '2025-07-21', '2025-10-20'];

describe('the attendance record', () => {
  it('counts each member over the meetings held, late arrival and early departure as attended', () => {
    const alex = aMember('alex', 'Alex Cheung', { termStart: '2025-01-01', termEnd: '2025-12-31' });
    const result = record(
      [alex],
      year(QUARTERS),
      attendanceOf([
        ['2025-01-20', 'alex', 'present'],
        ['2025-04-21', 'alex', 'present', { arrivedDuringItemId: 'item-2' }],
        ['2025-07-21', 'alex', 'apologies'],
        ['2025-10-20', 'alex', 'present', { leftAfterItemId: 'item-4' }],
      ]),
    );
    const [row] = result.rows;
    expect(row?.marks).toEqual(['present', 'late', 'apologies', 'left-early']);
    expect(row?.totals).toMatchObject({
      eligible: 4,
      attended: 3,
      late: 1,
      leftEarly: 1,
      apologies: 1,
    });
    expect(row?.percentage).toBe(75);
    expect(attendedInWords(defined(row, 'a row').totals)).toBe('3 of 4 meetings');
  });

  it('counts a term that starts or ends mid-period only over the meetings while in office', () => {
    const joiner = aMember('jo', 'Jo Bloggs', { termStart: '2025-06-01', termEnd: '2026-05-31' });
    const leaver = aMember('sam', 'Sam Lee', { termStart: '2024-05-01', termEnd: '2025-04-30' });
    const result = record(
      [joiner, leaver],
      year(QUARTERS),
      attendanceOf([
        ['2025-01-20', 'sam', 'present'],
        ['2025-04-21', 'sam', 'absent'],
        ['2025-07-21', 'jo', 'present'],
        ['2025-10-20', 'jo', 'present'],
      ]),
    );
    const jo = result.rows.find((row) => row.name === 'Jo Bloggs');
    const sam = result.rows.find((row) => row.name === 'Sam Lee');
    expect(jo?.marks).toEqual(['not-in-office', 'not-in-office', 'present', 'present']);
    expect(jo?.totals.eligible).toBe(2);
    expect(jo?.percentage).toBe(100);
    expect(sam?.marks).toEqual(['present', 'absent', 'not-in-office', 'not-in-office']);
    expect(sam?.percentage).toBe(50);
  });

  it('joins a re-appointed member’s terms into one row, with the gap between them not in office', () => {
    const first = aMember('kim-1', 'Dr Kim Patel', {
      fullName: 'Kim Patel',
      termStart: '2024-03-01',
      termEnd: '2025-02-28',
    });
    const again = aMember('kim-2', 'Kim Patel', {
      termStart: '2025-06-01',
      termEnd: '2026-05-31',
      role: 'Vice-Chair',
    });
    const result = record(
      [first, again],
      year(QUARTERS),
      attendanceOf([
        ['2025-01-20', 'kim-1', 'present'],
        ['2025-07-21', 'kim-2', 'present'],
        ['2025-10-20', 'kim-2', 'apologies'],
      ]),
    );
    expect(result.rows).toHaveLength(1);
    const [kim] = result.rows;
    expect(kim?.memberIds).toEqual(['kim-1', 'kim-2']);
    expect(kim?.role).toBe('Vice-Chair');
    expect(kim?.terms).toEqual([
      { start: '2024-03-01', end: '2025-02-28' },
      { start: '2025-06-01', end: '2026-05-31' },
    ]);
    expect(kim?.marks).toEqual(['present', 'not-in-office', 'present', 'apologies']);
    expect(kim?.totals).toMatchObject({ eligible: 3, attended: 2 });
    expect(rowOfMember(result, 'kim-2')).toBe(kim);
    // Their own page gives each term apart.
    expect(
      attendanceByTerm(result, defined(kim, 'Kim')).map(({ term, totals, percentage }) => [
        term.start,
        totals.attended,
        totals.eligible,
        totals.apologies,
        percentage,
      ]),
    ).toEqual([
      ['2024-03-01', 1, 1, 0, 100],
      ['2025-06-01', 1, 2, 1, 50],
    ]);
  });

  it('leaves cancelled and future meetings out of everyone’s count, listing the cancelled apart', () => {
    const alex = aMember('alex', 'Alex Cheung', { termStart: '2025-01-01', termEnd: '' });
    const meetings = [
      ...year(['2025-01-20', '2025-04-21']),
      aMeeting('m-cancelled', '2025-07-21', { status: 'planned' }),
      aMeeting('m-next', '2026-02-16', { status: 'planned' }),
    ];
    const result = record([alex], meetings, attendanceOf([['2025-01-20', 'alex', 'present']]), {
      from: '2025-01-01',
      to: '2026-12-31',
    });
    expect(result.meetings.map((meeting) => meeting.date)).toEqual(['2025-01-20', '2025-04-21']);
    expect(result.cancelled.map((meeting) => meeting.date)).toEqual(['2025-07-21']);
    expect(result.rows[0]?.marks).toEqual(['present', 'not-recorded']);
    expect(result.rows[0]?.totals).toMatchObject({ eligible: 2, attended: 1, notRecorded: 1 });
  });

  it('tells a held meeting from a cancelled or coming one by what was recorded', () => {
    expect(meetingHeld({ status: 'draft', date: '2025-01-01' }, [], '2025-06-01')).toBe('held');
    expect(
      meetingHeld({ status: 'planned', date: '2025-01-01' }, [{ status: 'present' }], '2025-06-01'),
    ).toBe('held');
    expect(meetingHeld({ status: 'planned', date: '2025-01-01' }, [], '2025-06-01')).toBe(
      'cancelled',
    );
    expect(meetingHeld({ status: 'planned', date: '2025-07-01' }, [], '2025-06-01')).toBe(
      'upcoming',
    );
  });

  it('lists guests apart with the meetings they attended, and leaves out members not in office at all', () => {
    const alex = aMember('alex', 'Alex Cheung', { termStart: '2025-01-01', termEnd: '2025-12-31' });
    const gone = aMember('old', 'Pat Former', { termStart: '2020-01-01', termEnd: '2020-12-31' });
    const guest = (
      date: string,
    ): [string, string, AttendanceRecord['status'], Partial<AttendanceRecord>] => [
      date,
      '',
      'in-attendance',
      {
        id: `guest-${date}`,
        guestName: 'Sam Guest',
        guestOrganisation: 'NHS Digital',
        guestRole: 'Observer',
      },
    ];
    const result = record(
      [alex, gone],
      year(QUARTERS),
      attendanceOf([['2025-01-20', 'alex', 'present'], guest('2025-01-20'), guest('2025-07-21')]),
    );
    expect(result.rows.map((row) => row.name)).toEqual(['Alex Cheung']);
    expect(result.guests).toEqual([
      {
        name: 'Sam Guest',
        organisation: 'NHS Digital',
        role: 'Observer',
        dates: ['2025-01-20', '2025-07-21'],
      },
    ]);
  });

  it('says so when a member was in office for none of the meetings held', () => {
    const late = aMember('late', 'Late Joiner', { termStart: '2025-11-01', termEnd: '' });
    const result = record([late], year(QUARTERS), new Map());
    expect(result.rows[0]?.percentage).toBeNull();
    expect(attendedInWords(defined(result.rows[0], 'a row').totals)).toBe(
      'no meetings while in office',
    );
  });
});
