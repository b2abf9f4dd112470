import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '@main/import/import-files';
import { meetingQuorum, personKey, proposeRegister, type MeetingFile } from '@shared/model';
import type { MinuteBookDatabase } from '@renderer/db/database';
import { loadMeetingContents } from '@renderer/db/meetings-repository';
import { approvedIn, markApprovedByLaterFiles } from '@shared/import/historic';
import type { ImportEntry } from '@shared/import/import-entry';
import { newBoardRegisters, unmatchedPeople } from '@shared/import/register-proposal';
import { saveImportedMeetings } from '@renderer/db/save-imports';
import { freshDatabase } from '../db/migration-harness';
import { CORPUS_FOLDER } from '../import/corpus-facts';

async function corpusMeeting(file: string): Promise<MeetingFile> {
  const { meeting, error } = await importFile(join(CORPUS_FOLDER, file));
  if (!meeting) throw new Error(error);
  return meeting;
}

function entry(index: number, meeting: MeetingFile, fileName: string): ImportEntry {
  return {
    index,
    fileName,
    displayName: fileName,
    meeting,
    warnings: [],
    include: true,
    board: { kind: 'new', name: meeting.board },
    importAgain: false,
    historic: false,
  };
}

describe('one person however the minutes write the name', () => {
  it.each([
    ['Dr Siobhán O’Neill', "Siobhan O'Neill"],
    ['Prof. Amir Haddad FRCP', 'amir haddad'],
    ['Chiamaka Okonkwo-Ndiaye', 'Chiamaka Okonkwo Ndiaye'],
    ['Mrs Kate Dunn, Director of Finance', 'Kate Dunn'],
  ])('%s is %s', (a, b) => {
    expect(personKey(a)).toBe(personKey(b));
  });

  it('keeps different people apart', () => {
    expect(personKey('Jane Roe')).not.toBe(personKey('Jane Rowe'));
  });
});

describe('the register proposed for a new board', () => {
  it('makes members of those present, sending apologies or absent, the Chair marked, and guests of those in attendance', async () => {
    const people = proposeRegister([await corpusMeeting('qc-2024-03-14.md')]);
    expect(people.map((person) => [person.fullName, person.proposed])).toEqual([
      ['Jane Roe', 'Chair'],
      ['Amir Haddad', 'Member'],
      ['Siobhán O’Neill', 'Member'],
      ['Chiamaka Okonkwo-Ndiaye', 'Member'],
      ['Tom Price', 'Member'],
      ['Ruth Kerr', 'guest'],
      ['Liam Fox', 'guest'],
      ['Helen Ward', 'Member'],
    ]);
  });

  it('names each person once over several meetings, accents and titles set aside', async () => {
    const march = await corpusMeeting('qc-2024-03-14.md');
    const april = await corpusMeeting('quality-committee-2024-04-11.docx');
    const [board] = newBoardRegisters([entry(0, march, 'a.md'), entry(1, april, 'b.docx')]);
    expect(board?.name).toBe('Quality Committee');
    expect(
      board?.people.filter((person) => person.key === personKey('Siobhan ONeill')),
    ).toHaveLength(1);
    // Liam Fox was in attendance in March and listed as Secretary in April's table.
    expect(board?.people.find((person) => person.fullName === 'Liam Fox')?.proposed).toBe('guest');
  });

  it('says who is not in an existing register, matching titles, accents and apostrophes', async () => {
    const march = await corpusMeeting('qc-2024-03-14.md');
    const member = (fullName: string) => ({
      id: fullName,
      boardId: 'b',
      title: '',
      fullName,
      postNominals: '',
      organisation: '',
      role: 'Member' as const,
      seat: '',
      email: '',
      termStart: '2024-01-01',
      termEnd: '',
      createdAt: '',
      updatedAt: '',
    });
    const register = ['Jane Roe', 'Amir Haddad', "Siobhan O'Neill", 'Chiamaka Okonkwo Ndiaye'].map(
      member,
    );
    expect(unmatchedPeople(march, register)).toEqual(['Tom Price', 'Helen Ward']);
  });
});

