/** What the register feature offers the other features; everything else in this folder is its own. */
export { RegisterPanel } from './RegisterPanel';
