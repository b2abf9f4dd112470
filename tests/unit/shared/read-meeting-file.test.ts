import { describe, expect, it } from 'vitest';
import { readMeetingFile } from '@shared/model/read-meeting-file';

const header = { format: 'minute-book.meeting', version: 1 };

describe('readMeetingFile', () => {
  it('reads a minimal file and fills in every default', () => {
    const result = readMeetingFile(JSON.stringify({ ...header, board: 'B', date: '2024-03-14' }));
    expect(result).toMatchObject({
      ok: true,
      meeting: { title: 'Meeting Summary', status: 'draft', visibility: 'public', items: [] },
    });
  });

  it('accepts a byte-order mark before the JSON', () => {
    const text = `\uFEFF${JSON.stringify({ ...header, board: 'B', date: '2024-03-14' })}`;
    expect(readMeetingFile(text).ok).toBe(true);
  });

  it('tells JSON that is not a meeting file from JSON that is not JSON', () => {
    expect(readMeetingFile('{oops')).toMatchObject({ ok: false, problem: 'not-json' });
    expect(readMeetingFile('[1, 2]')).toMatchObject({ ok: false, problem: 'wrong-format' });
    expect(readMeetingFile('{"format": "other"}')).toMatchObject({
      ok: false,
      problem: 'wrong-format',
    });
  });

  it('says a newer version needs a newer Minute Book, before looking at its fields', () => {
    const result = readMeetingFile(JSON.stringify({ ...header, version: 2, board: 42 }));
    expect(result).toMatchObject({ ok: false, problem: 'newer-version', issues: [] });
  });

  it('refuses an unknown older or malformed version', () => {
    expect(readMeetingFile(JSON.stringify({ ...header, version: 0 }))).toMatchObject({
      ok: false,
      problem: 'wrong-format',
    });
    expect(readMeetingFile(JSON.stringify({ ...header, version: '1' }))).toMatchObject({
      ok: false,
      problem: 'wrong-format',
    });
  });

  it('lists every bad field by its path', () => {
    const result = readMeetingFile(
      JSON.stringify({
        ...header,
        board: ' ',
        date: '2024-02-30',
        startTime: '25:00',
        items: [
          { number: 1, title: 'Fine' },
          { number: 2, title: '' },
        ],
        attendance: [{ name: 'A', status: 'sleeping' }],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe('invalid');
    expect(result.issues).toEqual([
      'board: The board needs a name',
      'date: Expected a date as YYYY-MM-DD',
      'startTime: Expected a time as HH:MM',
      'attendance[0].status: Invalid option: expected one of "present"|"apologies"|"absent"|"in-attendance"',
      'items[1].title: Every agenda item needs a title',
    ]);
    expect(result.message).toBe(
      `The meeting file has 5 problems:\n${result.issues.map((issue) => `- ${issue}`).join('\n')}`,
    );
  });
});
