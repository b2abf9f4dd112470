import { describe, expect, it } from 'vitest';
import {
  correctAttendee,
  correctItem,
  correctionProblems,
  correctMeeting,
  setChair,
} from '../../../src/renderer/src/features/import/corrections';
import {
  defaultBoardChoice,
  entryFromFile,
  sentence,
} from '../../../src/renderer/src/features/import/import-entry';
import { recognisedSummary } from '../../../src/renderer/src/features/import/summary';
import { newBoard } from '../../../src/renderer/src/db/boards-repository';
import type { Board } from '../../../src/shared/model';
import { exampleMeeting } from '../../support/example-meeting';

const board = (id: string, name: string): Board => ({ ...newBoard(name), id });

describe('correcting what was recognised before import', () => {
  it('changes the title and date and leaves the rest alone', () => {
    const before = exampleMeeting();
    const after = correctMeeting(before, { title: 'Board Minutes', date: '2021-06-22' });
    expect(after).toMatchObject({ title: 'Board Minutes', date: '2021-06-22' });
    expect(after.items).toBe(before.items);
    expect(before.title).toBe('Meeting Summary');
  });

  it('corrects a person, and someone who sent apologies no longer chairs', () => {
    const before = exampleMeeting();
    const chair = before.attendance.findIndex((person) => person.chair);
    const renamed = correctAttendee(before, chair, {
      name: 'Alexandra Cheung',
      organisation: 'NHS England',
    });
    expect(renamed.attendance[chair]).toMatchObject({
      name: 'Alexandra Cheung',
      organisation: 'NHS England',
      chair: true,
    });
    const away = correctAttendee(renamed, chair, { status: 'apologies' });
    expect(away.attendance[chair]).toMatchObject({ status: 'apologies', chair: false });
  });

  it('marks one Chair at most', () => {
    const moved = setChair(exampleMeeting(), 2);
    expect(moved.attendance.filter((person) => person.chair)).toHaveLength(1);
    expect(moved.attendance[2]?.chair).toBe(true);
    expect(setChair(moved, null).attendance.some((person) => person.chair)).toBe(false);
  });

  it('corrects an item’s title and notes', () => {
    const after = correctItem(exampleMeeting(), 0, { title: 'Welcome', notes: 'All welcomed.' });
    expect(after.items[0]).toMatchObject({ title: 'Welcome', notes: 'All welcomed.' });
    expect(after.items[1]).toEqual(exampleMeeting().items[1]);
  });

  it('says in plain words what must be put right before saving', () => {
    const meeting = exampleMeeting();
    expect(correctionProblems(meeting)).toEqual([]);
    let broken = correctMeeting(meeting, { date: '' as never, title: ' ' });
    broken = correctAttendee(broken, 1, { name: '' });
    broken = correctItem(broken, 0, { title: '' });
    expect(correctionProblems(broken)).toEqual([
      'The meeting needs a date.',
      'The meeting needs a title.',
      'Person 2 needs a name.',
      'Item 1 needs a title.',
    ]);
  });
});

describe('the preview of a file', () => {
  const boards = [board('b1', 'NHS Python Community Board'), board('b2', 'Audit Committee')];

  it('goes into the board of the same name, else a new board named as recognised', () => {
    expect(defaultBoardChoice('nhs python  community board', boards)).toEqual({
      kind: 'existing',
      boardId: 'b1',
    });
    expect(defaultBoardChoice(' Finance Committee ', boards)).toEqual({
      kind: 'new',
      name: 'Finance Committee',
    });
  });

  it('ticks a recognised file and leaves a bad one unticked with its message', () => {
    const good = entryFromFile(
      { index: 0, fileName: 'a.md', displayName: 'a.md', meeting: exampleMeeting(), warnings: [] },
      boards,
    );
    const bad = entryFromFile(
      {
        index: 1,
        fileName: 'b.md',
        displayName: 'old/b.md',
        error: 'the file is empty',
        warnings: [],
      },
      boards,
    );
    expect(good).toMatchObject({ include: true, board: { kind: 'existing', boardId: 'b1' } });
    expect(bad).toMatchObject({ include: false, error: 'the file is empty' });
    expect(sentence(bad.error ?? '')).toBe('The file is empty.');
  });

  it('sums up who was there and what was recorded', () => {
    expect(recognisedSummary(exampleMeeting())).toMatch(/^9 present, 1 apology · \d+ items/);
  });
});
