/** What the attendance feature offers the other features; everything else in this folder is its own. */
export { QuorumStatus } from './QuorumStatus';
export { AttendancePanel } from './AttendancePanel';
