/** What the meetings feature offers the other features; everything else in this folder is its own. */
export { ACTION_STATUS_LABEL, ATTENDANCE_LABEL, MEETING_STATUS_LABEL } from './status-labels';
export { chairOf, useMembersInOffice } from './use-meeting-people';
export { MeetingPage } from './MeetingPage';
export { MeetingsPanel } from './MeetingsPanel';
export { LockedNotice } from './LockedNotice';
