import { z } from 'zod';
import { addDays, isoDateSchema, type IsoDate } from './dates';
import {
  INTEREST_CATEGORIES,
  isInterestCurrentOn,
  lastConfirmation,
  type Interest,
  type InterestConfirmation,
} from './interests';
import { compareMembersForRegister, formalName, isInOfficeOn, type Member } from './member';

/**
 * NHS England's guidance keeps an interest on the published register for six months after it
 * ends, so that a reader can see what a recent decision may have been weighed against.
 */
export const ENDED_INTERESTS_SHOWN_FOR_DAYS = 183;

/** Current on `asOf`, or ended within the last six months. */
export function onRegisterAsOf(
  interest: Pick<Interest, 'declaredOn' | 'endedOn'>,
  asOf: IsoDate,
): boolean {
  if (isInterestCurrentOn(interest, asOf)) return true;
  return (
    interest.endedOn !== '' &&
    interest.endedOn < asOf &&
    interest.endedOn >= addDays(asOf, -ENDED_INTERESTS_SHOWN_FOR_DAYS)
  );
}

const entrySchema = z.object({
  category: z.enum(INTEREST_CATEGORIES),
  description: z.string().max(5000),
  organisation: z.string().max(500),
  declaredOn: isoDateSchema,
  endedOn: z.union([isoDateSchema, z.literal('')]),
  publish: z.boolean(),
});

const registerMemberSchema = z.object({
  name: z.string().max(500),
  role: z.string().max(100),
  organisation: z.string().max(500),
  /** The date of their last confirmation, empty when they have never confirmed. */
  confirmedOn: z.union([isoDateSchema, z.literal('')]),
  nilReturn: z.boolean(),
  entries: z.array(entrySchema).max(1000),
});

/** The register as the Word export prints it: the members in office, each with their entries. */
export const interestsRegisterDocumentSchema = z.object({
  board: z.string().max(500),
  asOf: isoDateSchema,
  audience: z.enum(['internal', 'public']),
  members: z.array(registerMemberSchema).max(2000),
});
export type InterestsRegisterDocument = z.infer<typeof interestsRegisterDocumentSchema>;
export type RegisterMember = InterestsRegisterDocument['members'][number];

/**
 * The register on `asOf`: every member in office that day, in the register's order, with the
 * entries on the register then. For the public, entries the board marked not for publication are
 * left out here, so they never reach the document at all.
 */
export function registerDocument(
  boardName: string,
  members: readonly Member[],
  interests: readonly Interest[],
  confirmations: readonly InterestConfirmation[],
  asOf: IsoDate,
  audience: 'internal' | 'public',
): InterestsRegisterDocument {
  const inOffice = members.filter((member) => isInOfficeOn(member, asOf));
  return {
    board: boardName,
    asOf,
    audience,
    members: [...inOffice].sort(compareMembersForRegister).map((member) => {
      const confirmation = lastConfirmation(confirmations, member.id);
      return {
        name: formalName(member),
        role: member.role,
        organisation: member.organisation,
        confirmedOn: confirmation?.confirmedOn ?? '',
        nilReturn: confirmation?.nilReturn ?? false,
        entries: interests
          .filter(
            (interest) =>
              interest.memberId === member.id &&
              onRegisterAsOf(interest, asOf) &&
              (audience === 'internal' || interest.publish),
          )
          .sort((a, b) => a.declaredOn.localeCompare(b.declaredOn))
          .map(({ category, description, organisation, declaredOn, endedOn, publish }) => ({
            category,
            description,
            organisation,
            declaredOn,
            endedOn,
            publish,
          })),
      };
    }),
  };
}
