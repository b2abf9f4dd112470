import type { ActionStatus, AttendanceStatus, MeetingStatus } from '@shared/model';

export const MEETING_STATUS_LABEL: Record<MeetingStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  draft: 'Draft minutes',
  circulated: 'Circulated',
  approved: 'Approved',
  signed: 'Signed',
  locked: 'Signed and locked',
};

export const ATTENDANCE_LABEL: Record<AttendanceStatus, string> = {
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Absent',
  'in-attendance': 'In attendance',
};

export const ACTION_STATUS_LABEL: Record<ActionStatus, string> = {
  open: 'Open',
  done: 'Done',
  'carried-forward': 'Carried forward',
  dropped: 'Dropped',
};
