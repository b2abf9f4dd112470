import { z } from 'zod';
import { isoDateSchema, type IsoDate } from './dates';

export { formalName, nameWithTitle } from './member-names';

export const MEMBER_ROLES = ['Chair', 'Vice-Chair', 'Member', 'Secretary', 'Observer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Secretaries and observers attend but do not vote, so they do not count towards quorum. */
const VOTING_ROLES: ReadonlySet<MemberRole> = new Set(['Chair', 'Vice-Chair', 'Member']);

export const memberSchema = z.object({
  id: z.string().min(1),
  boardId: z.string().min(1),
  title: z.string(),
  fullName: z.string(),
  postNominals: z.string(),
  organisation: z.string(),
  role: z.enum(MEMBER_ROLES),
  seat: z.string(),
  email: z.string(),
  termStart: isoDateSchema,
  /** Empty while a term has no fixed end. */
  termEnd: z.union([isoDateSchema, z.literal('')]),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type Member = z.infer<typeof memberSchema>;

export type MemberChanges = Partial<
  Pick<
    Member,
    | 'title'
    | 'fullName'
    | 'postNominals'
    | 'organisation'
    | 'role'
    | 'seat'
    | 'email'
    | 'termStart'
    | 'termEnd'
  >
>;

export const DEFAULT_TERM_YEARS = 1;

export type TermStatus = 'in-office' | 'not-started' | 'ended';

export function termStatusOn(
  member: Pick<Member, 'termStart' | 'termEnd'>,
  date: IsoDate,
): TermStatus {
  if (date < member.termStart) return 'not-started';
  if (member.termEnd !== '' && date > member.termEnd) return 'ended';
  return 'in-office';
}

export function isInOfficeOn(
  member: Pick<Member, 'termStart' | 'termEnd'>,
  date: IsoDate,
): boolean {
  return termStatusOn(member, date) === 'in-office';
}

export function isVotingMember(member: Pick<Member, 'role'>): boolean {
  return VOTING_ROLES.has(member.role);
}

const ROLE_ORDER: Record<MemberRole, number> = {
  Chair: 0,
  'Vice-Chair': 1,
  Member: 2,
  Secretary: 3,
  Observer: 4,
};

/** The name a register is sorted by: the last word of the full name ("Mark A. Bailey" → "Bailey"). */
export function surnameOf(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

const byName = (a: string, b: string) =>
  a.localeCompare(b, 'en-GB', { sensitivity: 'base', ignorePunctuation: true });

/**
 * Chair first, then Vice-Chair, members, secretary and observers; by surname within a role, as
 * a register of members is read (then by the whole name, then by who was entered first).
 */
export function compareMembersForRegister(a: Member, b: Member): number {
  return (
    ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
    byName(surnameOf(a.fullName), surnameOf(b.fullName)) ||
    byName(a.fullName, b.fullName) ||
    a.createdAt.localeCompare(b.createdAt)
  );
}
