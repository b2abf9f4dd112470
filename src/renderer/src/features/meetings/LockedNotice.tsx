import type { Meeting } from '@shared/model';

const STANDING: Partial<Record<Meeting['status'], string>> = {
  signed: 'approved and signed',
  locked: 'signed and locked',
};

/** Says, on every tab that shows them, why the board's record cannot be edited and how to correct it. */
export function LockedNotice({ status }: { status: Meeting['status'] }) {
  return (
    <p className="notice notice--info">
      These minutes are {STANDING[status] ?? 'approved'} and cannot be edited. To correct them,
      reopen them on the Sign-off tab.
    </p>
  );
}
