import { afterEach, describe, expect, it } from 'vitest';
import type { MinuteBookDatabase } from '../../../src/renderer/src/db/database';
import { deleteMeeting } from '../../../src/renderer/src/db/meetings-repository';
import { watchMeetingChanges } from '../../../src/renderer/src/search/change-feed';
import { aMeeting, anAction, anAttendance, anItem } from '../../support/records';
import { freshDatabase } from '../db/migration-harness';

let db: MinuteBookDatabase | undefined;
afterEach(() => db?.close());

async function watched() {
  db = freshDatabase();
  await db.meetings.add(aMeeting('m1', '2021-06-21'));
  await db.agendaItems.add(anItem('i1', 1, 'Welcome'));
  const changed: string[] = [];
  const stop = watchMeetingChanges(db, (meetingId) => changed.push(meetingId));
  return { db, changed, stop };
}

describe('watching the records the search indexes', () => {
  it('names the meeting of notes, attendance and actions once they are written', async () => {
    const { db, changed } = await watched();
    await db.agendaItems.update('i1', { notes: 'New words' });
    expect(changed).toEqual(['m1']);
    await db.attendance.put(anAttendance('member-1', 'present'));
    await db.actions.add(anAction('a1', 'm1', { itemId: 'i1' }));
    await db.meetings.update('m1', { title: 'Quality Committee' });
    expect(changed).toEqual(['m1', 'm1', 'm1', 'm1']);
  });

  it('names each meeting once for a transaction that writes many of its records', async () => {
    const { db, changed } = await watched();
    await db.meetings.add(aMeeting('m2', '2021-07-19'));
    changed.length = 0;
    await db.transaction('rw', [db.agendaItems, db.actions], async () => {
      await db.agendaItems.bulkAdd([anItem('i2', 2, 'Finance'), anItem('i3', 3, 'Risks')]);
      await db.actions.bulkAdd([anAction('a1', 'm1'), anAction('a2', 'm2'), anAction('a3', 'm2')]);
    });
    expect(changed).toEqual(['m1', 'm2']);
  });

  it('names the meeting of deleted records, and of a deleted meeting', async () => {
    const { db, changed } = await watched();
    await db.decisions.add({
      id: 'd1',
      meetingId: 'm1',
      itemId: 'i1',
      text: 'Approved',
      source: 'notes',
      createdAt: '',
    });
    changed.length = 0;
    await db.decisions.delete('d1');
    expect(changed).toEqual(['m1']);
    await deleteMeeting(db, 'm1');
    expect(new Set(changed)).toEqual(new Set(['m1']));
  });

  it('says nothing about a write that was rolled back, nor after it stops', async () => {
    const { db, changed, stop } = await watched();
    await expect(
      db.transaction('rw', db.agendaItems, async () => {
        await db.agendaItems.update('i1', { notes: 'Never saved' });
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    expect(changed).toEqual([]);
    stop();
    await db.agendaItems.update('i1', { notes: 'Unwatched' });
    expect(changed).toEqual([]);
  });
});
