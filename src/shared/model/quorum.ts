import { z } from 'zod';

export const quorumRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count'), minimum: z.number().int().min(1) }),
  z.object({
    kind: z.literal('fraction'),
    numerator: z.number().int().min(1),
    denominator: z.number().int().min(1),
  }),
]);

export type QuorumRule = z.infer<typeof quorumRuleSchema>;

export const DEFAULT_QUORUM_RULE: QuorumRule = { kind: 'fraction', numerator: 1, denominator: 2 };

/** How many voting members must be present for a meeting to be quorate. */
export function membersRequiredForQuorum(rule: QuorumRule, votingMembersInOffice: number): number {
  switch (rule.kind) {
    case 'count':
      return rule.minimum;
    case 'fraction': {
      const exact = (votingMembersInOffice * rule.numerator) / rule.denominator;
      // A rounding error must never make a meeting quorate one member short.
      return Math.max(1, Math.ceil(exact - 1e-9));
    }
  }
}

export function describeQuorumRule(rule: QuorumRule): string {
  switch (rule.kind) {
    case 'count':
      return `at least ${rule.minimum} ${rule.minimum === 1 ? 'member' : 'members'} present`;
    case 'fraction':
      return `at least ${rule.numerator}/${rule.denominator} of the members in office present`;
  }
}
