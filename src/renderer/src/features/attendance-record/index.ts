/** What the attendance-record feature offers the other features; everything else in this folder is its own. */
export { AttendanceRecordPanel } from './AttendanceRecordPanel';
export { MemberAttendance } from './MemberAttendance';
