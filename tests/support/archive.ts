import type { ArchiveTables } from '../../src/shared/backup';
import { EXAMPLE_BOARD, EXAMPLE_PEOPLE } from '../fixtures/nhs-python-board';
import { EXAMPLE_ITEMS } from '../fixtures/nhs-python-minutes';
import { STAMP, aMeeting, aMember, anAction, anAttendance, anItem } from './records';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

/**
 * An archive with a record in every table: the example board and its June 2021 meeting, approved
 * and signed at the July meeting, plus a signed board document that belongs to no meeting.
 */
export function sampleArchive(): ArchiveTables {
  const members = EXAMPLE_PEOPLE.map((person, index) =>
    aMember(`member-${index + 1}`, person.fullName, {
      title: person.title,
      postNominals: person.postNominals,
      organisation: person.organisation,
      role: person.role,
      termStart: EXAMPLE_BOARD.termStart,
      termEnd: EXAMPLE_BOARD.termEnd,
    }),
  );
  const june = aMeeting('meeting-june', EXAMPLE_BOARD.meetingDate, {
    status: 'signed',
    chairMemberId: 'member-1',
    nextMeetingDate: EXAMPLE_BOARD.nextMeetingDate,
    nextMeetingId: 'meeting-july',
  });
  const july = aMeeting('meeting-july', EXAMPLE_BOARD.nextMeetingDate, { status: 'planned' });
  const items = EXAMPLE_ITEMS.map((item, index) =>
    anItem(`item-${index + 1}`, index + 1, item.title, { meetingId: june.id, notes: item.notes }),
  );
  return {
    boards: [
      {
        id: 'b',
        name: EXAMPLE_BOARD.name,
        description: EXAMPLE_BOARD.description,
        quorum: { kind: 'fraction', numerator: 1, denominator: 2 },
        createdAt: STAMP,
        updatedAt: STAMP,
      },
    ],
    members,
    meetings: [june, july],
    agendaItems: items,
    attendance: members.map((member, index) =>
      anAttendance(member.id, EXAMPLE_PEOPLE[index]?.attendance ?? 'present', {
        meetingId: june.id,
      }),
    ),
    declarations: [
      {
        id: 'declaration-1',
        meetingId: june.id,
        memberId: 'member-2',
        itemId: 'item-3',
        interest: 'Employed by a trust that uses the tool',
        createdAt: STAMP,
      },
    ],
    decisions: [
      {
        id: 'decision-1',
        meetingId: june.id,
        itemId: 'item-2',
        text: 'The Terms of Reference were agreed.',
        source: 'notes',
        createdAt: STAMP,
      },
    ],
    actions: [
      anAction('action-1', june.id, {
        itemId: 'item-2',
        ownerMemberId: 'member-1',
        updates: [{ meetingId: july.id, status: 'carried-forward', note: 'Next time', at: STAMP }],
      }),
    ],
    exports: [
      {
        id: 'export-1',
        meetingId: june.id,
        at: STAMP,
        fileName: 'NHS Python Community Board 2021-06-21.docx',
        path: '/home/secretary/Documents/NHS Python Community Board 2021-06-21.docx',
        sha256: HASH_A,
        layout: 'summary',
        audience: 'internal',
        status: 'circulated',
      },
    ],
    approvals: [
      {
        id: 'approval-1',
        meetingId: june.id,
        approvedOn: EXAMPLE_BOARD.nextMeetingDate,
        approvingMeetingId: july.id,
        amendments: 'Item 3: “PyData” not “PyDate”.',
        version: 1,
        recordedAt: STAMP,
      },
    ],
    auditTrail: [
      {
        id: 'audit-1',
        meetingId: june.id,
        at: STAMP,
        event: 'approved',
        by: 'Alex Cheung',
        detail: 'At the meeting of 27 July 2021',
        version: 1,
      },
    ],
    signatures: [
      {
        id: 'signature-1',
        meetingId: june.id,
        boardId: 'b',
        at: STAMP,
        fileName: 'NHS Python Community Board 2021-06-21 signed.docx',
        path: '/home/secretary/Documents/signed.docx',
        fileSha256: HASH_B,
        meetingSha256: HASH_A,
        meetingJson: '{"date":"2021-06-21"}',
        signerName: 'Alex Cheung',
        signerRole: 'Chair',
        fingerprintSha256: HASH_A,
        reason: 'Approved as a correct record',
        version: 1,
      },
      {
        id: 'signature-2',
        meetingId: '',
        boardId: 'b',
        at: STAMP,
        fileName: 'Terms of Reference signed.docx',
        path: '/home/secretary/Documents/tor.docx',
        fileSha256: HASH_A,
        meetingSha256: '',
        meetingJson: '',
        signerName: 'Alex Cheung',
        signerRole: 'Chair',
        fingerprintSha256: HASH_A,
        reason: 'Agreed',
        version: 1,
      },
    ],
    meetingVersions: [
      {
        id: 'version-1',
        meetingId: june.id,
        version: 1,
        status: 'approved',
        frozenAt: STAMP,
        fileJson: '{"date":"2021-06-21"}',
        sha256: HASH_A,
      },
    ],
    interests: [
      {
        id: 'interest-1',
        boardId: 'b',
        memberId: 'member-2',
        category: 'non-financial-professional',
        description: 'Employed by a trust that uses the tool',
        organisation: 'Gloucestershire Royal Hospital',
        declaredOn: EXAMPLE_BOARD.meetingDate,
        endedOn: '',
        publish: true,
        declaredAtMeetingId: june.id,
        createdAt: STAMP,
        updatedAt: STAMP,
      },
    ],
    interestConfirmations: [
      {
        id: 'confirmation-1',
        boardId: 'b',
        memberId: 'member-3',
        confirmedOn: EXAMPLE_BOARD.meetingDate,
        nilReturn: true,
        createdAt: STAMP,
      },
    ],
  };
}
