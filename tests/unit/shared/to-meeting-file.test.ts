import { describe, expect, it } from 'vitest';
import {
  fromMeetingFile,
  meetingFileSchema,
  toMeetingFile,
  type Action,
  type AttendanceRecord,
  type Board,
} from '@shared/model';
import { STAMP, aMeeting, aMember, anAction, anAttendance, anItem } from '../../support/records';

const stamp = STAMP;
const board: Board = {
  id: 'b',
  name: 'NHS Python Community Board',
  description: '',
  quorum: { kind: 'count', minimum: 2 },
  createdAt: stamp,
  updatedAt: stamp,
};
const member = aMember;
const members = [
  member('craig', 'Craig R. Shenton', { postNominals: 'PhD' }),
  member('alex', 'Alex Cheung', { role: 'Chair', organisation: 'NHSE/I' }),
  member('sophie', 'Sophie Williams', {
    postNominals: 'PhD',
    organisation: 'Barts Health NHS Trust',
  }),
  member('gone', 'Left Earlier', { termEnd: '2021-01-01', termStart: '2020-01-01' }),
];
const meeting = aMeeting;
const item = (id: string, position: number, title: string, notes = '') =>
  anItem(id, position, title, { meetingId: 'july', notes });
const mark = (
  memberId: string,
  status: AttendanceRecord['status'],
  extra: Partial<AttendanceRecord> = {},
) => anAttendance(memberId, status, { meetingId: 'july', ...extra });
const action = (id: string, meetingId: string, itemId: string, extra: Partial<Action> = {}) =>
  anAction(id, meetingId, { itemId, ownerMemberId: 'craig', ...extra });

describe('the meeting file of a meeting', () => {
  const june = meeting('june', '2021-06-21');
  const july = meeting('july', '2021-07-27', { nextMeetingDate: '2021-08-24' });
  const file = toMeetingFile({
    board,
    meeting: july,
    members,
    meetings: [june, july],
    items: [
      item('tor', 2, 'Terms of Reference', 'ACTION: Craig to circulate'),
      item('welcome', 1, 'Welcome'),
    ],
    attendance: [
      mark('craig', 'present', { arrivedDuringItemId: 'tor' }),
      mark('alex', 'present'),
      mark('sophie', 'apologies'),
      mark('', 'in-attendance', {
        id: 'guest',
        guestName: 'Zoë Núñez',
        guestOrganisation: 'NHS England',
        guestRole: 'Presenter',
        itemIds: ['tor'],
      }),
    ],
    declarations: [
      {
        id: 'd',
        meetingId: 'july',
        memberId: 'alex',
        itemId: 'tor',
        interest: 'Employed by NHSE',
        createdAt: stamp,
      },
    ],
    decisions: [
      {
        id: 'dec',
        meetingId: 'july',
        itemId: 'tor',
        text: 'Terms are one year',
        source: 'notes',
        createdAt: stamp,
      },
    ],
    actions: [
      action('a1', 'july', 'tor'),
      action('old', 'june', 'x', { ownerMemberId: '', ownerName: 'The secretariat' }),
    ],
  });

  it('is a valid meeting file', () => {
    expect(() => meetingFileSchema.parse(file)).not.toThrow();
  });

  it('lists attendance Chair first, with post-nominals, arrival notes and guests', () => {
    expect(
      file.attendance?.map((person) => [person.name, person.status, person.chair ?? false]),
    ).toEqual([
      ['Alex Cheung', 'present', true],
      ['Craig R. Shenton', 'present', false],
      ['Sophie Williams', 'apologies', false],
      ['Zoë Núñez', 'in-attendance', false],
    ]);
    expect(file.attendance?.[1]).toMatchObject({
      postNominals: 'PhD',
      note: 'arrived during item 2',
    });
    expect(file.attendance?.[3]).toMatchObject({
      organisation: 'NHS England',
      role: 'Presenter',
      items: [2],
    });
  });

  it('numbers items in agenda order with their notes, decisions and actions', () => {
    expect(file.items?.map((each) => [each.number, each.title])).toEqual([
      [1, 'Welcome'],
      [2, 'Terms of Reference'],
    ]);
    expect(file.items?.[1]).toMatchObject({
      notes: 'ACTION: Craig to circulate',
      decisions: [{ text: 'Terms are one year' }],
      actions: [
        { text: 'Action a1', owner: 'Craig R. Shenton, PhD', due: '2021-08-31', status: 'open' },
      ],
    });
    expect(file.declarations).toEqual([
      { name: 'Alex Cheung', item: 2, interest: 'Employed by NHSE' },
    ]);
  });

  it('carries earlier open actions into the action log, and the next meeting date', () => {
    expect(file.actionLog).toEqual([
      {
        text: 'Action old',
        owner: 'The secretariat',
        due: '2021-08-31',
        status: 'open',
        meetingDate: '2021-06-21',
      },
    ]);
    expect(file.nextMeetingDate).toBe('2021-08-24');
    expect(file.quorumRequired).toBe(2);
  });
});

