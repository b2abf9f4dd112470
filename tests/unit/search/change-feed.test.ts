import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MinuteBookDatabase } from '@renderer/db/database';
import { deleteMeeting } from '@renderer/db/meetings-repository';
import { watchMeetingChanges } from '@renderer/search/change-feed';
import { updateMember } from '@renderer/db/members-repository';
import { meetingsToCatchUp } from '@renderer/search/catch-up';
import { patchRecord, withoutRecord } from '@renderer/db/meeting-minutes';
import { changeMinutes } from '@renderer/db/minutes-repository';
import { addToMinutes } from '../../support/minutes';
import {
  aMeeting,
  aMember,
  anAction,
  anAttendance,
  anInterest,
  anItem,
} from '../../support/records';
import { freshDatabase } from '../db/migration-harness';

let db: MinuteBookDatabase | undefined;
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
afterEach(() => db?.close());

async function watched() {
  db = freshDatabase();
  await db.meetings.add(aMeeting('m1', '2021-06-21'));
  await addToMinutes(db, { agendaItems: [anItem('i1', 1, 'Welcome')] });
  const changed: string[] = [];
  const stop = watchMeetingChanges(db, (meetingId) => changed.push(meetingId));
  return { db, changed, stop };
}

describe('watching the records the search indexes', () => {
  it('names the board of every interest and member written: its standing records change', async () => {
    db = freshDatabase();
    const boards: string[] = [];
    const meetings: string[] = [];
    watchMeetingChanges(
      db,
      (meetingId) => meetings.push(meetingId),
      (boardId) => boards.push(boardId),
    );
    await db.members.add(aMember('member-1', 'Ama Owusu', { boardId: 'b' }));
    await db.interests.add(anInterest('i1', 'member-1', { boardId: 'b' }));
    await db.interests.update('i1', { endedOn: '2022-01-31' });
    await db.interests.add(anInterest('i2', 'member-1', { boardId: 'other' }));
    await db.interests.delete('i1');
    expect(boards).toEqual(['b', 'b', 'b', 'other', 'b']);
    expect(meetings).toEqual([]);
  });

  it('names the meeting of notes, attendance and actions once they are written', async () => {
    const { db, changed } = await watched();
    await changeMinutes(db, 'm1', (minutes) => ({
      ...minutes,
      items: patchRecord(minutes.items, 'i1', { notes: 'New words' }),
    }));
    expect(changed).toEqual(['m1']);
    await addToMinutes(db, { attendance: [anAttendance('member-1', 'present')] });
    await addToMinutes(db, { actions: [anAction('a1', 'm1', { itemId: 'i1' })] });
    await db.meetings.update('m1', { title: 'Quality Committee' });
    expect(changed).toEqual(['m1', 'm1', 'm1', 'm1']);
  });

  it('names each meeting once for a transaction that writes many of its records', async () => {
    const { db, changed } = await watched();
    await db.meetings.add(aMeeting('m2', '2021-07-19'));
    changed.length = 0;
    await addToMinutes(db, {
      agendaItems: [anItem('i2', 2, 'Finance'), anItem('i3', 3, 'Risks')],
      actions: [anAction('a1', 'm1'), anAction('a2', 'm2'), anAction('a3', 'm2')],
    });
    expect(changed).toEqual(['m1', 'm2']);
  });

  it('names every meeting of a member whose name or organisation changes', async () => {
    const { db, changed } = await watched();
    await db.members.add(aMember('member-1', 'Ama Owusu', { boardId: 'b' }));
    await db.meetings.bulkAdd([aMeeting('m2', '2021-07-19'), aMeeting('m3', '2021-08-16')]);
    await addToMinutes(db, {
      attendance: [
        anAttendance('member-1', 'present'),
        anAttendance('member-1', 'apologies', { meetingId: 'm2' }),
      ],
      actions: [anAction('a1', 'm3', { ownerMemberId: 'member-1' })],
    });
    changed.length = 0;
    await db.members.update('member-1', { termEnd: '2022-03-31' });
    await settle();
    expect(changed).toEqual([]);
    await updateMember(
      db,
      'member-1',
      { fullName: 'Ama Owusu-Mensah' },
      '2025-02-03T10:00:00.000Z',
    );
    await vi.waitFor(() => expect(new Set(changed)).toEqual(new Set(['m1', 'm2', 'm3'])));
    expect(
      // After a restart too: the rename is newer than the saved index, the records are not.
      await meetingsToCatchUp(
        db,
        '2024-01-01T00:00:00.000Z',
        new Map(['m1', 'm2', 'm3'].map((id) => [id, { itemIds: id === 'm1' ? ['i1'] : [] }])),
      ),
    ).toEqual(new Set(['m1', 'm2', 'm3']));
  });

  it('names the meeting of deleted records, and of a deleted meeting', async () => {
    const { db, changed } = await watched();
    await addToMinutes(db, {
      decisions: [
        {
          id: 'd1',
          meetingId: 'm1',
          itemId: 'i1',
          text: 'Approved',
          source: 'notes',
          createdAt: '',
        },
      ],
    });
    changed.length = 0;
    await changeMinutes(db, 'm1', (minutes) => ({
      ...minutes,
      decisions: withoutRecord(minutes.decisions, 'd1'),
    }));
    expect(changed).toEqual(['m1']);
    await deleteMeeting(db, 'm1');
    expect(new Set(changed)).toEqual(new Set(['m1']));
  });

  it('says nothing about a write that was rolled back, nor after it stops', async () => {
    const { db, changed, stop } = await watched();
    await expect(
      db.transaction('rw', db.minutes, async () => {
        await db.minutes.update('m1', { updatedAt: 'never saved' });
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    expect(changed).toEqual([]);
    stop();
    await db.minutes.update('m1', { updatedAt: 'unwatched' });
    expect(changed).toEqual([]);
  });
});
