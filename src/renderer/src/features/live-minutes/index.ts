/** What the live-minutes feature offers the other features; everything else in this folder is its own. */
export { LiveMinutes } from './LiveMinutes';
