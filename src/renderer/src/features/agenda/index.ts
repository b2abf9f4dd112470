/** What the agenda feature offers the other features; everything else in this folder is its own. */
export { AgendaEditor } from './AgendaEditor';
