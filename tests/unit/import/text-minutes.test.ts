import { describe, expect, it } from 'vitest';
import { importContent } from '@main/import/import-files';

const PLAIN = `Quality Committee
Minutes of the meeting held on Tuesday 14/03/2024
Time: 14:00 - 15:30
Venue: Board Room, Trust HQ

Present:
Ann Shah - Trust (Chair)
Dr Ben Okafor FRCP - PCN
Cy Morgan, PhD – ICS

Apologies: Fay Lee - Trust; Gus Hill

In attendance
Zoë Núñez - Auditors
Cal Ray - Estates (for items 2 and 3)

1. Welcome and apologies
The Chair welcomed members.

2. Supplier contract
The committee reviewed the contract, which was
within budget:
- two-year term
- break clause after one year
DECISION: The contract was approved.
ACTION: Ann to sign the contract by 28 March.
Action: Ben to circulate the papers

3. Any other business
None.

Date of next meeting: 11/04/2024
`;

describe('importing plain-text minutes', () => {
  const { meeting, error, warnings } = importContent(PLAIN, 'text', 'qc.txt');

  it('reads the header of formal minutes', () => {
    expect(error).toBeUndefined();
    expect(meeting).toMatchObject({
      board: 'Quality Committee',
      title: 'Minutes',
      date: '2024-03-14',
      startTime: '14:00',
      endTime: '15:30',
      location: 'Board Room, Trust HQ',
      nextMeetingDate: '2024-04-11',
    });
  });

  it('reads those present, the apologies given inline and those in attendance', () => {
    expect(
      meeting?.attendance.map((person) => [
        person.title,
        person.name,
        person.postNominals,
        person.organisation,
        person.status,
        person.chair,
      ]),
    ).toEqual([
      ['', 'Ann Shah', '', 'Trust', 'present', true],
      ['Dr', 'Ben Okafor', 'FRCP', 'PCN', 'present', false],
      ['', 'Cy Morgan', 'PhD', 'ICS', 'present', false],
      ['', 'Fay Lee', '', 'Trust', 'apologies', false],
      ['', 'Gus Hill', '', '', 'apologies', false],
      ['', 'Zoë Núñez', '', 'Auditors', 'in-attendance', false],
      ['', 'Cal Ray', '', 'Estates', 'in-attendance', false],
    ]);
    expect(meeting?.attendance[6]).toMatchObject({ note: 'for items 2 and 3', items: [2, 3] });
    expect(meeting?.attendance[5]?.items).toEqual([]);
  });

  it('reads the items, their notes, decisions and actions', () => {
    expect(meeting?.items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Welcome and apologies'],
      [2, 'Supplier contract'],
      [3, 'Any other business'],
    ]);
    const contract = meeting?.items[1];
    expect(contract?.notes).toBe(
      'The committee reviewed the contract, which was within budget:\n\n' +
        '- two-year term\n- break clause after one year\n\n' +
        'DECISION: The contract was approved.\n\n' +
        'ACTION: Ann to sign the contract by 28 March.\n\n' +
        'Action: Ben to circulate the papers',
    );
    expect(contract?.decisions).toEqual([{ text: 'The contract was approved.' }]);
    expect(contract?.actions.map((action) => action.text)).toEqual([
      'Ann to sign the contract by 28 March.',
      'Ben to circulate the papers',
    ]);
    // The owner as the meeting's own people name them, and the due date the text gives.
    expect(contract?.actions[0]).toMatchObject({
      owner: 'Ann Shah',
      due: '2024-03-28',
      status: 'open',
    });
    expect(contract?.actions[1]).toMatchObject({ owner: 'Ben Okafor', due: '' });
    expect(warnings).toEqual([]);
  });

  it('reads ISO dates and an agenda of numbered lines with no notes', () => {
    const result = importContent(
      'Finance Board\n2024-05-02\n\nAttendees\n- Ann Shah\n\n1. Budget\n2. Risks\n3. AOB\n',
      'text',
      'fb.txt',
    );
    expect(result.meeting?.date).toBe('2024-05-02');
    expect(result.meeting?.items.map((item) => item.title)).toEqual(['Budget', 'Risks', 'AOB']);
  });

  it('keeps a numbered list inside an item’s notes', () => {
    const result = importContent(
      '# Board\n\n21/06/2021\n\n## Agenda\n\n1. **Options**\n\nThe board weighed:\n\n1. stay\n2. go\n\n2. **Close**\n',
      'markdown',
      'b.md',
    );
    expect(result.meeting?.items.map((item) => [item.number, item.title, item.notes])).toEqual([
      [1, 'Options', 'The board weighed:\n\n1. stay\n2. go'],
      [2, 'Close', ''],
    ]);
  });

  it('takes the date from the file name when the text has none, and says so', () => {
    const result = importContent('Board\n\n1. Welcome\n', 'text', 'board 2022-01-05.txt');
    expect(result.meeting?.date).toBe('2022-01-05');
    expect(result.warnings).toContain(
      'The text gives no date; the date 2022-01-05 was taken from the file name.',
    );
  });

  it('refuses text with no minutes in it', () => {
    const result = importContent('Shopping list\n\nMilk, eggs.\n', 'text', 'list.txt');
    expect(result.error).toBe(
      'no minutes were recognised in it (no attendees and no numbered items)',
    );
  });

  it('refuses minutes without a date', () => {
    const result = importContent('Board\n\n1. Welcome\n', 'text', 'board.txt');
    expect(result.error).toBe('it does not say the date of the meeting');
  });

  it('reads “Item 3:” titles and a dotted date at the top', () => {
    const result = importContent(
      'Board\n21.06.2021 Meeting notes\n\nPresent: Ann Shah, PhD; Ben Okafor\n\nItem 1: Welcome\nHello.\n\nItem 2 - Close\n',
      'text',
      'b.txt',
    );
    expect(result.meeting).toMatchObject({ date: '2021-06-21', title: 'Meeting notes' });
    expect(result.meeting?.attendance.map((person) => [person.name, person.postNominals])).toEqual([
      ['Ann Shah', 'PhD'],
      ['Ben Okafor', ''],
    ]);
    expect(result.meeting?.items.map((item) => [item.number, item.title, item.notes])).toEqual([
      [1, 'Welcome', 'Hello.'],
      [2, 'Close', ''],
    ]);
  });

  it('reports lines it did not understand', () => {
    const result = importContent(
      'Board\n2024-01-01\nA stray remark\n\n1. Welcome\n',
      'text',
      'b.txt',
    );
    expect(result.warnings).toEqual([
      '1 line(s) were not recognised and were left out: “A stray remark”.',
      'No attendees were recognised.',
    ]);
  });

  it('takes the board from a dated first line, and passes over a DRAFT marking', () => {
    const result = importContent(
      'DRAFT\nFinance Committee – 3 May 2022\n\nPresent: Ann Shah\n\n1. Welcome\n',
      'text',
      'f.txt',
    );
    expect(result.meeting).toMatchObject({
      board: 'Finance Committee',
      date: '2022-05-03',
      title: 'Meeting Summary',
    });
    expect(result.warnings).toEqual([]);
  });

  it('takes apologies noted under an item, and keeps them in its notes', () => {
    const result = importContent(
      'Board\n2024-01-01\n\nPresent: Ann Shah\n\n1. Welcome and apologies\nApologies: Ben Okafor - PCN\n\n2. Apologies policy\nThe policy was noted.\n',
      'text',
      'b.txt',
    );
    expect(result.meeting?.attendance.map((person) => [person.name, person.status])).toEqual([
      ['Ann Shah', 'present'],
      ['Ben Okafor', 'apologies'],
    ]);
    expect(result.meeting?.items.map((item) => [item.title, item.notes])).toEqual([
      ['Welcome and apologies', 'Apologies: Ben Okafor - PCN'],
      ['Apologies policy', 'The policy was noted.'],
    ]);
  });
});
