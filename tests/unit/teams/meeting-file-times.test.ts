import { describe, expect, it } from 'vitest';
import { toMeetingFile, type Board } from '@shared/model';
import { STAMP, aMeeting, aMember, anAttendance } from '../../support/records';

const board: Board = {
  id: 'b',
  name: 'NHS Python Community Board',
  description: '',
  quorum: { kind: 'count', minimum: 2 },
  createdAt: STAMP,
  updatedAt: STAMP,
};

describe('joining and leaving times from a Teams report, in the meeting file', () => {
  const file = toMeetingFile({
    board,
    meeting: aMeeting('july', '2021-07-27', { startTime: '14:00', endTime: '15:30' }),
    members: [
      aMember('mary', 'Mary Amanuel'),
      aMember('jonathan', 'Jonathan Pearson'),
      aMember('alex', 'Alex Cheung', { role: 'Chair' }),
    ],
    meetings: [],
    items: [],
    attendance: [
      anAttendance('mary', 'present', { meetingId: 'july', joined: '14:21', left: '15:30' }),
      anAttendance('jonathan', 'present', { meetingId: 'july', joined: '13:59', left: '15:04' }),
      anAttendance('alex', 'present', { meetingId: 'july', joined: '14:03', left: '15:28' }),
    ],
    declarations: [],
    decisions: [],
    actions: [],
  });
  const person = (name: string) => file.attendance?.find((each) => each.name === name);

  it('keeps joined and left, and notes a late arrival or early departure by the time', () => {
    expect(person('Mary Amanuel')).toMatchObject({
      joined: '14:21',
      left: '15:30',
      note: 'joined at 14:21',
    });
    expect(person('Jonathan Pearson')).toMatchObject({ note: 'left at 15:04' });
    // Within five minutes of the start and end is on time.
    expect(person('Alex Cheung')).toMatchObject({ joined: '14:03', note: '' });
  });
});
