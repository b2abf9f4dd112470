import { afterEach, describe, expect, it } from 'vitest';
import type { MinuteBookDatabase } from '@renderer/db/database';
import { RecordReader } from '@renderer/search/read-records';
import { addToMinutes } from '../../support/minutes';
import { aMeeting, anAction, anAttendance, anItem } from '../../support/records';
import { freshDatabase } from '../db/migration-harness';

let db: MinuteBookDatabase | undefined;
afterEach(() => db?.close());

describe('reading what the search indexes', () => {
  it('reads several meetings together, each with only its own records', async () => {
    db = freshDatabase();
    await db.meetings.bulkAdd([aMeeting('m1', '2021-06-21'), aMeeting('m2', '2022-01-10')]);
    await addToMinutes(db, {
      agendaItems: [
        anItem('i1', 1, 'Welcome'),
        anItem('i2', 1, 'Finance report', { meetingId: 'm2', notes: 'Capital plan agreed' }),
        anItem('i3', 2, 'Risks', { meetingId: 'm2' }),
      ],
      attendance: [
        anAttendance('g1', 'present', { memberId: '', guestName: 'Ama Owusu' }),
        anAttendance('g2', 'present', { meetingId: 'm2', memberId: '', guestName: 'Ben Hale' }),
      ],
      actions: [anAction('a1', 'm2', { itemId: 'i3', text: 'Update the register' })],
    });
    const reader = new RecordReader(db);

    const read = await reader.meetings(['m2', 'gone', 'm1', 'm2']);

    expect([...read.keys()]).toEqual(['m2', 'gone', 'm1']);
    expect(read.get('gone')).toBeNull();
    expect(read.get('m1')?.items.map((item) => item.id)).toEqual(['i1']);
    expect(read.get('m2')?.items.map((item) => item.id)).toEqual(['i2', 'i3']);
    const names = (id: string) => read.get(id)?.meeting.attendees.map((person) => person.name);
    expect(names('m1')).toEqual(['Ama Owusu']);
    expect(names('m2')).toEqual(['Ben Hale']);
    // The same documents as reading each meeting on its own.
    expect(read.get('m2')).toEqual(await reader.meeting('m2'));
    expect(read.get('m1')).toEqual(await reader.meeting('m1'));
  });
});
