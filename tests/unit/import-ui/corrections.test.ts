import { describe, expect, it } from 'vitest';
import {
  addAction,
  addDecision,
  correctAction,
  correctAttendee,
  correctDecision,
  correctItem,
  correctionProblems,
  correctMeeting,
  ownerChoices,
  removeAction,
  removeDecision,
  setChair,
} from '@renderer/features/import/corrections';
import { defaultBoardChoice, entryFromFile, sentence } from '@shared/import/import-entry';
import { recognisedSummary } from '@renderer/features/import/summary';
import { newBoard } from '@renderer/db/boards-repository';
import type { Board } from '@shared/model';
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

describe('adding and removing decisions and actions before import', () => {
  it('adds an empty decision to one item, which must be written or removed before saving', () => {
    const before = exampleMeeting();
    const item = 1;
    const count = before.items[item]?.decisions.length ?? 0;
    const added = addDecision(before, item);
    expect(added.items[item]?.decisions).toHaveLength(count + 1);
    expect(added.items[item]?.decisions.at(-1)).toEqual({ text: '' });
    expect(correctionProblems(added)).toContain(
      `Decision ${count + 1} of item ${item + 1} is empty.`,
    );
    added.items.forEach((each, at) => {
      if (at !== item) expect(each).toBe(before.items[at]);
    });
    expect(before.items[item]?.decisions).toHaveLength(count);
  });

  it('removes the one decision asked for and keeps the others in order', () => {
    const before = exampleMeeting();
    const count = before.items[0]?.decisions.length ?? 0;
    const base = addDecision(addDecision(before, 0), 0);
    const written = correctDecision(
      correctDecision(base, 0, count, 'First'),
      0,
      count + 1,
      'Second',
    );
    const removed = removeDecision(written, 0, count);
    expect(removed.items[0]?.decisions).toEqual([
      ...(before.items[0]?.decisions ?? []),
      { text: 'Second' },
    ]);
  });

  it('adds an open action with an owner from the people and a due date, and removes one', () => {
    const before = exampleMeeting();
    const owner = before.attendance[0]?.name ?? '';
    const count = before.items[1]?.actions.length ?? 0;
    const added = addAction(before, 1);
    expect(added.items[1]?.actions.at(-1)).toEqual({
      text: '',
      owner: '',
      due: '',
      status: 'open',
    });
    const written = correctAction(added, 1, count, {
      text: 'Circulate the revised terms of reference',
      owner,
      due: '2021-07-19',
    });
    expect(written.items[1]?.actions[count]).toEqual({
      text: 'Circulate the revised terms of reference',
      owner,
      due: '2021-07-19',
      status: 'open',
    });
    expect(correctionProblems(written)).toEqual([]);
    const removed = removeAction(written, 1, count);
    expect(removed.items[1]?.actions).toEqual(before.items[1]?.actions);
  });

  it('offers the meeting’s people as owners, and keeps an owner written as no one listed', () => {
    const meeting = exampleMeeting();
    const names = meeting.attendance.map((person) => person.name);
    expect(ownerChoices(meeting, '')).toEqual([...new Set(names)]);
    expect(ownerChoices(meeting, names[0] ?? '')).toEqual([...new Set(names)]);
    expect(ownerChoices(meeting, 'Finance team')).toEqual(['Finance team', ...new Set(names)]);
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
