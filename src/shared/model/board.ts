import { z } from 'zod';
import { quorumRuleSchema } from './quorum';

export const boardSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  description: z.string(),
  quorum: quorumRuleSchema,
  /**
   * How formal minutes number items, such as "NPB/{yy}/{mm}/{nn}" (minute-reference.ts). Optional:
   * boards stored before it existed use the default made from their name, and need no upgrade.
   */
  minuteReferencePattern: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type Board = z.infer<typeof boardSchema>;

export type BoardChanges = Partial<
  Pick<Board, 'name' | 'description' | 'quorum' | 'minuteReferencePattern'>
>;
