import { describe, expect, it } from 'vitest';
import {
  actionsArising,
  agendaForNextMeeting,
  isOverdue,
  type Action,
  type AgendaItem,
} from '@shared/model';
import { aMeeting, anAction, anItem } from '../../support/records';

const item = (title: string, position: number, outcome: AgendaItem['outcome']) =>
  anItem(title, position, title, {
    presenter: 'Alex',
    reference: 'QC/24/033',
    allowanceMinutes: 15,
    outcome,
  });
const meeting = (id: string, date: string) => aMeeting(id, date, { boardId: 'board' });
const action = (
  id: string,
  meetingId: string,
  status: Action['status'],
  updates: Action['updates'] = [],
) => anAction(id, meetingId, { boardId: 'board', status, updates });

describe('carrying forward', () => {
  it('puts deferred items into the next agenda before any other business', () => {
    const agenda = agendaForNextMeeting([
      item('Terms of Reference', 2, 'deferred'),
      item('Goals', 1, 'taken'),
      item('Engagement', 3, 'deferred'),
    ]);
    expect(agenda.map((each) => each.title)).toEqual([
      'Welcome and apologies',
      'Declarations of interest',
      'Minutes of the previous meeting',
      'Matters arising and action log',
      'Terms of Reference',
      'Engagement',
      'Any other business',
      'Date of next meeting',
    ]);
    expect(agenda[4]).toMatchObject({
      presenter: 'Alex',
      reference: 'QC/24/033',
      allowanceMinutes: 15,
    });
  });

  it('lists open and carried-forward actions from earlier meetings under matters arising', () => {
    const june = meeting('june', '2021-06-21');
    const july = meeting('july', '2021-07-27');
    const august = meeting('august', '2021-08-24');
    const actions = [
      action('open-june', 'june', 'open'),
      action('done-june', 'june', 'done'),
      action('carried-june', 'june', 'carried-forward'),
      action('closed-in-july', 'june', 'done', [
        { meetingId: 'july', status: 'done', note: 'Sent', at: '' },
      ]),
      action('from-july', 'july', 'open'),
      action('from-august', 'august', 'open'),
    ];
    expect(actionsArising(actions, [june, july, august], july).map((a) => a.id)).toEqual([
      'carried-june',
      'closed-in-july',
      'open-june',
    ]);
  });

  it('calls an open action past its due date overdue', () => {
    expect(isOverdue({ due: '2021-08-31', status: 'open' }, '2021-09-01')).toBe(true);
    expect(isOverdue({ due: '2021-08-31', status: 'open' }, '2021-08-31')).toBe(false);
    expect(isOverdue({ due: '2021-08-31', status: 'done' }, '2021-09-01')).toBe(false);
    expect(isOverdue({ due: '', status: 'open' }, '2021-09-01')).toBe(false);
  });
});
