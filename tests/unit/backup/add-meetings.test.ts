import { describe, expect, it } from 'vitest';
import { addImportedMeetings, emptyTables } from '@shared/backup';
import { meetingFileSchema } from '@shared/model';
import exampleMeeting from '../../fixtures/nhs-python-board-2021-06-21.meeting.json';
import { sampleArchive } from '../../support/archive';

const file = meetingFileSchema.parse(exampleMeeting);
let counter = 0;
const newId = () => `new-${++counter}`;
const STAMP = '2026-11-24T09:00:00.000Z';

describe('adding imported meetings to an archive', () => {
  it('makes the board when the archive has none of that name, and marks the meeting imported', () => {
    const { tables, plan } = addImportedMeetings(
      emptyTables(),
      [{ meeting: file, fileName: 'minutes-2021-06-21.md' }],
      newId,
      STAMP,
    );
    expect(tables.boards.map((board) => board.name)).toEqual([file.board]);
    expect(tables.meetings).toEqual([
      expect.objectContaining({
        date: file.date,
        boardId: tables.boards[0]?.id,
        source: { kind: 'imported', fileName: 'minutes-2021-06-21.md', importedAt: STAMP },
      }),
    ]);
    expect(tables.agendaItems).toHaveLength(file.items.length);
    expect(tables.attendance).toHaveLength(file.attendance.length);
    expect(plan.added.meetings).toBe(1);
  });

  it('puts a meeting into the board of the same name and matches its register', () => {
    const archive = sampleArchive();
    archive.meetings = archive.meetings.filter((meeting) => meeting.date !== file.date);
    const { tables } = addImportedMeetings(
      archive,
      [{ meeting: file, fileName: 'a.md' }],
      newId,
      STAMP,
    );
    expect(tables.boards).toHaveLength(1);
    const added = tables.meetings.find((meeting) => meeting.date === file.date);
    expect(added?.boardId).toBe('b');
    const matched = tables.attendance.filter(
      (record) => record.meetingId === added?.id && record.memberId !== '',
    );
    expect(matched.length).toBeGreaterThan(0);
  });

  it('leaves out a meeting the archive already has, and the same file given twice', () => {
    const first = addImportedMeetings(
      emptyTables(),
      [
        { meeting: file, fileName: 'a.md' },
        { meeting: file, fileName: 'copy of a.md' },
      ],
      newId,
      STAMP,
    );
    expect(first.tables.meetings).toHaveLength(1);
    const again = addImportedMeetings(
      first.tables,
      [{ meeting: file, fileName: 'a.md' }],
      newId,
      STAMP,
    );
    expect(again.tables.meetings).toHaveLength(1);
    expect(again.plan.meetingsAlreadyHere).toBe(1);
  });
});
