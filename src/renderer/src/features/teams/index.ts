/** What the teams feature offers the other features; everything else in this folder is its own. */
export { TeamsPanel } from './TeamsPanel';
