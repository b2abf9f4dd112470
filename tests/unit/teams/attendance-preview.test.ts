import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { AgendaItem, AttendanceRecord, Member } from '@shared/model';
import { parseAttendanceReport } from '@shared/teams/attendance-report';
import { decodeReport } from '@shared/teams/report-table';
import { applyAttendance } from '@renderer/features/teams/apply-attendance';
import { previewAttendance } from '@renderer/features/teams/attendance-preview';
import { teamsFixture } from '../../support/teams-fixtures';

const report = parseAttendanceReport(
  decodeReport(readFileSync(teamsFixture('attendance-2021-07-27.utf16.csv'))),
);
const member = (id: string, fullName: string) => ({ id, fullName, email: '' }) as Member;
const members = [member('m-mary', 'Mary Amanuel'), member('m-arouba', 'Arouba Zubair')];
const record = (memberId: string, changes: Partial<AttendanceRecord>) =>
  ({
    id: `r-${memberId}`,
    memberId,
    guestName: '',
    status: 'present',
    arrivedDuringItemId: '',
    leftAfterItemId: '',
    ...changes,
  }) as AttendanceRecord;

function preview(attendance: AttendanceRecord[]) {
  return previewAttendance({
    report,
    meeting: { date: '2021-07-27', startTime: '14:00', endTime: '15:30' },
    members,
    attendance,
    items: [] as AgendaItem[],
  });
}

function writers() {
  return {
    markAttendance: vi.fn(),
    updateAttendance: vi.fn(),
    addGuest: vi.fn(async () => record('', { id: 'new-guest' })),
  };
}

describe('applying an attendance report over attendance set by hand', () => {
  it('asks before replacing apologies, and keeps them when not told to', async () => {
    const rows = preview([record('m-arouba', { status: 'apologies' })]);
    const arouba = rows.findIndex((row) => row.memberId === 'm-arouba');
    expect(rows[arouba]?.handSet).toBe('apologies');
    const kept = writers();
    const outcome = await applyAttendance(
      rows,
      { replace: new Set(), addAsGuests: new Set() },
      kept,
    );
    expect(outcome.keptByHand).toBe(1);
    expect(kept.markAttendance).not.toHaveBeenCalledWith('m-arouba', expect.anything());
    const replaced = writers();
    await applyAttendance(rows, { replace: new Set([arouba]), addAsGuests: new Set() }, replaced);
    expect(replaced.markAttendance).toHaveBeenCalledWith(
      'm-arouba',
      expect.objectContaining({ status: 'present' }),
    );
  });

  it('asks before replacing a late arrival the secretary recorded by hand', async () => {
    const rows = preview([record('m-mary', { arrivedDuringItemId: 'item-2' })]);
    const mary = rows.findIndex((row) => row.memberId === 'm-mary');
    expect(rows[mary]?.plan.late).toBe(true);
    expect(rows[mary]?.handSet).toBe('comings-and-goings');
    const kept = writers();
    await applyAttendance(rows, { replace: new Set(), addAsGuests: new Set() }, kept);
    expect(kept.markAttendance).not.toHaveBeenCalledWith('m-mary', expect.anything());
  });

  it('records present with times where nothing was set by hand', async () => {
    const rows = preview([record('m-mary', {})]);
    const mary = rows.find((row) => row.memberId === 'm-mary');
    expect(mary?.handSet).toBe('');
    const written = writers();
    await applyAttendance(rows, { replace: new Set(), addAsGuests: new Set() }, written);
    expect(written.markAttendance).toHaveBeenCalledWith(
      'm-mary',
      expect.objectContaining({ status: 'present', joined: '14:21', left: '15:30' }),
    );
  });
});
