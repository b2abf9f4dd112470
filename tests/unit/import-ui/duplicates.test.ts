import { describe, expect, it } from 'vitest';
import { entriesToSave, existingMeetingKeys, findDuplicates } from '@shared/import/duplicates';
import type { ImportEntry } from '@shared/import/import-entry';
import { newMeeting } from '@renderer/db/meetings-repository';
import { meeting } from '../../support/example-meeting';

function entry(index: number, fields: Partial<ImportEntry> = {}): ImportEntry {
  return {
    index,
    fileName: `file-${index}.md`,
    displayName: `file-${index}.md`,
    meeting: meeting({ board: 'Audit Committee', date: '2024-05-02', title: 'Minutes' }),
    warnings: [],
    include: true,
    board: { kind: 'existing', boardId: 'audit' },
    importAgain: false,
    historic: false,
    ...fields,
  };
}

describe('spotting a meeting imported twice', () => {
  const stored = existingMeetingKeys([
    newMeeting('audit', '2024-05-02', { title: 'Minutes ' }),
    newMeeting('audit', '2024-06-06', { title: 'Minutes' }),
  ]);

  it('finds a meeting of the same board, date and title already stored, ignoring case and spaces', () => {
    const entries = [
      entry(0, { meeting: meeting({ board: 'Audit', date: '2024-05-02', title: 'MINUTES' }) }),
      entry(1, { meeting: meeting({ board: 'Audit', date: '2024-05-03', title: 'Minutes' }) }),
      entry(2, {
        board: { kind: 'existing', boardId: 'finance' },
        meeting: meeting({ board: 'Audit', date: '2024-05-02', title: 'Minutes' }),
      }),
    ];
    expect(findDuplicates(entries, stored)).toEqual(new Map([[0, 'existing']]));
  });

  it('finds the same meeting twice in one import, and never for a new board’s first import', () => {
    const toNewBoard = { kind: 'new' as const, name: 'Finance' };
    const entries = [entry(0, { board: toNewBoard }), entry(1, { board: toNewBoard })];
    expect(findDuplicates(entries, stored)).toEqual(new Map([[1, 'earlier-file']]));
  });

  it('ignores unticked files and files that could not be read', () => {
    const entries = [
      entry(0, { include: false }),
      entry(1, { meeting: undefined, error: 'the file is empty', include: false }),
    ];
    expect(findDuplicates(entries, new Set()).size).toBe(0);
  });

  it('skips repeats unless the user chose to import them again', () => {
    const entries = [entry(0), entry(1, { importAgain: true }), entry(2, { include: false })];
    const duplicates = findDuplicates(entries, stored);
    expect(entriesToSave(entries, duplicates).map((each) => each.index)).toEqual([1]);
  });
});
