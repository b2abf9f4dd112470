import { isLocked, type Meeting } from '../../../../shared/model';

/** Approved and signed minutes are the board's record: every editor on the meeting is read-only. */
export function useMeetingLocked(meeting: Pick<Meeting, 'status'>): boolean {
  return isLocked(meeting.status);
}
