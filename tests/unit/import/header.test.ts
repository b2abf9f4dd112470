import { describe, expect, it } from 'vitest';
import { findDate } from '@shared/model';
import { readDateLine, readNextMeeting } from '@main/import/header';

describe('dates in old minutes', () => {
  const cases: [string, string | null][] = [
    ['21st June 2021 | Meeting Summary', '2021-06-21'],
    ['Monday 1 March 2021', '2021-03-01'],
    ['2nd of Sept, 2022', '2022-09-02'],
    ['June 21, 2021', '2021-06-21'],
    ['2021-06-21', '2021-06-21'],
    ['21/06/2021', '2021-06-21'],
    ['03/04/2021', '2021-04-03'],
    ['21.06.21', '2021-06-21'],
    ['31/02/2021', null],
    ['30th February 2021', null],
    ['no date here 2021', null],
  ];
  for (const [text, date] of cases) {
    it(`reads “${text}”`, () => {
      expect(findDate(text)?.date ?? null).toBe(date);
    });
  }
});

describe('the dated line', () => {
  it('takes the date and the title from the board’s house style', () => {
    expect(readDateLine('21st June 2021 | Meeting Summary')).toEqual({
      date: '2021-06-21',
      title: 'Meeting Summary',
      board: '',
      startTime: '',
      endTime: '',
      visibility: '',
      location: '',
    });
  });

  it('reads “Minutes of the meeting held on …”', () => {
    expect(readDateLine('Minutes of the meeting held on Tuesday 14 March 2024')).toEqual({
      date: '2024-03-14',
      title: 'Minutes',
      board: '',
      startTime: '',
      endTime: '',
      visibility: '',
      location: '',
    });
    expect(
      readDateLine('Minutes of the Quality Committee meeting held on 14/03/2024 at 14:00'),
    ).toEqual({
      date: '2024-03-14',
      title: 'Minutes',
      board: 'Quality Committee',
      startTime: '14:00',
      endTime: '',
      visibility: '',
      location: '',
    });
  });

  it('names the kind of meeting as the record’s title, from a segment or from “Minutes of the …”', () => {
    expect(
      readDateLine('14th March 2024 | Extraordinary meeting | Held in private | Boardroom'),
    ).toMatchObject({
      title: 'Extraordinary Meeting',
      visibility: 'private',
      location: 'Boardroom',
    });
    expect(
      readDateLine('14th March 2024 | Minutes | Annual General Meeting | Town Hall | 18:00–19:30'),
    ).toMatchObject({
      title: 'Annual General Meeting',
      location: 'Town Hall',
      startTime: '18:00',
      endTime: '19:30',
    });
    expect(readDateLine('14 March 2024 | EGM | Boardroom')).toMatchObject({
      title: 'Extraordinary General Meeting',
      location: 'Boardroom',
    });
    expect(
      readDateLine(
        'Minutes of the Extraordinary Meeting of the Quality Committee held on 14 March 2024 at 2pm in the Boardroom',
      ),
    ).toMatchObject({
      title: 'Extraordinary Meeting',
      board: 'Quality Committee',
      startTime: '14:00',
      location: 'Boardroom',
    });
    expect(
      readDateLine('Minutes of the Annual General Meeting held on 14 March 2024'),
    ).toMatchObject({ title: 'Annual General Meeting', board: '' });
  });

  it('reads a bare date with a label', () => {
    expect(readDateLine('Date: 2024-03-14')).toMatchObject({ date: '2024-03-14', title: '' });
    expect(readDateLine('21.06.2021, 2.30pm - 4pm | Meeting Summary')).toEqual({
      date: '2021-06-21',
      title: 'Meeting Summary',
      board: '',
      startTime: '14:30',
      endTime: '16:00',
      visibility: '',
      location: '',
    });
    expect(readDateLine('Monday 21 June 2021 14:00–15:30')).toMatchObject({
      startTime: '14:00',
      endTime: '15:30',
      title: '',
    });
  });

  it('reads the next meeting in its usual wordings', () => {
    expect(readNextMeeting('Next board meeting date: 27th July 2021')).toBe('2021-07-27');
    expect(readNextMeeting('Date of next meeting: 11/04/2024')).toBe('2024-04-11');
    expect(readNextMeeting('Next meeting - 2024-04-11')).toBe('2024-04-11');
    expect(readNextMeeting('The next steps were agreed on 1 May 2024')).toBeNull();
  });
});
