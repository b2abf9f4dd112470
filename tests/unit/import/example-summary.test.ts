import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importContent, importFile } from '@main/import/import-files';
import { exampleMeeting } from '../../support/example-meeting';
import { EXAMPLE_MINUTES_PATH } from '../../support/example-minutes-path';

const EXAMPLE = EXAMPLE_MINUTES_PATH;

describe('importing the board’s real meeting summary', () => {
  it('finds the example minutes', () => {
    expect(existsSync(EXAMPLE), `The example minutes are missing: ${EXAMPLE}`).toBe(true);
    expect(readFileSync(EXAMPLE, 'utf8')).toContain('Guyâ€™s');
  });

  it('recognises the board, the date, the title and the next meeting', async () => {
    const { meeting, error } = await importFile(EXAMPLE);
    expect(error).toBeUndefined();
    expect(meeting).toMatchObject({
      board: 'NHS Python Community Board',
      date: '2021-06-21',
      title: 'Meeting Summary',
      nextMeetingDate: '2021-07-27',
      source: { kind: 'imported', fileName: 'nhs-python-community-board-2021-06-21.md' },
    });
  });

  it('recognises every attendee with title, post-nominals, organisation and the Chair', async () => {
    const { meeting } = await importFile(EXAMPLE);
    const people = (meeting?.attendance ?? []).map((person) => ({
      title: person.title,
      name: person.name,
      postNominals: person.postNominals,
      organisation: person.organisation,
      status: person.status,
      chair: person.chair,
    }));
    // The transcription by hand, except for the run-together "NHSFoundation", which is kept as written.
    const expected = exampleMeeting().attendance.map((person) => ({
      title: person.title,
      name: person.name,
      postNominals: person.postNominals,
      organisation: person.organisation.replace(
        'Partnership NHS Foundation',
        'Partnership NHSFoundation',
      ),
      status: person.status,
      chair: person.chair,
    }));
    expect(people).toEqual(expected);
    expect(meeting?.attendance[0]).toMatchObject({ name: 'Alex Cheung', role: 'Chair' });
    expect(meeting?.attendance.find((person) => person.status === 'apologies')).toMatchObject({
      name: 'Sophie Williams',
      postNominals: 'PhD',
      organisation: 'Barts Health NHS Trust',
      role: 'Member',
    });
  });

  it('mends the mojibake and says so', async () => {
    const { meeting, warnings } = await importFile(EXAMPLE);
    expect(JSON.stringify(meeting)).not.toMatch(/â€|Ã/);
    expect(meeting?.attendance[2]?.organisation).toBe('Guy’s & St. Thomas NHS Foundation Trust');
    expect(warnings).toContain(
      'Mended 1 character(s) garbled by a wrong text encoding, e.g. “Guyâ€™s” → “Guy’s”.',
    );
  });

  it('recognises all five items with every paragraph of their notes', async () => {
    const { meeting } = await importFile(EXAMPLE);
    const expected = exampleMeeting().items.map((item) => ({
      number: item.number,
      title: item.title,
      // The hand transcription also gave "communityregardless" its missing space.
      notes: item.notes.replace('community regardless', 'communityregardless'),
    }));
    expect(meeting?.items.map(({ number, title, notes }) => ({ number, title, notes }))).toEqual(
      expected,
    );
    expect(meeting?.items[2]?.notes.split('\n\n')).toHaveLength(5);
    // The next meeting is the meeting's date, not a note of item 5.
    expect(meeting?.items[4]?.notes).not.toContain('Next board meeting');
  });

  it('reads the same summary saved as plain text', async () => {
    // The text a secretary would have kept: no Markdown marks, blank lines where the fences were.
    const text = readFileSync(EXAMPLE, 'utf8')
      .replace(/^```.*$/gm, '')
      .replace(/^#+ /gm, '')
      .replace(/\*\*/g, '');
    const plain = importContent(text, 'text', 'summary.txt');
    const { meeting } = await importFile(EXAMPLE);
    expect(plain.error).toBeUndefined();
    expect(plain.meeting).toEqual({
      ...meeting,
      source: { kind: 'imported', fileName: 'summary.txt' },
    });
  });
});
