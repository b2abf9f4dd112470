import type { MinutesState } from '../../stores/minutes-store';
import { guestNameOf, type PreviewRow } from './attendance-preview';

export interface ApplyChoices {
  /** Rows whose hand-set apologies or absence the secretary agreed to replace. */
  replace: ReadonlySet<number>;
  /** Rows nobody matched that the secretary agreed to add as in attendance. */
  addAsGuests: ReadonlySet<number>;
}

export interface ApplyOutcome {
  recorded: number;
  added: number;
  keptByHand: number;
}

type Writers = Pick<MinutesState, 'markAttendance' | 'updateAttendance' | 'addGuest'>;

/**
 * Writes the previewed attendance through the minutes store, as the Attendance tab would: present
 * with joining and leaving times, late arrival and early departure against the agenda. Attendance
 * set by hand is changed only where the secretary said so.
 */
export async function applyAttendance(
  rows: readonly PreviewRow[],
  choices: ApplyChoices,
  writers: Writers,
): Promise<ApplyOutcome> {
  const outcome: ApplyOutcome = { recorded: 0, added: 0, keptByHand: 0 };
  for (const [index, row] of rows.entries()) {
    const { plan } = row;
    const times = { joined: plan.joined, left: plan.left };
    if (row.kind === 'member') {
      if (row.handSet && !choices.replace.has(index)) {
        outcome.keptByHand += 1;
        continue;
      }
      writers.markAttendance(row.memberId, {
        status: 'present',
        ...times,
        arrivedDuringItemId: plan.arrivedDuringItemId,
        leftAfterItemId: plan.leftAfterItemId,
      });
      outcome.recorded += 1;
    } else if (row.kind === 'guest') {
      writers.updateAttendance(row.recordId, times);
      outcome.recorded += 1;
    } else if (choices.addAsGuests.has(index)) {
      const label = row.plan.match.label;
      const record = await writers.addGuest(
        guestNameOf(row),
        '',
        label === 'external' ? 'External' : 'Guest',
      );
      writers.updateAttendance(record.id, times);
      outcome.added += 1;
    }
  }
  return outcome;
}
