/** What the actions feature offers the other features; everything else in this folder is its own. */
export { ActionLog } from './ActionLog';
export { ActionFields, withUpdate } from './ActionFields';
