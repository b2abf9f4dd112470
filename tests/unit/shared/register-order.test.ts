import { describe, expect, it } from 'vitest';
import { compareMembersForRegister, currentTermStart, surnameOf, type Member } from '@shared/model';

function member(overrides: Partial<Member>): Member {
  return {
    id: overrides.fullName ?? 'id',
    boardId: 'board',
    title: '',
    fullName: 'A Member',
    postNominals: '',
    organisation: '',
    role: 'Member',
    seat: '',
    email: '',
    termStart: '2021-06-21',
    termEnd: '2022-06-20',
    createdAt: '2021-06-01T00:00:00.000Z',
    updatedAt: '2021-06-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('the order of the register', () => {
  it('puts the Chair first, then members by surname, whatever their first names', () => {
    const sorted = [
      member({ fullName: 'Haris Shuaib' }),
      member({ fullName: 'Mark A. Bailey' }),
      member({ fullName: "John O'Connell" }),
      member({ fullName: 'Alex Cheung', role: 'Chair' }),
      member({ fullName: 'Zoe Adams' }),
      member({ fullName: 'Craig R. Shenton' }),
    ].sort(compareMembersForRegister);
    expect(sorted.map((each) => each.fullName)).toEqual([
      'Alex Cheung',
      'Zoe Adams',
      'Mark A. Bailey',
      "John O'Connell",
      'Craig R. Shenton',
      'Haris Shuaib',
    ]);
  });

  it('orders people who share a surname by their whole name', () => {
    const sorted = [member({ fullName: 'Sam Patel' }), member({ fullName: 'Asha Patel' })].sort(
      compareMembersForRegister,
    );
    expect(sorted.map((each) => each.fullName)).toEqual(['Asha Patel', 'Sam Patel']);
  });

  it('reads the surname as the last word of the name', () => {
    expect(surnameOf('  Mark A. Bailey ')).toBe('Bailey');
    expect(surnameOf('Cheung')).toBe('Cheung');
    expect(surnameOf('')).toBe('');
  });
});

describe('the term a new member joins', () => {
  it('is the start most members in office share, not today', () => {
    const members = [
      member({ termStart: '2025-06-21', termEnd: '2026-06-20' }),
      member({ termStart: '2025-06-21', termEnd: '2026-06-20' }),
      member({ termStart: '2025-09-01', termEnd: '2026-08-31' }),
    ];
    expect(currentTermStart(members, '2025-12-07', 1)).toBe('2025-06-21');
  });

  it('carries the last term forward by whole terms when every term has ended', () => {
    const members = [member({ termStart: '2021-06-21', termEnd: '2022-06-20' })];
    expect(currentTermStart(members, '2026-12-07', 1)).toBe('2026-06-21');
    expect(currentTermStart(members, '2026-06-20', 1)).toBe('2025-06-21');
    expect(currentTermStart(members, '2026-06-21', 1)).toBe('2026-06-21');
  });

  it('is a term that has not started yet when the board was entered ahead of it', () => {
    const members = [member({ termStart: '2027-01-01', termEnd: '2027-12-31' })];
    expect(currentTermStart(members, '2026-12-07', 1)).toBe('2027-01-01');
  });

  it('is today for a board with no members yet', () => {
    expect(currentTermStart([], '2026-12-07', 1)).toBe('2026-12-07');
  });
});