describe('saving into a new board with its register', () => {
  let db: MinuteBookDatabase;
  let counter = 0;
  const newId = () => `id-${++counter}`;
  beforeEach(() => {
    db = freshDatabase();
  });
  afterEach(() => db.close());

  it('creates the members, so attendance, the Chair and quorum are as the minutes say', async () => {
    const march = await corpusMeeting('qc-2024-03-14.md');
    const [board] = newBoardRegisters([entry(0, march, 'qc-2024-03-14.md')]);
    if (!board) throw new Error('no register proposed');
    const result = await saveImportedMeetings(
      db,
      [{ meeting: march, board: { kind: 'new', name: board.name }, fileName: 'qc-2024-03-14.md' }],
      {
        newId,
        stamp: '2026-01-01T00:00:00.000Z',
        // Liam Fox, who took the minutes, is made the board's Secretary.
        registers: new Map([
          [board.key, { people: board.people, choices: { 'liam fox': 'Secretary' } }],
        ]),
      },
    );
    expect(result.membersCreated).toBe(7);
    const members = await db.members.toArray();
    expect(members.map((member) => [member.fullName, member.role, member.termStart])).toEqual([
      ['Jane Roe', 'Chair', '2024-03-14'],
      ['Amir Haddad', 'Member', '2024-03-14'],
      ['Siobhán O’Neill', 'Member', '2024-03-14'],
      ['Chiamaka Okonkwo-Ndiaye', 'Member', '2024-03-14'],
      ['Tom Price', 'Member', '2024-03-14'],
      ['Liam Fox', 'Secretary', '2024-03-14'],
      ['Helen Ward', 'Member', '2024-03-14'],
    ]);
    const [stored] = await db.meetings.toArray();
    if (!stored) throw new Error('not saved');
    expect(stored).toMatchObject({ visibility: 'private', status: 'draft' });
    expect(stored.chairMemberId).toBe(members[0]?.id);
    const contents = await loadMeetingContents(db, stored.id);
    const statusOf = (name: string) => {
      const member = members.find((each) => each.fullName === name);
      return contents.attendance.find((record) => record.memberId === member?.id)?.status;
    };
    expect(statusOf('Jane Roe')).toBe('present');
    expect(statusOf('Helen Ward')).toBe('apologies');
    expect(statusOf('Liam Fox')).toBe('present');
    const guest = contents.attendance.find((record) => record.guestName === 'Ruth Kerr');
    expect(guest).toMatchObject({ status: 'in-attendance', note: 'for item QC/24/034' });
    expect(guest?.itemIds).toEqual([contents.items[3]?.id]);
    const [boardRecord] = await db.boards.toArray();
    if (!boardRecord) throw new Error('no board');
    // Six voting members in office, half needed: five present is quorate.
    expect(meetingQuorum(boardRecord, stored, members, contents.attendance)).toEqual({
      required: 3,
      votingPresent: 5,
      quorate: true,
    });
    const minutes = await db.minutes.get(stored.id);
    const action = minutes?.actions.find((each) => each.text.startsWith('Chiamaka'));
    expect(action).toMatchObject({ ownerMemberId: members[3]?.id, due: '2024-04-11' });
  });
});

