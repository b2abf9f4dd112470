import { describe, expect, it } from 'vitest';
import type { AttendanceRecord } from '@shared/model';
import { SearchEngine } from '@shared/search/engine';
import { loadEngine, serialise } from '@shared/search/serialise';
import {
  attendanceSentence,
  standingRecordDocuments,
  type StoredBoardRecords,
} from '@shared/search/standing-records';
import { aMeeting, aMember, anAttendance, anInterest } from '../../support/records';

const members = [
  aMember('chair', 'María Núñez', { title: 'Dr', role: 'Chair', organisation: 'NHS England' }),
  aMember('tom', 'Tom Baker', { termStart: '2021-06-21', termEnd: '2022-06-20' }),
  // Re-appointed: a second entry of the same name, for the next term.
  aMember('tom-2', 'Tom Baker', { termStart: '2022-06-21', termEnd: '2023-06-20' }),
  aMember('late', 'Future Member', { termStart: '2030-01-01', termEnd: '' }),
];

const meetings = [
  aMeeting('m1', '2021-07-01', { status: 'approved' }),
  aMeeting('m2', '2021-09-01', { status: 'approved' }),
  aMeeting('m3', '2021-11-01', { status: 'approved' }),
  aMeeting('m4', '2022-09-01', { status: 'approved' }),
];

function attendanceOf(
  meetingId: string,
  records: AttendanceRecord[],
): [string, AttendanceRecord[]] {
  return [meetingId, records.map((record) => ({ ...record, meetingId }))];
}

const stored: StoredBoardRecords = {
  boardId: 'b',
  boardName: 'NHS Python Community Board',
  members,
  interests: [
    anInterest('i1', 'chair', {
      organisation: 'Acme Health Ltd',
      description: 'Non-executive director',
      declaredOn: '2021-07-01',
    }),
    anInterest('i2', 'tom', {
      category: 'non-financial-personal',
      organisation: 'Riverside Hospice',
      description: 'Trustee',
      declaredOn: '2021-08-01',
      endedOn: '2022-03-31',
      publish: false,
    }),
    // Another board's entry is not this board's record.
    anInterest('other', 'tom', { boardId: 'elsewhere' }),
  ],
  meetings,
  attendanceByMeeting: new Map([
    attendanceOf('m1', [anAttendance('tom', 'present'), anAttendance('chair', 'present')]),
    attendanceOf('m2', [
      anAttendance('tom', 'apologies'),
      anAttendance('chair', 'present', { arrivedDuringItemId: 'i2' }),
    ]),
    attendanceOf('m3', [anAttendance('tom', 'present'), anAttendance('chair', 'absent')]),
    attendanceOf('m4', [anAttendance('tom-2', 'present')]),
  ]),
  today: '2026-12-07',
};

describe('the standing records as search documents', () => {
  it('makes one document per register entry: member, category, description, organisation, dates', () => {
    const interests = standingRecordDocuments(stored).filter((each) => each.kind === 'interest');
    expect(interests.map((each) => each.id)).toEqual(['i1', 'i2']);
    expect(interests[0]).toMatchObject({
      boardId: 'b',
      memberId: 'chair',
      date: '2021-07-01',
      title: 'Dr María Núñez: Acme Health Ltd',
      person: 'Dr María Núñez',
    });
    expect(interests[0]?.text.split('\n')).toEqual([
      'Financial interest: Non-executive director.',
      'Organisation: Acme Health Ltd.',
      'Declared 1 July 2021.',
    ]);
    expect(interests[1]?.text.split('\n')).toEqual([
      'Non-financial personal interest: Trustee.',
      'Organisation: Riverside Hospice.',
      'Declared 1 August 2021; ended 31 March 2022.',
      'Not for publication.',
    ]);
  });

  it('makes one attendance summary per member and term, counted as the attendance record counts', () => {
    const attendance = standingRecordDocuments(stored).filter((each) => each.kind === 'attendance');
    // A term not begun yet has nothing to find.
    expect(attendance.map((each) => each.id)).toEqual(['chair', 'tom', 'tom-2']);
    const tom = attendance.find((each) => each.id === 'tom');
    expect(tom).toMatchObject({
      memberId: 'tom',
      date: '2021-06-21',
      title: 'Tom Baker: attendance, term 21 June 2021 to 20 June 2022',
      person: 'Tom Baker',
    });
    expect(tom?.text.split('\n')[0]).toBe('Attended 2 of 3 meetings (67%); 1 apology.');
    // The second term counts only its own meetings.
    expect(attendance.find((each) => each.id === 'tom-2')?.text.split('\n')[0]).toBe(
      'Attended 1 of 1 meeting (100%).',
    );
    expect(attendance.find((each) => each.id === 'chair')?.text.split('\n')[0]).toBe(
      'Attended 2 of 3 meetings (67%); absent from 1 meeting; arrived late at 1 meeting.',
    );
  });

  it('says a member had no meetings in office rather than a share of none', () => {
    expect(
      attendanceSentence({
        eligible: 0,
        attended: 0,
        late: 0,
        leftEarly: 0,
        apologies: 0,
        absent: 0,
        notRecorded: 0,
      }),
    ).toBe('No meeting was held while in office.');
  });
});

