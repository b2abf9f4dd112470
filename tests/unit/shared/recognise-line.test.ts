import { describe, expect, it } from 'vitest';
import { findDate, recogniseActionOwner, recogniseDueDate, recogniseLine } from '@shared/model';

describe('one line of minutes', () => {
  it.each([
    ['ACTION: Ann to write', 'action', 'Ann to write', 'Action'],
    ['- **Action:** Ann to write', 'action', 'Ann to write', 'Action'],
    ['**ACTION: Ann to write**', 'action', 'Ann to write', 'Action'],
    ['Action – Ann to write', 'action', 'Ann to write', 'Action'],
    ['DECISION: Approved.', 'decision', 'Approved.', 'Decision'],
    ['AGREED: To move £20,000.', 'decision', 'To move £20,000.', 'AGREED'],
    ['RESOLVED: The policy was approved.', 'decision', 'The policy was approved.', 'RESOLVED'],
    [
      'RESOLVED that the plan be approved.',
      'decision',
      'RESOLVED that the plan be approved.',
      'RESOLVED',
    ],
    [
      'It was AGREED that the forum funds it.',
      'decision',
      'It was AGREED that the forum funds it.',
      'AGREED',
    ],
    [
      'The Board APPROVED the strategy.',
      'decision',
      'The Board APPROVED the strategy.',
      'APPROVED',
    ],
    [
      'The Quality Committee AGREED to defer.',
      'decision',
      'The Quality Committee AGREED to defer.',
      'AGREED',
    ],
  ])('%s', (line, kind, text, leadIn) => {
    expect(recogniseLine(line)).toEqual({ kind, text, leadIn });
  });

  it.each([
    'The Board NOTED the report.',
    'The board approved it after a long discussion.',
    'An ACTION: in the middle of a line is prose.',
    'Actions arising were reviewed.',
    'Decision-making was discussed.',
    'ACTION:',
  ])('%s is prose', (line) => {
    expect(recogniseLine(line)).toBeUndefined();
  });
});

describe('the owner an action names', () => {
  it.each([
    [
      'Chiamaka Okonkwo-Ndiaye to present an improvement trajectory by 11 April 2024',
      'Chiamaka Okonkwo-Ndiaye',
    ],
    ['Tom Price – circulate the thematic review – by 28/03/2024', 'Tom Price'],
    ['Report the takings (Owner: Lucy Chen; Due: 31 January 2023)', 'Lucy Chen'],
    ['Dr Jane Roe to write to the ICB', 'Dr Jane Roe'],
    ['Craig and Alex to draft the terms', 'Craig'],
    ['The Chair to write to the ICB', 'Chair'],
    ['All members to read the paper', ''],
    ['Review the risk register – by 19/07/2024', ''],
    ['Circulate the paper', ''],
  ])('%s → %s', (text, owner) => {
    expect(recogniseActionOwner(text)).toBe(owner);
  });
});

describe('due dates in the forms minutes write them', () => {
  it.each([
    ['Tom – circulate – by 19/07/2024', '2024-07-19'],
    ['(Owner: Lucy Chen; Due: 31 January 2023)', '2023-01-31'],
    ['Deadline: 2024-04-11', '2024-04-11'],
    ['report by Friday 12 April 2024', '2024-04-12'],
    ['Report before the next meeting', '2024-05-09'],
    ['Report in the spring of 2024', ''],
    ['Book 3 rooms for 40 people by then', ''],
  ])('%s → %s', (text, due) => {
    expect(recogniseDueDate(text, '2024-03-14', '2024-05-09')).toBe(due);
  });
});

/**
 * Hostile or broken lines never make the patterns backtrack: a pattern that nests quantifiers
 * would spend minutes on these, and the test would hang until its time-out. Nothing is timed.
 */
describe('reading pathological lines', () => {
  const long = 40_000;
  const lines = [
    ' '.repeat(long) + 'x',
    '*'.repeat(long),
    'ACTION:' + ' '.repeat(long) + ':',
    'Action: ' + 'A '.repeat(long / 2) + 'to',
    'The ' + 'Board '.repeat(long / 6) + 'approved',
    '1'.repeat(long) + ' March',
    '12 '.repeat(long / 3) + 'Marc',
    'by ' + 'by '.repeat(long / 3),
    'Owner:' + ' '.repeat(long),
    'RESOLVED' + ' '.repeat(long) + 'that',
    '- '.repeat(long / 2) + 'ACTION',
  ];
  it('reads each without backtracking', { timeout: 30_000 }, () => {
    for (const line of lines) {
      recogniseLine(line);
      recogniseActionOwner(line);
      recogniseDueDate(line, '2024-03-14', '2024-05-09');
      expect(findDate(line, { yearlessAfter: '2024-03-14' })).toBeNull();
    }
  });
});
