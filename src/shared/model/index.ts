export * from './board';
export * from './dates';
export * from './member';
export * from './quorum';
export * from './register';
export * from './meeting-file';
