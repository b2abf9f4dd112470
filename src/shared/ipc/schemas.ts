import { z } from 'zod';

export const emptyRequestSchema = z.object({}).strict();

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** Where the app keeps its database, backups and keys, so the user can back it up by hand. */
  dataFolder: z.string(),
  runtime: z.string(),
  platform: z.string(),
});

export type AppInfo = z.infer<typeof appInfoSchema>;
