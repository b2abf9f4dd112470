import { describe, expect, it } from 'vitest';
import type { Board, Member } from '@shared/model';
import { upgradeFrom } from './migration-harness';

const board: Board = {
  id: 'board-1',
  name: 'NHS Python Community Board',
  description: 'Volunteer board',
  quorum: { kind: 'fraction', numerator: 1, denominator: 2 },
  createdAt: '2021-06-01T09:00:00.000Z',
  updatedAt: '2021-06-01T09:00:00.000Z',
};

const member: Member = {
  id: 'member-1',
  boardId: 'board-1',
  title: 'Dr',
  fullName: 'Mark A. Bailey',
  postNominals: '',
  organisation: 'Gloucestershire Royal Hospital',
  role: 'Member',
  seat: '',
  email: '',
  termStart: '2021-06-21',
  termEnd: '2022-06-20',
  createdAt: '2021-06-01T09:00:00.000Z',
  updatedAt: '2021-06-01T09:00:00.000Z',
};

describe('schema version 1 (the first release)', () => {
  it('keeps boards and members when opened by the current release', async () => {
    const { upgraded, close } = await upgradeFrom(1, async (old) => {
      await old.table('boards').add(board);
      await old.table('members').add(member);
    });
    try {
      expect(await upgraded.boards.toArray()).toEqual([board]);
      expect(await upgraded.members.where('boardId').equals('board-1').toArray()).toEqual([member]);
    } finally {
      close();
    }
  });
});
