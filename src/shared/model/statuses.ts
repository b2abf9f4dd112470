/**
 * Where a meeting, a person's attendance and an action stand. A leaf module, imported by the
 * meeting file, the stored meeting and the sign-off rules alike, so that none of them needs another.
 */

export const ATTENDANCE_STATUSES = ['present', 'apologies', 'absent', 'in-attendance'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ACTION_STATUSES = ['open', 'done', 'carried-forward', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const MEETING_STATUSES = [
  'planned',
  'in-progress',
  'draft',
  'circulated',
  'approved',
  'signed',
  'locked',
] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
