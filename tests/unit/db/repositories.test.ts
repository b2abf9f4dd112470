import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as boards from '@renderer/db/boards-repository';
import type { MinuteBookDatabase } from '@renderer/db/database';
import * as members from '@renderer/db/members-repository';
import { freshDatabase } from './migration-harness';

describe('repositories', () => {
  let db: MinuteBookDatabase;
  beforeEach(() => {
    db = freshDatabase();
  });
  afterEach(() => db.close());

  it('keeps several boards side by side, in name order', async () => {
    await boards.saveNewBoard(db, boards.newBoard('Quality Committee'));
    await boards.saveNewBoard(db, boards.newBoard('NHS Python Community Board'));
    expect((await boards.listBoards(db)).map((b) => b.name)).toEqual([
      'NHS Python Community Board',
      'Quality Committee',
    ]);
  });

  it('gives a new member a one-year term from the chosen start', () => {
    const member = members.newMember('board', '2021-06-21');
    expect(member).toMatchObject({
      termStart: '2021-06-21',
      termEnd: '2022-06-20',
      role: 'Member',
    });
  });

  it('saves edits field by field', async () => {
    const board = boards.newBoard('Board');
    await boards.saveNewBoard(db, board);
    const member = members.newMember(board.id, '2021-06-21');
    await members.saveNewMember(db, member);
    await members.updateMember(
      db,
      member.id,
      { fullName: 'Zoë Núñez' },
      '2021-06-22T10:00:00.000Z',
    );
    await members.updateMember(
      db,
      member.id,
      { organisation: 'Guy’s & St. Thomas’ NHS Foundation Trust' },
      '2021-06-22T10:00:01.000Z',
    );
    expect(await members.listMembers(db, board.id)).toEqual([
      {
        ...member,
        fullName: 'Zoë Núñez',
        organisation: 'Guy’s & St. Thomas’ NHS Foundation Trust',
        updatedAt: '2021-06-22T10:00:01.000Z',
      },
    ]);
  });

  it('deletes a board together with its register, and nothing else', async () => {
    const first = boards.newBoard('First');
    const second = boards.newBoard('Second');
    await boards.saveNewBoard(db, first);
    await boards.saveNewBoard(db, second);
    await members.saveNewMember(db, members.newMember(first.id, '2021-01-01'));
    await members.saveNewMember(db, members.newMember(second.id, '2021-01-01'));
    await boards.deleteBoard(db, first.id);
    expect((await boards.listBoards(db)).map((b) => b.id)).toEqual([second.id]);
    expect(await members.listMembers(db, first.id)).toEqual([]);
    expect(await members.listMembers(db, second.id)).toHaveLength(1);
  });
});
