import { afterEach, describe, expect, it } from 'vitest';
import type { MinuteBookDatabase } from '@renderer/db/database';
import {
  deleteMeeting,
  itemLabels,
  listBoardActions,
  loadMeetingContents,
  saveNewMeeting,
} from '@renderer/db/meetings-repository';
import { addToMinutes } from '../../support/minutes';
import { aMeeting, anAction, anItem } from '../../support/records';
import { freshDatabase } from './migration-harness';

let db: MinuteBookDatabase | undefined;
afterEach(() => db?.close());

async function twoMeetings() {
  db = freshDatabase();
  await saveNewMeeting(db, aMeeting('june', '2021-06-21'), [
    anItem('june-2', 2, 'Finance', { meetingId: 'june' }),
    anItem('june-1', 1, 'Welcome', { meetingId: 'june' }),
  ]);
  await saveNewMeeting(db, aMeeting('july', '2021-07-19'), [
    anItem('july-1', 1, 'Matters arising', { meetingId: 'july' }),
  ]);
  await saveNewMeeting(db, aMeeting('other-board', '2021-07-20', { boardId: 'other' }), []);
  await addToMinutes(db, {
    actions: [
      anAction('a-july', 'july', { itemId: 'july-1', createdAt: '2021-07-19T10:00:00.000Z' }),
      anAction('a-june', 'june', { itemId: 'june-2', createdAt: '2021-06-21T10:00:00.000Z' }),
      anAction('a-other', 'other-board', { boardId: 'other' }),
    ],
    decisions: [
      {
        id: 'later',
        meetingId: 'june',
        itemId: 'june-2',
        text: 'Second',
        source: 'notes',
        createdAt: '2021-06-21T11:00:00.000Z',
      },
      {
        id: 'earlier',
        meetingId: 'june',
        itemId: 'june-1',
        text: 'First',
        source: 'notes',
        createdAt: '2021-06-21T10:00:00.000Z',
      },
    ],
  });
  return db;
}

describe('meetings and their minutes', () => {
  it('gives a meeting’s agenda in order and its decisions as they were made', async () => {
    const db = await twoMeetings();
    const contents = await loadMeetingContents(db, 'june');
    expect(contents.items.map((item) => item.title)).toEqual(['Welcome', 'Finance']);
    expect(contents.decisions.map((decision) => decision.text)).toEqual(['First', 'Second']);
    expect(await loadMeetingContents(db, 'never-held')).toEqual({
      items: [],
      attendance: [],
      declarations: [],
      decisions: [],
    });
  });

  it('lists a board’s actions from every meeting, oldest first, with their items’ labels', async () => {
    const db = await twoMeetings();
    const actions = await listBoardActions(db, 'b');
    expect(actions.map((action) => action.id)).toEqual(['a-june', 'a-july']);
    expect(await itemLabels(db, actions)).toEqual(
      new Map([
        ['june-2', '2. Finance'],
        ['july-1', '1. Matters arising'],
      ]),
    );
  });

  it('deletes a meeting with everything recorded in it, and nothing else', async () => {
    const db = await twoMeetings();
    await deleteMeeting(db, 'june');
    expect(await db.meetings.get('june')).toBeUndefined();
    expect(await db.minutes.get('june')).toBeUndefined();
    expect((await listBoardActions(db, 'b')).map((action) => action.id)).toEqual(['a-july']);
    expect(await db.minutes.count()).toBe(2);
  });
});
