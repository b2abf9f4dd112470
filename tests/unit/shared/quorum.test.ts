import { describe, expect, it } from 'vitest';
import { describeQuorumRule, membersRequiredForQuorum, quorumOn, type Member } from '@shared/model';

describe('quorum', () => {
  it('uses a fixed minimum as it is', () => {
    expect(membersRequiredForQuorum({ kind: 'count', minimum: 4 }, 9)).toBe(4);
  });

  it('rounds a fraction of the members in office up', () => {
    const half = { kind: 'fraction', numerator: 1, denominator: 2 } as const;
    expect(membersRequiredForQuorum(half, 9)).toBe(5);
    expect(membersRequiredForQuorum(half, 10)).toBe(5);
    expect(membersRequiredForQuorum({ kind: 'fraction', numerator: 1, denominator: 3 }, 9)).toBe(3);
    expect(membersRequiredForQuorum({ kind: 'fraction', numerator: 2, denominator: 3 }, 10)).toBe(
      7,
    );
  });

  it('never asks for fewer than one member', () => {
    expect(membersRequiredForQuorum({ kind: 'fraction', numerator: 1, denominator: 2 }, 0)).toBe(1);
  });

  it('counts only voting members in office on the day', () => {
    const base = {
      boardId: 'b',
      title: '',
      postNominals: '',
      organisation: '',
      seat: '',
      email: '',
      createdAt: '',
      updatedAt: '',
    };
    const members: Member[] = [
      { ...base, id: '1', fullName: 'Chair', role: 'Chair', termStart: '2021-01-01', termEnd: '' },
      {
        ...base,
        id: '2',
        fullName: 'Member',
        role: 'Member',
        termStart: '2021-01-01',
        termEnd: '',
      },
      {
        ...base,
        id: '3',
        fullName: 'Left',
        role: 'Member',
        termStart: '2020-01-01',
        termEnd: '2020-12-31',
      },
      {
        ...base,
        id: '4',
        fullName: 'Secretary',
        role: 'Secretary',
        termStart: '2021-01-01',
        termEnd: '',
      },
      {
        ...base,
        id: '5',
        fullName: 'Observer',
        role: 'Observer',
        termStart: '2021-01-01',
        termEnd: '',
      },
    ];
    expect(
      quorumOn(
        { quorum: { kind: 'fraction', numerator: 1, denominator: 2 } },
        members,
        '2021-06-21',
      ),
    ).toEqual({
      votingMembersInOffice: 2,
      required: 1,
    });
  });

  it('describes the rule in words', () => {
    expect(describeQuorumRule({ kind: 'count', minimum: 1 })).toBe('at least 1 member present');
    expect(describeQuorumRule({ kind: 'fraction', numerator: 1, denominator: 3 })).toBe(
      'at least 1/3 of the members in office present',
    );
  });
});
