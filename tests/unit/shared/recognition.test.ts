import { describe, expect, it } from 'vitest';
import {
  planRecognisedSync,
  recogniseDueDate,
  recogniseLines,
  recogniseOwner,
} from '@shared/model';

const people = [
  { id: 'alex', fullName: 'Alex Cheung' },
  { id: 'craig', fullName: 'Craig R. Shenton' },
  { id: 'jon', fullName: 'Jonathan Pearson' },
  { id: 'john', fullName: "John O'Connell" },
  { id: 'mary', fullName: 'Mary Amanuel' },
  { id: 'mary2', fullName: 'Mary Smith' },
];

describe('recognising actions and decisions in notes', () => {
  it('finds ACTION: and DECISION: lines, with or without list markers, in any case', () => {
    const notes = [
      'The board discussed the terms of reference.',
      'DECISION: Board members sit for a term of one year.',
      '- ACTION: Craig to circulate the ToR by 31 August 2021',
      '1. action: Alex to book the next meeting',
      '**Decision:** Slack for communications, MS Teams for events.',
      'An ACTION: in the middle of a line is prose.',
      'ACTION:',
    ].join('\n');
    expect(recogniseLines(notes)).toEqual([
      { kind: 'decision', text: 'Board members sit for a term of one year.', leadIn: 'Decision' },
      { kind: 'action', text: 'Craig to circulate the ToR by 31 August 2021', leadIn: 'Action' },
      { kind: 'action', text: 'Alex to book the next meeting', leadIn: 'Action' },
      {
        kind: 'decision',
        text: 'Slack for communications, MS Teams for events.',
        leadIn: 'Decision',
      },
    ]);
  });

  it('recognises the owner from a full name, or a first name or surname only one member has', () => {
    expect(recogniseOwner('Craig to circulate the ToR', people)).toBe('craig');
    expect(recogniseOwner('Shenton to circulate the ToR', people)).toBe('craig');
    expect(recogniseOwner("John O'Connell to write up", people)).toBe('john');
    expect(recogniseOwner('Ask Alex Cheung and Craig to draft', people)).toBe('alex');
    // Two Marys: a first name alone is ambiguous, a surname is not.
    expect(recogniseOwner('Mary to draft', people)).toBe('');
    expect(recogniseOwner('Amanuel to draft', people)).toBe('mary');
    // "Jon" is not "Jonathan": whole words only.
    expect(recogniseOwner('Jon to draft', people)).toBe('');
    expect(recogniseOwner('Secretary to draft', people)).toBe('');
  });

  it('keeps records paired with their lines as the notes are edited', () => {
    const records = [
      { id: 'a', text: 'Craig to circulate the ToR' },
      { id: 'b', text: 'Alex to book a room' },
    ];
    expect(
      planRecognisedSync(['Craig to circulate the ToR', 'Alex to book a room'], records),
    ).toEqual({
      create: [],
      update: [],
      remove: [],
    });
    expect(
      planRecognisedSync(['Craig to circulate the ToR', 'Alex to book a room by Friday'], records),
    ).toEqual({
      create: [],
      update: [{ id: 'b', text: 'Alex to book a room by Friday' }],
      remove: [],
    });
    expect(
      planRecognisedSync(
        ['New first', 'Craig to circulate the ToR', 'Alex to book a room'],
        records,
      ),
    ).toEqual({
      create: ['New first'],
      update: [],
      remove: [],
    });
    expect(planRecognisedSync(['Alex to book a room'], records)).toEqual({
      create: [],
      update: [],
      remove: ['a'],
    });
  });
});

describe('recognising due dates', () => {
  const meeting = '2021-06-21';
  it.each([
    ['Circulate the ToR by 31 August 2021', '2021-08-31'],
    ['Circulate the ToR by 31st August 2021', '2021-08-31'],
    ['Circulate the ToR by the 1st of September', '2021-09-01'],
    ['Circulate the ToR by Aug 31, 2021', '2021-08-31'],
    ['Circulate the ToR by 31 Aug', '2021-08-31'],
    ['Report by 15 March', '2022-03-15'],
    ['Report by 31/08/2021', '2021-08-31'],
    ['Report by 2021-08-31', '2021-08-31'],
    ['Report by the next meeting', '2021-07-27'],
    ['Report in due course', ''],
    ['Report by 31 Febtember', ''],
    ['Report by 30 February 2022', ''],
  ])('%s → %s', (text, due) => {
    expect(recogniseDueDate(text, meeting, '2021-07-27')).toBe(due);
  });
});
