import type { AgendaItem, AttendanceRecord, Member } from '@shared/model';
import type { AttendanceReport } from '@shared/teams/attendance-report';
import { planAttendance, type PlannedAttendance } from '@shared/teams/attendance-plan';
import { matchParticipants, type ExpectedPerson } from '@shared/teams/match-participants';
import { displayName } from '@shared/teams/names';

export type PreviewKind = 'member' | 'guest' | 'new-guest';

/** One participant of the report and what applying it would record. */
export interface PreviewRow {
  plan: PlannedAttendance;
  kind: PreviewKind;
  /** The member or guest record matched, by id. */
  memberId: string;
  recordId: string;
  /** Who they were matched to, as the register names them; '' when nobody. */
  matchedName: string;
  /**
   * What the secretary set by hand that applying would change: apologies or absence, or a late
   * arrival or early departure (by item) other than the report's; '' when nothing.
   */
  handSet: HandSet;
}

export type HandSet = '' | 'apologies' | 'absent' | 'comings-and-goings';

/** What applying `plan` would overwrite of `record`, as set by hand. */
function handSetIn(record: AttendanceRecord | undefined, plan: PlannedAttendance): HandSet {
  if (record?.status === 'apologies' || record?.status === 'absent') return record.status;
  const changes = (own: string, planned: string) => own !== '' && own !== planned;
  if (
    record &&
    (changes(record.arrivedDuringItemId, plan.arrivedDuringItemId) ||
      changes(record.leftAfterItemId, plan.leftAfterItemId))
  )
    return 'comings-and-goings';
  return '';
}

/**
 * What importing the report would do, person by person, before anything is written: members and
 * guests matched, those nobody matched, and attendance the secretary set by hand that it would change.
 */
export function previewAttendance(input: {
  report: AttendanceReport;
  meeting: { date: string; startTime: string; endTime: string };
  members: readonly Member[];
  attendance: readonly AttendanceRecord[];
  items: readonly AgendaItem[];
}): PreviewRow[] {
  const guests = input.attendance.filter((record) => record.memberId === '');
  const people: ExpectedPerson[] = [
    ...input.members.map((member) => ({
      key: `m:${member.id}`,
      name: member.fullName,
      email: member.email,
      kind: 'member' as const,
    })),
    ...guests.map((record) => ({
      key: `g:${record.id}`,
      name: record.guestName,
      email: '',
      kind: 'guest' as const,
    })),
  ];
  const items = [...input.items]
    .sort((a, b) => a.position - b.position)
    .map(({ id, allowanceMinutes }) => ({ id, allowanceMinutes }));
  const plans = planAttendance(
    matchParticipants(input.report.participants, people),
    input.meeting,
    input.report,
    items,
  );
  return plans.map((plan) => {
    const key = plan.match.person?.key ?? '';
    if (key.startsWith('m:')) {
      const memberId = key.slice(2);
      const record = input.attendance.find((each) => each.memberId === memberId);
      return {
        plan,
        kind: 'member',
        memberId,
        recordId: record?.id ?? '',
        matchedName: plan.match.person?.name ?? '',
        handSet: handSetIn(record, plan),
      };
    }
    if (key.startsWith('g:'))
      return {
        plan,
        kind: 'guest',
        memberId: '',
        recordId: key.slice(2),
        matchedName: plan.match.person?.name ?? '',
        handSet: '',
      };
    return {
      plan,
      kind: 'new-guest',
      memberId: '',
      recordId: '',
      matchedName: '',
      handSet: '',
    };
  });
}

/** The name a newcomer is added under: without Teams' "(Guest)" and the like. */
export function guestNameOf(row: PreviewRow): string {
  return displayName(row.plan.match.participant.name);
}

/** "joined 14:21 (late), left 15:04 (early), joined 2 times". */
export function timesText(plan: PlannedAttendance): string {
  return [
    `${plan.joined}${plan.late ? ' (late)' : ''}`,
    plan.left ? `${plan.left}${plan.leftEarly ? ' (early)' : ''}` : 'still there at the end',
  ].join('–');
}