describe('searching the standing records', () => {
  function engineWithRecords(): SearchEngine {
    const engine = new SearchEngine();
    engine.addMeeting({
      id: 'm1',
      boardId: 'b',
      date: '2021-07-01',
      title: 'Board meeting',
      attendees: [{ name: 'Tom Baker' }, { name: 'Dr María Núñez' }],
    });
    for (let number = 1; number <= 5; number++) {
      engine.addItem({
        id: `item-${number}`,
        boardId: 'b',
        meetingId: 'm1',
        date: '2021-07-01',
        itemNumber: number,
        title: `Acme Health Ltd contract, part ${number}`,
        presenter: 'Tom Baker',
        notes: 'The contract with Acme Health Ltd was discussed.',
        decisions: [],
        actions: [],
      });
    }
    for (const record of standingRecordDocuments(stored)) engine.addRecord(record);
    return engine;
  }

  it('does not match every record on the board’s name', () => {
    expect(standingRecordDocuments(stored).some((each) => each.text.includes('Python'))).toBe(
      false,
    );
  });

  it('shows the register entry naming an organisation above the minutes that discuss it', () => {
    const found = engineWithRecords().search('acme');
    expect(found.hits[0]).toMatchObject({ kind: 'interest', id: 'i1', meetingId: 'chair' });
    expect(found.hits.slice(1).map((hit) => hit.kind)).toEqual([
      'item',
      'item',
      'item',
      'item',
      'item',
    ]);
  });

  it('finds a member’s register entries and attendance by their name, then the minutes', () => {
    const found = engineWithRecords().search('Tom Baker');
    expect(found.hits.slice(0, 3).map((hit) => `${hit.kind}:${hit.id}`)).toEqual(
      expect.arrayContaining(['interest:i2', 'attendance:tom', 'attendance:tom-2']),
    );
    // Beyond the three first, records wait until the minutes and meetings have been shown.
    expect(found.hits.slice(3, 8).every((hit) => hit.kind === 'item')).toBe(true);
    expect(found.hits.at(-1)?.kind).toBe('meeting');
    // The person filter keeps their records too.
    const filtered = engineWithRecords().search('trustee', { filters: { person: 'baker' } });
    expect(filtered.hits.map((hit) => hit.id)).toEqual(['i2']);
  });

  it('finds words of the text, and forgets a record removed', () => {
    const engine = engineWithRecords();
    expect(engine.search('hospice').hits.map((hit) => hit.id)).toEqual(['i2']);
    expect(engine.search('67%').hits.length).toBeGreaterThan(0);
    engine.removeRecord('interest', 'i2');
    expect(engine.search('hospice').hits).toEqual([]);
    expect(engine.records().map((each) => `${each.kind}:${each.id}`)).not.toContain('interest:i2');
  });

  it('keeps them in a saved and reloaded index', () => {
    const loaded = loadEngine(serialise(engineWithRecords()));
    expect(loaded.search('hospice').hits[0]).toMatchObject({ kind: 'interest', id: 'i2' });
    expect(loaded.records()).toHaveLength(5);
  });
});
