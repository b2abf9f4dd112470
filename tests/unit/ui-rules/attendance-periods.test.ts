import { describe, expect, it } from 'vitest';
import { periodChoices } from '@renderer/features/attendance-record/periods';
import { aMeeting, aMember } from '../../support/records';

describe('the periods the attendance record offers', () => {
  const meetings = [
    aMeeting('jun', '2021-06-21'),
    aMeeting('jan', '2022-01-17'),
    aMeeting('apr', '2022-04-25'),
  ];

  it('offers the calendar and financial years that have meetings, latest first, then the terms', () => {
    const members = [
      aMember('alex', 'Alex Cheung', { termStart: '2021-06-21', termEnd: '2022-06-20' }),
      aMember('sam', 'Sam Lee', { termStart: '2021-06-21', termEnd: '2022-06-20' }),
      aMember('priya', 'Priya Shah', { termStart: '2022-01-01', termEnd: '' }),
      aMember('old', 'Pat Former', { termStart: '2019-01-01', termEnd: '2019-12-31' }),
    ];
    expect(
      periodChoices(meetings, members).map(({ label, from, to }) => [label, from, to]),
    ).toEqual([
      ['Year 2022', '2022-01-01', '2022-12-31'],
      ['Year 2021', '2021-01-01', '2021-12-31'],
      // January falls in the financial year that began the April before.
      ['Financial year 2022/23', '2022-04-01', '2023-03-31'],
      ['Financial year 2021/22', '2021-04-01', '2022-03-31'],
      // One choice for a term members share; none for a term with no meetings or no end.
      ['Term 21 June 2021 to 20 June 2022', '2021-06-21', '2022-06-20'],
    ]);
  });

  it('offers nothing but any dates to a board with no meetings', () => {
    expect(periodChoices([], [aMember('alex', 'Alex Cheung')])).toEqual([]);
  });
});
