import { describeCounts, type MergePlan } from '@shared/backup';
import { countOf } from '@shared/model';

const KEY = 'minute-book:restored';

/** What a restore did, in a sentence: shown after the app reloads with the restored archive. */
export function describeRestore(fileName: string, plan: MergePlan): string {
  const kept =
    plan.meetingsAlreadyHere > 0
      ? ` ${countOf(plan.meetingsAlreadyHere, 'meeting already here was kept as it was', 'meetings already here were kept as they were')}.`
      : '';
  return `Restored from ${fileName}: added ${describeCounts(plan.added)}.${kept}`;
}

/** Kept for the reload only: the app starts afresh on the restored data, then says what happened. */
export function rememberRestoreReport(text: string): void {
  sessionStorage.setItem(KEY, text);
}

export function takeRestoreReport(): string | null {
  const text = sessionStorage.getItem(KEY);
  sessionStorage.removeItem(KEY);
  return text;
}
