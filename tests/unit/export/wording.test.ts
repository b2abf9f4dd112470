import { describe, expect, it } from 'vitest';
import { docxFileName, meetingFileName } from '@main/export/file-name';
import {
  isApproved,
  ordinal,
  ordinalDate,
  ordinalDateWithWeekday,
  statusLine,
  timeRange,
} from '@main/export/wording';
import { MEETING_STATUSES } from '@shared/model';
import { exampleMeeting, meeting } from '../../support/example-meeting';

describe('dates in the house style', () => {
  it('writes ordinal days', () => {
    const days = [1, 2, 3, 4, 10, 11, 12, 13, 14, 20, 21, 22, 23, 24, 30, 31];
    expect(days.map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '10th',
      '11th',
      '12th',
      '13th',
      '14th',
      '20th',
      '21st',
      '22nd',
      '23rd',
      '24th',
      '30th',
      '31st',
    ]);
  });

  it('writes "21st June 2021" and "Monday 21st June 2021"', () => {
    expect(ordinalDate('2021-06-21')).toBe('21st June 2021');
    expect(ordinalDate('2024-02-29')).toBe('29th February 2024');
    expect(ordinalDateWithWeekday('2021-06-21')).toBe('Monday 21st June 2021');
  });

  it('writes the time of the meeting from what was recorded', () => {
    expect(timeRange('14:00', '15:30')).toBe('14:00 to 15:30');
    expect(timeRange('14:00', '')).toBe('from 14:00');
    expect(timeRange('', '')).toBe('');
  });
});

describe('file names', () => {
  it('offers the example’s name for its summary, and names minutes and public copies', () => {
    const example = exampleMeeting();
    expect(docxFileName(example, { layout: 'summary', audience: 'internal' })).toBe(
      '2021-06-21 NHS Python Community Board - Meeting Summary.docx',
    );
    expect(docxFileName(example, { layout: 'formal', audience: 'public' })).toBe(
      '2021-06-21 NHS Python Community Board - Minutes (public).docx',
    );
    expect(meetingFileName(example)).toBe('2021-06-21 NHS Python Community Board.meeting.json');
  });

  it('replaces characters a file system would refuse', () => {
    const file = meeting({ board: 'Audit: Risk / Finance <Joint>?', date: '2024-03-14' });
    expect(docxFileName(file, { layout: 'formal', audience: 'internal' })).toBe(
      '2024-03-14 Audit- Risk - Finance -Joint- - Minutes.docx',
    );
  });
});

describe('the standing of the document', () => {
  it('drops DRAFT once approved, and says signed for locked minutes too', () => {
    expect(MEETING_STATUSES.filter(isApproved)).toEqual(['approved', 'signed', 'locked']);
    expect(statusLine('locked')).toBe('Approved and signed');
    expect(statusLine('circulated')).toMatch(/^DRAFT/);
  });
});
