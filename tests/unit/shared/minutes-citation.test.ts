import { describe, expect, it } from 'vitest';
import {
  citePreviousMinutes,
  meetingFileSchema,
  previousMeetingOf,
  toMeetingFile,
  type Board,
} from '@shared/model';
import { aMeeting, anApproval, anItem, aSignature, STAMP } from '../../support/records';

const june = aMeeting('june', '2021-06-21', { status: 'locked' });
const july = aMeeting('july', '2021-07-27', { status: 'in-progress' });
const august = aMeeting('august', '2021-08-24', { status: 'planned' });

describe('the previous meeting', () => {
  it('is the latest meeting held before this one, of the same board', () => {
    const may = aMeeting('may', '2021-05-17');
    const otherBoard = aMeeting('other', '2021-07-01', { boardId: 'x' });
    expect(previousMeetingOf([june, may, otherBoard, july, august], july)?.id).toBe('june');
    expect(previousMeetingOf([june, july, august], august)?.id).toBe('july');
    expect(previousMeetingOf([june, july], june)).toBeNull();
  });

  it('skips meetings planned and never held', () => {
    const unheld = aMeeting('unheld', '2021-07-01', { status: 'planned' });
    expect(previousMeetingOf([june, unheld, july], july)?.id).toBe('june');
  });
});

describe('citing the previous minutes from the archive', () => {
  it('cites the approval and the signatures of the current version only', () => {
    const cited = citePreviousMinutes({
      previous: june,
      meetings: [june, july],
      approvals: [
        anApproval('old', 'june', { version: 1, approvedOn: '2021-07-01' }),
        anApproval('new', 'june', {
          version: 2,
          approvingMeetingId: 'july',
          amendments: 'Item 2 corrected',
        }),
      ],
      signatures: [
        aSignature('v1', 'june', { version: 1 }),
        aSignature('v2', 'june', { version: 2, at: '2021-07-28T09:00:00.000Z' }),
      ],
      versions: [{ version: 1 }],
    });
    expect(cited).toEqual({
      meetingDate: '2021-06-21',
      version: 2,
      approvedOn: '2021-07-27',
      approvingMeetingDate: '2021-07-27',
      amendments: 'Item 2 corrected',
      signatures: [
        {
          signer: 'Alex Cheung',
          role: 'Chair',
          signedOn: '2021-07-28',
          fileSha256: 'v2'.padEnd(64, 'f'),
          meetingSha256: 'v2'.padEnd(64, 'd'),
        },
      ],
    });
  });

  it('says nothing is approved once the minutes were reopened after approval', () => {
    const cited = citePreviousMinutes({
      previous: { ...june, status: 'draft' },
      meetings: [june, july],
      approvals: [anApproval('old', 'june', { version: 1 })],
      signatures: [aSignature('v1', 'june', { version: 1 })],
      versions: [{ version: 1 }],
    });
    expect(cited).toMatchObject({ version: 2, approvedOn: '', signatures: [] });
  });

  it('travels in the meeting file on the "Minutes of the previous meeting" item only', () => {
    const board: Board = {
      id: 'b',
      name: 'Board',
      description: '',
      quorum: { kind: 'count', minimum: 1 },
      createdAt: STAMP,
      updatedAt: STAMP,
    };
    const previousMinutes = citePreviousMinutes({
      previous: june,
      meetings: [june, july],
      approvals: [anApproval('a', 'june', { approvingMeetingId: 'july' })],
      signatures: [aSignature('c0', 'june')],
      versions: [],
    });
    const file = meetingFileSchema.parse(
      toMeetingFile({
        board,
        meeting: july,
        members: [],
        meetings: [june, july],
        items: [
          anItem('welcome', 1, 'Welcome', { meetingId: 'july', kind: 'welcome' }),
          anItem('minutes', 2, 'Minutes of the previous meeting', {
            meetingId: 'july',
            kind: 'previous-minutes',
          }),
        ],
        attendance: [],
        declarations: [],
        decisions: [],
        actions: [],
        previousMinutes,
      }),
    );
    expect(file.items[0]?.previousMinutes).toBeUndefined();
    expect(file.items[1]?.previousMinutes?.signatures).toHaveLength(1);
    expect(file.items[1]?.previousMinutes?.approvingMeetingDate).toBe('2021-07-27');
  });
});
