import { describe, expect, it } from 'vitest';
import { ARCHIVE_TABLES, emptyTables, planMerge, appendTables } from '@shared/backup';
import { sampleArchive } from '../../support/archive';
import { defined } from '../../support/defined';
import { aMeeting } from '../../support/records';

/** The same archive as made on another computer: every record has a different id. */
function madeElsewhere() {
  const archive = sampleArchive();
  const other = (id: string) => (id === '' ? '' : `other-${id}`);
  return {
    boards: archive.boards.map((r) => ({ ...r, id: other(r.id) })),
    members: archive.members.map((r) => ({ ...r, id: other(r.id), boardId: other(r.boardId) })),
    meetings: archive.meetings.map((r) => ({
      ...r,
      id: other(r.id),
      boardId: other(r.boardId),
      chairMemberId: other(r.chairMemberId),
      nextMeetingId: other(r.nextMeetingId),
    })),
    agendaItems: archive.agendaItems.map((r) => ({
      ...r,
      id: other(r.id),
      meetingId: other(r.meetingId),
    })),
    attendance: archive.attendance.map((r) => ({
      ...r,
      id: other(r.id),
      meetingId: other(r.meetingId),
      memberId: other(r.memberId),
    })),
    declarations: [],
    decisions: [],
    actions: [],
    exports: [],
    approvals: [],
    auditTrail: [],
    signatures: [],
    meetingVersions: [],
    interests: archive.interests.map((r) => ({
      ...r,
      id: other(r.id),
      boardId: other(r.boardId),
      memberId: other(r.memberId),
      declaredAtMeetingId: other(r.declaredAtMeetingId),
    })),
    interestConfirmations: archive.interestConfirmations.map((r) => ({
      ...r,
      id: other(r.id),
      boardId: other(r.boardId),
      memberId: other(r.memberId),
    })),
  };
}

describe('restoring a backup', () => {
  it('into an empty archive adds every record unchanged', () => {
    const backup = sampleArchive();
    const plan = planMerge(emptyTables(), backup);
    expect(plan.add).toEqual(backup);
    expect(plan.meetingsAlreadyHere).toBe(0);
  });

  it('a second time adds nothing', () => {
    const backup = sampleArchive();
    const plan = planMerge(backup, sampleArchive());
    for (const table of ARCHIVE_TABLES) expect(plan.add[table], table).toEqual([]);
    expect(plan.meetingsAlreadyHere).toBe(2);
  });

  it('made elsewhere merges boards, members and meetings by name and date', () => {
    const plan = planMerge(sampleArchive(), madeElsewhere());
    for (const table of ARCHIVE_TABLES) expect(plan.add[table], table).toEqual([]);
    expect(plan.boardsMatched).toBe(1);
    expect(plan.membersMatched).toBe(sampleArchive().members.length);
    expect(plan.meetingsAlreadyHere).toBe(2);
  });

  it('points a new meeting of a board made elsewhere at the board and members here', () => {
    const backup = madeElsewhere();
    backup.meetings.push(
      aMeeting('other-new', '2021-09-20', {
        boardId: 'other-b',
        chairMemberId: 'other-member-1',
        nextMeetingId: 'other-meeting-july',
      }),
    );
    backup.attendance.push({
      ...defined(backup.attendance[0], 'attendance'),
      id: 'other-new-att',
      meetingId: 'other-new',
    });
    const plan = planMerge(sampleArchive(), backup);
    expect(plan.add.meetings).toEqual([
      expect.objectContaining({
        id: 'other-new',
        boardId: 'b',
        chairMemberId: 'member-1',
        nextMeetingId: 'meeting-july',
      }),
    ]);
    expect(plan.add.attendance).toEqual([
      expect.objectContaining({
        id: 'other-new-att',
        meetingId: 'other-new',
        memberId: 'member-1',
      }),
    ]);
    expect(plan.added.meetings).toBe(1);
  });

  it('keeps what is here when the backup holds an older copy of the same meeting', () => {
    const here = sampleArchive();
    here.agendaItems[0] = {
      ...defined(here.agendaItems[0], 'an item'),
      notes: 'Corrected since the backup',
    };
    const merged = appendTables(here, planMerge(here, sampleArchive()).add);
    expect(merged.agendaItems[0]?.notes).toBe('Corrected since the backup');
    expect(merged.agendaItems).toHaveLength(here.agendaItems.length);
  });

  it('adds a signed board document that belongs to no meeting, once', () => {
    const here = sampleArchive();
    here.signatures = here.signatures.filter((signature) => signature.meetingId !== '');
    const plan = planMerge(here, sampleArchive());
    expect(plan.add.signatures.map((signature) => signature.id)).toEqual(['signature-2']);
  });
});
