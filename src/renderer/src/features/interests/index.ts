/** What the interests feature offers the other features; everything else in this folder is its own. */
export { AddDeclarationToRegister } from './AddDeclarationToRegister';
export { StandingInterests } from './StandingInterests';
export { InterestsPanel } from './InterestsPanel';
export { AgendaInterestFlags } from './AgendaInterestFlags';
