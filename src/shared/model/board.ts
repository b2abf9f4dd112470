import { z } from 'zod';
import { quorumRuleSchema } from './quorum';

export const boardSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  description: z.string(),
  quorum: quorumRuleSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type Board = z.infer<typeof boardSchema>;

export type BoardChanges = Partial<Pick<Board, 'name' | 'description' | 'quorum'>>;
