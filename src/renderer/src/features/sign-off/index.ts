/** What the sign-off feature offers the other features; everything else in this folder is its own. */
export { DocumentsPanel } from './DocumentsPanel';
export { IdentitiesPanel } from './IdentitiesPanel';
export { useMeetingLocked } from './use-meeting-locked';
export { PreviousMinutes } from './PreviousMinutes';
export { SignOffPanel } from './SignOffPanel';
