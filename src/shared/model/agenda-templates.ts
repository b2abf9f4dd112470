import type { AgendaItemKind } from './meeting';

export interface AgendaTemplateItem {
  title: string;
  kind: AgendaItemKind;
  allowanceMinutes: number | null;
}

/** The order most NHS boards and committees follow. */
export const STANDARD_AGENDA: readonly AgendaTemplateItem[] = [
  { title: 'Welcome and apologies', kind: 'welcome', allowanceMinutes: 5 },
  { title: 'Declarations of interest', kind: 'declarations', allowanceMinutes: 5 },
  { title: 'Minutes of the previous meeting', kind: 'previous-minutes', allowanceMinutes: 5 },
  { title: 'Matters arising and action log', kind: 'matters-arising', allowanceMinutes: 10 },
  { title: 'Any other business', kind: 'any-other-business', allowanceMinutes: 10 },
  { title: 'Date of next meeting', kind: 'next-meeting', allowanceMinutes: 5 },
];

/** Where new business goes in a standard agenda: after matters arising, before any other business. */
export function insertionIndexForBusiness(kinds: readonly AgendaItemKind[]): number {
  const closing = kinds.findIndex(
    (kind) => kind === 'any-other-business' || kind === 'next-meeting',
  );
  return closing >= 0 ? closing : kinds.length;
}
