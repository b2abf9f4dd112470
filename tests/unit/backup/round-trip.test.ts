import { describe, expect, it } from 'vitest';
import { decodeArchive } from '@main/backup/decode-archive';
import { encodeArchive } from '@main/backup/encode-archive';
import { isArchiveEmpty, readArchive, restoreArchive } from '@renderer/db/archive-repository';
import { ARCHIVE_TABLES, type ArchiveTables } from '@shared/backup';
import { sampleArchive } from '../../support/archive';
import { defined } from '../../support/defined';
import { patchRecord } from '@renderer/db/meeting-minutes';
import { changeMinutes } from '@renderer/db/minutes-repository';
import { freshDatabase } from '../db/migration-harness';

const WRITER = {
  writtenBy: 'Minute Book test',
  origin: 'manual',
  createdAt: '2026-11-24T09:00:00Z',
} as const;

const byId = (tables: ArchiveTables) =>
  Object.fromEntries(
    ARCHIVE_TABLES.map((table) => [
      table,
      [...tables[table]].sort((a, b) => a.id.localeCompare(b.id)),
    ]),
  );

async function seeded() {
  const db = freshDatabase();
  await restoreArchive(db, sampleArchive());
  return db;
}

describe('a backup of the database, restored', () => {
  it('into an empty database gives back every record of every table', async () => {
    const source = await seeded();
    const file = await encodeArchive(await readArchive(source), WRITER);
    const target = freshDatabase();
    expect(await isArchiveEmpty(target)).toBe(true);
    await restoreArchive(target, (await decodeArchive(file)).tables);
    expect(byId(await readArchive(target))).toEqual(byId(await readArchive(source)));
    expect(byId(await readArchive(target))).toEqual(byId(sampleArchive()));
  });

  it('into the database it came from adds nothing and changes nothing', async () => {
    const db = await seeded();
    const june = defined(sampleArchive().meetings[0], 'a meeting').id;
    await changeMinutes(db, june, (minutes) => ({
      ...minutes,
      items: patchRecord(minutes.items, 'item-1', { notes: 'Typed after the backup was made' }),
    }));
    const before = await readArchive(db);
    const plan = await restoreArchive(db, sampleArchive());
    expect(plan.meetingsAlreadyHere).toBe(2);
    expect(byId(await readArchive(db))).toEqual(byId(before));
  });

  it('merges a backup with a new meeting into a database that has others', async () => {
    const db = await seeded();
    const backup = sampleArchive();
    const june = defined(backup.meetings[0], 'a meeting');
    backup.meetings.push({
      ...june,
      id: 'meeting-september',
      date: '2021-09-20',
      nextMeetingId: '',
    });
    backup.agendaItems.push({
      ...defined(backup.agendaItems[0], 'an item'),
      id: 'item-september',
      meetingId: 'meeting-september',
    });
    const plan = await restoreArchive(db, backup);
    expect(plan.added.meetings).toBe(1);
    expect(plan.added.agendaItems).toBe(1);
    expect(await db.meetings.count()).toBe(3);
  });

  it('leaves the database as it was when a write fails part-way', async () => {
    const db = await seeded();
    const backup = sampleArchive();
    backup.meetings.push({
      ...defined(backup.meetings[0], 'a meeting'),
      id: 'new',
      date: '2022-01-10',
    });
    // Two items with one id: the second add fails inside the transaction.
    const item = { ...defined(backup.agendaItems[0], 'an item'), id: 'twice', meetingId: 'new' };
    backup.agendaItems.push(item, item);
    const before = await readArchive(db);
    await expect(restoreArchive(db, backup)).rejects.toThrow();
    expect(byId(await readArchive(db))).toEqual(byId(before));
  });
});
