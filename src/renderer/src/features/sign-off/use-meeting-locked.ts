import { isReadOnly, type Meeting } from '@shared/model';

/** Approved, signed and locked minutes are the board’s record: every editor on the meeting is read-only. */
export function useMeetingLocked(meeting: Pick<Meeting, 'status'>): boolean {
  return isReadOnly(meeting.status);
}
