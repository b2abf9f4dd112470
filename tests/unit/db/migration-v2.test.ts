import { describe, expect, it } from 'vitest';
import type { Board, Member } from '@shared/model';
import { upgradeUpTo } from './migration-harness';

const upgradeFrom = upgradeUpTo(2);

const board: Board = {
  id: 'board-1',
  name: 'NHS Python Community Board',
  description: '',
  quorum: { kind: 'count', minimum: 4 },
  createdAt: '2021-06-01T09:00:00.000Z',
  updatedAt: '2021-06-01T09:00:00.000Z',
};

const members: Member[] = ['Alex Cheung', 'Zoë Núñez'].map((fullName, index) => ({
  id: `member-${index}`,
  boardId: 'board-1',
  title: '',
  fullName,
  postNominals: index === 1 ? 'PhD' : '',
  organisation: 'NHSX',
  role: index === 0 ? 'Chair' : 'Member',
  seat: '',
  email: '',
  termStart: '2021-06-21',
  termEnd: '2022-06-20',
  createdAt: '2021-06-01T09:00:00.000Z',
  updatedAt: '2021-06-01T09:00:00.000Z',
}));

describe('schema version 2 (meetings and live minutes)', () => {
  it('keeps a version 1 register and adds empty meeting tables', async () => {
    const { upgraded, close } = await upgradeFrom(1, async (old) => {
      await old.table('boards').add(board);
      await old.table('members').bulkAdd(members);
    });
    try {
      expect(await upgraded.boards.toArray()).toEqual([board]);
      expect(await upgraded.members.orderBy('id').toArray()).toEqual(members);
      expect(
        await upgraded.members.where('[boardId+fullName]').equals(['board-1', 'Zoë Núñez']).count(),
      ).toBe(1);
      for (const table of [
        'meetings',
        'agendaItems',
        'attendance',
        'declarations',
        'decisions',
        'actions',
      ] as const) {
        expect(await upgraded.table(table).count()).toBe(0);
      }
    } finally {
      close();
    }
  });
});
