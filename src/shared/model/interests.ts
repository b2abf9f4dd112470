import { z } from 'zod';
import { isoDateSchema, type IsoDate } from './dates';
import { compareMembersForRegister, type Member } from './member';

/**
 * The register of interests, as NHS England's guidance on managing conflicts of interest asks:
 * each member's interests in one of its four categories, dated when declared and when ended,
 * confirmed by the member at least once a year (a "nil return" when they have none), published
 * without what the board keeps back, and checked against each agenda.
 */
export const INTEREST_CATEGORIES = [
  'financial',
  'non-financial-professional',
  'non-financial-personal',
  'indirect',
] as const;
export type InterestCategory = (typeof INTEREST_CATEGORIES)[number];

export const INTEREST_CATEGORY_WORDS: Record<InterestCategory, string> = {
  financial: 'Financial interest',
  'non-financial-professional': 'Non-financial professional interest',
  'non-financial-personal': 'Non-financial personal interest',
  indirect: 'Indirect interest',
};

export const interestSchema = z.object({
  id: z.string().min(1),
  boardId: z.string().min(1),
  memberId: z.string().min(1),
  category: z.enum(INTEREST_CATEGORIES),
  description: z.string(),
  /** The organisation the interest is in, which agendas are checked against. */
  organisation: z.string(),
  declaredOn: isoDateSchema,
  /** Empty while the interest continues. */
  endedOn: z.union([isoDateSchema, z.literal('')]),
  /** False when the board decided the entry is left out of the published register. */
  publish: z.boolean(),
  /** The meeting at which it was declared, when it came from a declaration there. */
  declaredAtMeetingId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Interest = z.infer<typeof interestSchema>;

export type InterestChanges = Partial<
  Pick<Interest, 'category' | 'description' | 'organisation' | 'declaredOn' | 'endedOn' | 'publish'>
>;

/** A member confirming their entries are complete and correct; a nil return declares none. */
export const interestConfirmationSchema = z.object({
  id: z.string().min(1),
  boardId: z.string().min(1),
  memberId: z.string().min(1),
  confirmedOn: isoDateSchema,
  nilReturn: z.boolean(),
  createdAt: z.string(),
});
export type InterestConfirmation = z.infer<typeof interestConfirmationSchema>;

/** Declared on or before `date` and not ended before it. */
export function isInterestCurrentOn(
  interest: Pick<Interest, 'declaredOn' | 'endedOn'>,
  date: IsoDate,
): boolean {
  return interest.declaredOn <= date && (interest.endedOn === '' || interest.endedOn >= date);
}

/** What is wrong with an entry, in words, or null. The end may not come before the declaration. */
export function interestProblem(
  interest: Pick<Interest, 'description' | 'declaredOn' | 'endedOn'>,
): string | null {
  if (interest.description.trim() === '') return 'Describe the interest.';
  if (interest.endedOn !== '' && interest.endedOn < interest.declaredOn)
    return 'The interest cannot end before it was declared.';
  return null;
}

/** The round of confirmations a date falls in: the calendar year, as the board's register is reviewed yearly. */
export interface ConfirmationRound {
  year: number;
  from: IsoDate;
  to: IsoDate;
}

export function confirmationRoundOf(date: IsoDate): ConfirmationRound {
  const year = Number(date.slice(0, 4));
  return { year, from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The member's most recent confirmation, or undefined when they have never confirmed. */
export function lastConfirmation(
  confirmations: readonly InterestConfirmation[],
  memberId: string,
): InterestConfirmation | undefined {
  let latest: InterestConfirmation | undefined;
  for (const confirmation of confirmations) {
    if (confirmation.memberId !== memberId) continue;
    if (
      latest === undefined ||
      confirmation.confirmedOn > latest.confirmedOn ||
      (confirmation.confirmedOn === latest.confirmedOn && confirmation.createdAt > latest.createdAt)
    )
      latest = confirmation;
  }
  return latest;
}

/** Whether the member confirmed their entries within the round. */
export function hasConfirmedIn(
  confirmations: readonly InterestConfirmation[],
  memberId: string,
  round: ConfirmationRound,
): boolean {
  return confirmations.some(
    (each) =>
      each.memberId === memberId && each.confirmedOn >= round.from && each.confirmedOn <= round.to,
  );
}

/** Of `members` (those in office), who has not confirmed in the round, in the order given. */
export function notConfirmedIn<M extends { id: string }>(
  members: readonly M[],
  confirmations: readonly InterestConfirmation[],
  round: ConfirmationRound,
): M[] {
  return members.filter((member) => !hasConfirmedIn(confirmations, member.id, round));
}

/**
 * A nil return says the member has nothing to declare; one made while they have an interest
 * still current on that day contradicts the register, so it is refused with this sentence.
 */
export function nilReturnProblem(
  interests: readonly Interest[],
  memberId: string,
  date: IsoDate,
): string | null {
  const current = interests.filter(
    (interest) => interest.memberId === memberId && isInterestCurrentOn(interest, date),
  );
  if (current.length === 0) return null;
  return `A nil return says there is nothing to declare, but ${current.length === 1 ? 'an interest is' : `${current.length} interests are`} current on that day. End ${current.length === 1 ? 'it' : 'them'} first, or confirm the entries instead.`;
}

/** The entries a published register prints: everything except what the board marked not for publication. */
export function publishedInterests(interests: readonly Interest[]): Interest[] {
  return interests.filter((interest) => interest.publish);
}

/** The member's interests current on `date`, newest declaration first. */
export function currentInterestsOf(
  interests: readonly Interest[],
  memberId: string,
  date: IsoDate,
): Interest[] {
  return interests
    .filter((interest) => interest.memberId === memberId && isInterestCurrentOn(interest, date))
    .sort((a, b) => b.declaredOn.localeCompare(a.declaredOn));
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-GB')
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Names shorter than this ("NHS", "GP") are in too many titles to flag anything useful. */
const SHORTEST_NAME = 4;

/** Whether `text` names `organisation` as whole words, ignoring case, accents and punctuation. */
export function namesOrganisation(text: string, organisation: string): boolean {
  const wanted = fold(organisation);
  if (wanted.replace(/ /g, '').length < SHORTEST_NAME) return false;
  return ` ${fold(text)} `.includes(` ${wanted} `);
}

export interface InterestFlag {
  interest: Interest;
  /** Which text named the organisation: the title, or the papers (reference or notes). */
  foundIn: 'title' | 'papers';
}

/**
 * The interests current on the meeting's date whose organisation an agenda item names, in its
 * title or its papers, for the Chair to see before the meeting.
 */
export function flagsForItem(
  item: { title: string; reference: string; notes: string },
  interests: readonly Interest[],
  date: IsoDate,
): InterestFlag[] {
  const flags: InterestFlag[] = [];
  for (const interest of interests) {
    if (!isInterestCurrentOn(interest, date) || interest.organisation.trim() === '') continue;
    if (namesOrganisation(item.title, interest.organisation))
      flags.push({ interest, foundIn: 'title' });
    else if (namesOrganisation(`${item.reference}\n${item.notes}`, interest.organisation))
      flags.push({ interest, foundIn: 'papers' });
  }
  return flags;
}

/**
 * The standing interests of those present: what the "Declarations of interest" item reads out,
 * member by member in the register's order (the Chair first, then by surname), each member's
 * oldest first.
 */
export function standingInterestsOfPresent(
  interests: readonly Interest[],
  present: readonly Member[],
  date: IsoDate,
): Interest[] {
  const order = new Map(
    [...present].sort(compareMembersForRegister).map((member, index) => [member.id, index]),
  );
  const place = (interest: Interest) => order.get(interest.memberId) ?? order.size;
  return interests
    .filter((interest) => order.has(interest.memberId) && isInterestCurrentOn(interest, date))
    .sort((a, b) => place(a) - place(b) || a.declaredOn.localeCompare(b.declaredOn));
}

/** Whether a declaration made in a meeting is already in the register (from that meeting, same words). */
export function declarationInRegister(
  interests: readonly Interest[],
  declaration: { memberId: string; meetingId: string; interest: string },
): boolean {
  const words = fold(declaration.interest);
  return interests.some(
    (interest) =>
      interest.memberId === declaration.memberId &&
      interest.declaredAtMeetingId === declaration.meetingId &&
      fold(interest.description) === words,
  );
}
