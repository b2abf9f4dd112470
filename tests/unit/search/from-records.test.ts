import { describe, expect, it } from 'vitest';
import type { Decision } from '@shared/model';
import {
  SearchEngine,
  itemText,
  membersById,
  searchDocumentsFromRecords,
  type StoredMeetingRecords,
} from '@shared/search';
import { STAMP, aMeeting, aMember, anAction, anAttendance, anItem } from '../../support/records';

function aDecision(id: string, itemId: string, text: string): Decision {
  return { id, meetingId: 'm1', itemId, text, source: 'notes', createdAt: `${STAMP}-${id}` };
}

const chair = aMember('chair', 'María Núñez', {
  title: 'Dr',
  role: 'Chair',
  organisation: 'Leeds Teaching Hospitals',
});
const member = aMember('tom', 'Tom Baker', { organisation: 'West Yorkshire ICB' });
const absent = aMember('ann', 'Ann Absent');

function records(extra: Partial<StoredMeetingRecords> = {}): StoredMeetingRecords {
  return {
    meeting: aMeeting('m1', '2021-06-21', { title: 'Quality Committee' }),
    // Stored out of order: numbers come from positions, not from storage order.
    items: [
      anItem('i-finance', 2, 'Finance report', {
        notes: 'The deficit narrowed.',
        presenter: 'Tom Baker',
      }),
      anItem('i-welcome', 1, 'Welcome', { notes: 'The Chair welcomed everyone.' }),
    ],
    attendance: [
      anAttendance('chair', 'present'),
      anAttendance('tom', 'present'),
      anAttendance('ann', 'apologies'),
      anAttendance('', 'in-attendance', {
        id: 'guest',
        guestName: 'Priya Shah',
        guestOrganisation: 'Bradford PCN',
        guestRole: 'Observer',
      }),
    ],
    decisions: [
      aDecision('d2', 'i-finance', 'The board approved the budget.'),
      aDecision('d1', 'i-finance', 'The board noted the report.'),
    ],
    actions: [
      anAction('a1', 'm1', {
        itemId: 'i-finance',
        text: 'Tom to circulate the forecast',
        ownerMemberId: 'tom',
      }),
      anAction('a2', 'm1', {
        itemId: 'i-finance',
        text: 'Auditors to report back',
        ownerName: 'External Auditors',
        status: 'done',
      }),
      // Raised at another meeting: indexed with that meeting, not this one.
      anAction('a3', 'm0', { itemId: 'i-old', text: 'Old action' }),
    ],
    members: membersById([chair, member, absent]),
    ...extra,
  };
}

describe('searchDocumentsFromRecords', () => {
  it('numbers items in position order and gathers their notes, decisions and actions', () => {
    const { items } = searchDocumentsFromRecords(records());
    expect(items.map((item) => [item.itemNumber, item.title])).toEqual([
      [1, 'Welcome'],
      [2, 'Finance report'],
    ]);
    const finance = items[1];
    expect(finance).toMatchObject({
      id: 'i-finance',
      boardId: 'b',
      meetingId: 'm1',
      date: '2021-06-21',
      presenter: 'Tom Baker',
      notes: 'The deficit narrowed.',
      decisions: ['The board noted the report.', 'The board approved the budget.'],
    });
    expect(finance?.actions).toEqual([
      { text: 'Tom to circulate the forecast', owner: 'Tom Baker', status: 'open' },
      { text: 'Auditors to report back', owner: 'External Auditors', status: 'done' },
    ]);
    expect(items[0]?.actions).toEqual([]);
  });

  it('lists the people who attended, with their organisation and role', () => {
    const { meeting } = searchDocumentsFromRecords(records());
    expect(meeting).toEqual({
      id: 'm1',
      boardId: 'b',
      date: '2021-06-21',
      title: 'Quality Committee',
      attendees: [
        { name: 'Dr María Núñez', organisation: 'Leeds Teaching Hospitals', role: 'Chair' },
        { name: 'Tom Baker', organisation: 'West Yorkshire ICB', role: 'Member' },
        { name: 'Priya Shah', organisation: 'Bradford PCN', role: 'Observer' },
      ],
    });
  });

  it('gives untitled items and meetings a title a result can show', () => {
    const { meeting, items } = searchDocumentsFromRecords(
      records({
        meeting: aMeeting('m1', '2021-06-21', { title: '  ' }),
        items: [anItem('i1', 1, '')],
      }),
    );
    expect(meeting.title).toBe('Meeting Summary');
    expect(items[0]?.title).toBe('Untitled item');
    expect(items[0]?.presenter).toBeUndefined();
  });

  it('gives the engine documents it finds by words, owners and attendees', () => {
    const documents = searchDocumentsFromRecords(records());
    const texts = new Map(documents.items.map((item) => [item.id, itemText(item)]));
    const engine = new SearchEngine({ textOf: (_kind, id) => texts.get(id) });
    engine.addMeeting(documents.meeting);
    for (const item of documents.items) engine.addItem(item);

    expect(engine.search('forecast ').hits.map((hit) => [hit.id, hit.itemNumber])).toEqual([
      ['i-finance', 2],
    ]);
    expect(engine.search('"approved the budget"').hits.map((hit) => hit.id)).toEqual(['i-finance']);
    // An attendee finds the meeting (and its items); an owner outside the register finds the item.
    expect(
      engine.search('', { filters: { person: 'priya' } }).hits.map((hit) => hit.kind),
    ).toContain('meeting');
    expect(
      engine.search('', { filters: { person: 'auditors' } }).hits.map((hit) => hit.id),
    ).toEqual(['i-finance']);
    expect(engine.search('', { filters: { person: 'ann' } }).hits).toEqual([]);
    expect(
      engine.search('', { filters: { openActionsOnly: true } }).hits.map((hit) => hit.id),
    ).toEqual(['i-finance']);
  });
});