describe('a meeting file opened again', () => {
  it('gives back the same meeting, with people matched to the register', () => {
    const june = meeting('june', '2021-06-21', { nextMeetingDate: '2021-07-27' });
    const records = {
      board,
      meeting: june,
      members,
      meetings: [june],
      items: [
        item('tor', 1, 'Terms of Reference', 'Discussed.\nACTION: Action a1'),
        item('aob', 2, 'Questions/AOB', '- Events'),
      ].map((each) => ({ ...each, meetingId: 'june' })),
      attendance: [
        mark('alex', 'present'),
        mark('sophie', 'apologies'),
        mark('', 'in-attendance', {
          id: 'g',
          guestName: 'Zoë Núñez',
          guestOrganisation: 'NHS England',
          itemIds: ['aob'],
        }),
      ],
      declarations: [],
      decisions: [],
      actions: [action('a1', 'june', 'tor')],
    };
    let counter = 0;
    const file = meetingFileSchema.parse(toMeetingFile(records));
    const opened = fromMeetingFile(file, 'b', members, () => `id-${++counter}`, stamp);

    expect(opened.meeting).toMatchObject({
      date: '2021-06-21',
      title: 'Meeting Summary',
      nextMeetingDate: '2021-07-27',
      chairMemberId: 'alex',
    });
    expect(opened.items.map((each) => [each.position, each.title, each.notes])).toEqual([
      [1, 'Terms of Reference', 'Discussed.\nACTION: Action a1'],
      [2, 'Questions/AOB', '- Events'],
    ]);
    expect(opened.attendance.map((each) => [each.memberId, each.guestName, each.status])).toEqual([
      ['alex', '', 'present'],
      ['sophie', '', 'apologies'],
      ['', 'Zoë Núñez', 'in-attendance'],
    ]);
    expect(opened.attendance[2]?.itemIds).toEqual([opened.items[1]?.id]);
    // The action stands as a line in the notes, so it stays paired with that line.
    expect(opened.actions).toMatchObject([
      { text: 'Action a1', ownerMemberId: 'craig', due: '2021-08-31', source: 'notes' },
    ]);
    expect(opened.unmatched).toEqual([]);
  });

  it('keeps people who are not in the register as guests, and says who they are', () => {
    const file = meetingFileSchema.parse({
      format: 'minute-book.meeting',
      version: 1,
      board: 'Another board',
      date: '2021-06-21',
      attendance: [{ name: 'Pat Unknown', organisation: 'Elsewhere', status: 'present' }],
    });
    const opened = fromMeetingFile(file, 'b', members, () => 'x', stamp);
    expect(opened.attendance).toMatchObject([
      { memberId: '', guestName: 'Pat Unknown', guestOrganisation: 'Elsewhere', status: 'present' },
    ]);
    expect(opened.unmatched).toEqual(['Pat Unknown']);
  });
});
