import type { ReportParticipant } from './attendance-report';
import { comparableEmail, comparableName, firstAndLast, nameLabel } from './names';

/** Someone the meeting expects: a register member, or a guest already recorded. */
export interface ExpectedPerson {
  /** The member's id, or the guest's attendance record id. */
  key: string;
  name: string;
  email: string;
  kind: 'member' | 'guest';
}

export interface ParticipantMatch {
  participant: ReportParticipant;
  person: ExpectedPerson | null;
  /** How the match was made, to show the secretary: e-mail is certain, a name less so. */
  by: 'email' | 'name' | '';
  /** What Teams called them when nobody matched: a guest of the meeting or someone external. */
  label: 'guest' | 'external' | '';
}

/**
 * Matches each participant to one expected person: by e-mail first, then by the full name, then by
 * first and last name when only one person has them. Titles, accents, "(Guest)"/"(External)" and
 * the directory's "Surname, First" are ignored. Each person is matched at most once.
 */
export function matchParticipants(
  participants: readonly ReportParticipant[],
  people: readonly ExpectedPerson[],
): ParticipantMatch[] {
  const taken = new Set<string>();
  const results: ParticipantMatch[] = participants.map((participant) => ({
    participant,
    person: null,
    by: '',
    label: nameLabel(participant.name),
  }));

  const claim = (result: ParticipantMatch, person: ExpectedPerson, by: 'email' | 'name') => {
    taken.add(person.key);
    result.person = person;
    result.by = by;
  };

  for (const result of results) {
    const email = comparableEmail(result.participant.email);
    if (!email) continue;
    const person = people.find(
      (each) => !taken.has(each.key) && each.email && comparableEmail(each.email) === email,
    );
    if (person) claim(result, person, 'email');
  }
  const byName = (form: (name: string) => string) => {
    for (const result of results) {
      if (result.person) continue;
      const wanted = form(result.participant.name);
      if (!wanted) continue;
      const candidates = people.filter(
        (each) => !taken.has(each.key) && form(each.name) === wanted,
      );
      const [only] = candidates;
      if (only && candidates.length === 1) claim(result, only, 'name');
    }
  };
  byName(comparableName);
  byName(firstAndLast);
  return results;
}
