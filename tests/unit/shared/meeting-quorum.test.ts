import { describe, expect, it } from 'vitest';
import { meetingQuorum, type AttendanceRecord, type Member } from '@shared/model';
import { aMember, anAttendance } from '../../support/records';

const member = (id: string, role: Member['role'] = 'Member', termEnd = '') =>
  aMember(id, id, { role, termStart: '2021-01-01', termEnd });
const mark = (memberId: string, status: AttendanceRecord['status']) =>
  anAttendance(memberId, status, { id: memberId });

describe('meeting quorum', () => {
  const members = [
    member('a', 'Chair'),
    member('b'),
    member('c'),
    member('d'),
    member('e', 'Secretary'),
    member('f', 'Member', '2020-12-31'),
  ];
  const board = { quorum: { kind: 'fraction', numerator: 1, denominator: 2 } } as const;

  it('is quorate when enough voting members are present', () => {
    expect(
      meetingQuorum(board, { date: '2021-06-21' }, members, [
        mark('a', 'present'),
        mark('b', 'present'),
      ]),
    ).toEqual({
      required: 2,
      votingPresent: 2,
      quorate: true,
    });
  });

  it('does not count apologies, secretaries or guests', () => {
    const attendance = [
      mark('a', 'present'),
      mark('b', 'apologies'),
      mark('e', 'present'),
      mark('', 'in-attendance'),
    ];
    expect(meetingQuorum(board, { date: '2021-06-21' }, members, attendance)).toEqual({
      required: 2,
      votingPresent: 1,
      quorate: false,
    });
  });
});
