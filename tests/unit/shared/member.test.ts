import { describe, expect, it } from 'vitest';
import {
  compareMembersForRegister,
  formalName,
  isInOfficeOn,
  membersInOfficeOn,
  termStatusOn,
  type Member,
} from '@shared/model';

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

describe('terms of office', () => {
  const term = member({});

  it('counts the first and last day of a term as in office', () => {
    expect(termStatusOn(term, '2021-06-20')).toBe('not-started');
    expect(termStatusOn(term, '2021-06-21')).toBe('in-office');
    expect(termStatusOn(term, '2022-06-20')).toBe('in-office');
    expect(termStatusOn(term, '2022-06-21')).toBe('ended');
  });

  it('treats a term with no end date as running on', () => {
    expect(isInOfficeOn(member({ termEnd: '' }), '2040-01-01')).toBe(true);
  });

  it('answers who was in office on a date, Chair first, then by surname', () => {
    const register = [
      member({ fullName: 'Zoë Núñez' }),
      member({ fullName: 'Alex Cheung', role: 'Chair' }),
      member({ fullName: 'Juan Adriano', termEnd: '2021-09-30' }),
      member({ fullName: 'New Starter', termStart: '2022-01-01', termEnd: '' }),
    ];
    expect(membersInOfficeOn(register, '2021-08-01').map((m) => m.fullName)).toEqual([
      'Alex Cheung',
      'Juan Adriano',
      'Zoë Núñez',
    ]);
    expect(membersInOfficeOn(register, '2022-02-01').map((m) => m.fullName)).toEqual([
      'Alex Cheung',
      'Zoë Núñez',
      'New Starter',
    ]);
  });
});

describe('names', () => {
  it('writes title, name and post-nominals as the board papers do', () => {
    expect(formalName(member({ title: 'Dr', fullName: 'Mark A. Bailey' }))).toBe(
      'Dr Mark A. Bailey',
    );
    expect(formalName(member({ fullName: 'Craig R. Shenton', postNominals: 'PhD' }))).toBe(
      'Craig R. Shenton, PhD',
    );
    expect(
      formalName(member({ fullName: '  Haris Shuaib ', postNominals: ' MPhys MSc MIPEM MFCI ' })),
    ).toBe('Haris Shuaib, MPhys MSc MIPEM MFCI');
  });

  it('orders the register by role, then name', () => {
    const sorted = [
      member({ fullName: 'Bea', role: 'Observer' }),
      member({ fullName: 'Cal', role: 'Member' }),
      member({ fullName: 'Ann', role: 'Member' }),
      member({ fullName: 'Dee', role: 'Vice-Chair' }),
      member({ fullName: 'Eve', role: 'Chair' }),
    ].sort(compareMembersForRegister);
    expect(sorted.map((m) => m.fullName)).toEqual(['Eve', 'Dee', 'Ann', 'Cal', 'Bea']);
  });
});
