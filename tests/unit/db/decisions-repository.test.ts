import { afterEach, describe, expect, it } from 'vitest';
import type { MinuteBookDatabase } from '../../../src/renderer/src/db/database';
import {
  deleteDecision,
  writeDecisionChanges,
} from '../../../src/renderer/src/db/decisions-repository';
import { meetingsToCatchUp } from '../../../src/renderer/src/search/catch-up';
import { aMeeting, anItem } from '../../support/records';
import { freshDatabase } from './migration-harness';

const LONG_AGO = '2020-01-01T00:00:00.000Z';

let db: MinuteBookDatabase | undefined;
afterEach(() => db?.close());

async function withDecisions() {
  db = freshDatabase();
  await db.meetings.bulkAdd([
    aMeeting('m1', '2021-06-21', { updatedAt: LONG_AGO }),
    aMeeting('m2', '2021-07-19', { updatedAt: LONG_AGO }),
  ]);
  await db.agendaItems.add(anItem('i1', 1, 'Finance', { updatedAt: LONG_AGO }));
  await db.decisions.bulkAdd([
    {
      id: 'd1',
      meetingId: 'm1',
      itemId: 'i1',
      text: 'Approved',
      source: 'notes',
      createdAt: LONG_AGO,
    },
    { id: 'd2', meetingId: 'm2', itemId: '', text: 'Noted', source: 'manual', createdAt: LONG_AGO },
  ]);
  const indexed = new Map([
    ['m1', { itemIds: ['i1'] }],
    ['m2', { itemIds: [] }],
  ]);
  const since = new Date(Date.now() - 1000).toISOString();
  const stale = () => meetingsToCatchUp(db as MinuteBookDatabase, since, indexed);
  return { db, stale };
}

describe('changing a decision', () => {
  it('stamps its item, so a search restarted later catches the change up', async () => {
    const { db, stale } = await withDecisions();
    expect(await stale()).toEqual(new Set());
    await writeDecisionChanges(db, 'd1', { text: 'Approved with amendments' });
    expect((await db.decisions.get('d1'))?.text).toBe('Approved with amendments');
    expect(await stale()).toEqual(new Set(['m1']));
  });

  it('stamps the meeting of a decision on no item, and of a removed one', async () => {
    const { db, stale } = await withDecisions();
    await writeDecisionChanges(db, 'd2', { text: 'Noted and agreed' });
    expect(await stale()).toEqual(new Set(['m2']));
    await deleteDecision(db, 'd1');
    expect(await db.decisions.get('d1')).toBeUndefined();
    expect(await stale()).toEqual(new Set(['m1', 'm2']));
  });

  it('changes nothing for a decision that is no longer there', async () => {
    const { db, stale } = await withDecisions();
    await writeDecisionChanges(db, 'gone', { text: 'x' });
    await deleteDecision(db, 'gone');
    expect(await stale()).toEqual(new Set());
  });
});
