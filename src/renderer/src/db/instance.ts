import { MinuteBookDatabase } from './database';

/** The app's one database connection; tests build their own MinuteBookDatabase instead. */
export const db = new MinuteBookDatabase();