describe('minutes approved at a later meeting', () => {
  let db: MinuteBookDatabase;
  let counter = 0;
  const newId = () => `h-${++counter}`;
  beforeEach(() => {
    db = freshDatabase();
  });
  afterEach(() => db.close());

  it('are marked historic, and saved approved with the file’s name and SHA-256', async () => {
    const march = await corpusMeeting('qc-2024-03-14.md');
    const april = await corpusMeeting('quality-committee-2024-04-11.docx');
    const entries = markApprovedByLaterFiles([
      entry(0, april, 'quality-committee-2024-04-11.docx'),
      entry(1, march, 'qc-2024-03-14.md'),
    ]);
    expect(entries.map((each) => each.historic)).toEqual([false, true]);
    expect(march.source?.sha256).toMatch(/^[0-9a-f]{64}$/);
    await saveImportedMeetings(
      db,
      entries.flatMap((each) => ({
        meeting: each.meeting ?? march,
        board: each.board,
        fileName: each.fileName,
        historic: each.historic,
      })),
      { newId, stamp: '2026-01-01T00:00:00.000Z' },
    );
    const stored = await db.meetings.orderBy('[boardId+date]').toArray();
    expect(
      stored.map((meeting) => [meeting.date, meeting.status, meeting.source?.historic]),
    ).toEqual([
      ['2024-03-14', 'approved', true],
      ['2024-04-11', 'draft', undefined],
    ]);
    expect(stored[0]?.source).toMatchObject({
      fileName: 'qc-2024-03-14.md',
      sha256: march.source?.sha256,
    });
  });

  it('record their approval at the later meeting, on its date, from its file, as the sign-off shows it', async () => {
    const march = await corpusMeeting('qc-2024-03-14.md');
    const april = await corpusMeeting('quality-committee-2024-04-11.docx');
    const entries = markApprovedByLaterFiles([
      entry(0, april, 'quality-committee-2024-04-11.docx'),
      entry(1, march, 'qc-2024-03-14.md'),
    ]);
    expect(entries[1]?.approvedBy).toBe(0);
    const byIndex = new Map(entries.map((each) => [each.index, each]));
    await saveImportedMeetings(
      db,
      entries.flatMap((each) => {
        const approved = approvedIn(each, byIndex);
        return {
          meeting: each.meeting ?? march,
          board: each.board,
          fileName: each.fileName,
          historic: each.historic,
          index: each.index,
          ...(approved ? { approvedIn: approved } : {}),
        };
      }),
      { newId, stamp: '2026-01-01T00:00:00.000Z' },
    );
    const [marchStored, aprilStored] = await db.meetings.orderBy('[boardId+date]').toArray();
    const approvals = await db.approvals.toArray();
    expect(approvals).toEqual([
      expect.objectContaining({
        meetingId: marchStored?.id,
        approvedOn: '2024-04-11',
        approvingMeetingId: aprilStored?.id,
        amendments: '',
        version: 1,
      }),
    ]);
    const audit = await db.auditTrail.toArray();
    expect(audit).toEqual([
      expect.objectContaining({ meetingId: marchStored?.id, event: 'approved', version: 1 }),
    ]);
    expect(audit[0]?.detail).toBe(
      `Approved at the meeting of 11 April 2024, as the minutes of that meeting in quality-committee-2024-04-11.docx record; imported from qc-2024-03-14.md (SHA-256 ${march.source?.sha256})`,
    );
    // The draft that approved them has no approval of its own.
    expect(approvals.some((each) => each.meetingId === aprilStored?.id)).toBe(false);
  });

  it('marked approved by the user are approved at the time, with the file they came from', async () => {
    const march = await corpusMeeting('qc-2024-03-14.md');
    await saveImportedMeetings(
      db,
      [
        {
          meeting: march,
          board: { kind: 'new', name: march.board },
          fileName: 'qc-2024-03-14.md',
          historic: true,
          index: 0,
        },
      ],
      { newId, stamp: '2026-01-01T00:00:00.000Z' },
    );
    const [stored] = await db.meetings.toArray();
    expect(stored?.status).toBe('approved');
    expect(await db.approvals.toArray()).toEqual([
      expect.objectContaining({ meetingId: stored?.id, approvedOn: '', approvingMeetingId: '' }),
    ]);
    const [audit] = await db.auditTrail.toArray();
    expect(audit?.detail).toBe(
      `Approved at the time, as marked when these minutes were imported from qc-2024-03-14.md (SHA-256 ${march.source?.sha256})`,
    );
  });

  it('left unticked are saved as drafts with no approval', async () => {
    const march = await corpusMeeting('qc-2024-03-14.md');
    await saveImportedMeetings(
      db,
      [
        {
          meeting: march,
          board: { kind: 'new', name: march.board },
          fileName: 'a.md',
          historic: false,
        },
      ],
      { newId, stamp: '2026-01-01T00:00:00.000Z' },
    );
    expect((await db.meetings.toArray())[0]?.status).toBe('draft');
    expect(await db.approvals.count()).toBe(0);
    expect(await db.auditTrail.count()).toBe(0);
  });
});
