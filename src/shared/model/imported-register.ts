import type { Attendee, MeetingFile } from './meeting-file';
import { MEMBER_ROLES, type Member, type MemberRole } from './member';
import { personKey } from './person-match';

/**
 * The register a new board starts with when its past minutes are imported: the people the minutes
 * name as present, sending apologies or absent are its members (the one who chaired marked Chair);
 * those in attendance are guests and stay out of the register. The user can leave anyone out or
 * change what they are before anything is saved. Pure.
 */

/** What a person becomes: a member in one of the register's roles, a guest, or left out. */
export type RegisterPlace = MemberRole | 'guest' | 'leave-out';

export interface ProposedPerson {
  /** The same person in every file: see personKey. */
  key: string;
  title: string;
  fullName: string;
  postNominals: string;
  organisation: string;
  /** What the minutes said they are ("Chief Executive"), kept as the member's seat. */
  seat: string;
  /** The place proposed from the minutes, before the user changes it. */
  proposed: RegisterPlace;
  /** How often they were present, sent apologies, were absent or in attendance, over the files. */
  seen: number;
}

const ROLE_WORDS: readonly (readonly [RegExp, MemberRole])[] = [
  [/^(?:vice|deputy)[\s-]?chair/i, 'Vice-Chair'],
  [/^chair/i, 'Chair'],
  [/^(?:board\s+|committee\s+|company\s+)?secretary$|^clerk\b/i, 'Secretary'],
  [/^observer$/i, 'Observer'],
];

function roleOf(person: Attendee): MemberRole {
  if (person.chair) return 'Chair';
  return ROLE_WORDS.find(([pattern]) => pattern.test(person.role.trim()))?.[1] ?? 'Member';
}

function seatOf(person: Attendee): string {
  const role = person.role.trim();
  return (MEMBER_ROLES as readonly string[]).includes(role) ? '' : role;
}

/** Everyone the meetings name, once each, in the order first met, with the place proposed. */
export function proposeRegister(meetings: readonly MeetingFile[]): ProposedPerson[] {
  const byKey = new Map<string, ProposedPerson>();
  for (const meeting of meetings) {
    for (const person of meeting.attendance) {
      const key = personKey(person.name);
      if (!key) continue;
      const member = person.status !== 'in-attendance';
      const place: RegisterPlace = member ? roleOf(person) : 'guest';
      const known = byKey.get(key);
      if (!known) {
        byKey.set(key, {
          key,
          title: person.title,
          fullName: person.name.trim(),
          postNominals: person.postNominals,
          organisation: person.organisation,
          seat: member ? seatOf(person) : '',
          proposed: place,
          seen: 1,
        });
        continue;
      }
      known.seen += 1;
      known.title ||= person.title;
      known.postNominals ||= person.postNominals;
      known.organisation ||= person.organisation;
      // A member in any meeting is a member; the Chair of any meeting is proposed as Chair.
      if (known.proposed === 'guest' && member) known.proposed = place;
      else if (member && place === 'Chair') known.proposed = 'Chair';
      if (member && !known.seat) known.seat = seatOf(person);
    }
  }
  return [...byKey.values()];
}

/** The place chosen for each person: the user's choice, else the one proposed. */
export type RegisterChoices = Readonly<Record<string, RegisterPlace>>;

export function placeOf(person: ProposedPerson, choices: RegisterChoices): RegisterPlace {
  return choices[person.key] ?? person.proposed;
}

export function isMemberPlace(place: RegisterPlace): place is MemberRole {
  return place !== 'guest' && place !== 'leave-out';
}

/** The register's members, as the choices make them, in office from the first meeting on. */
export function membersFromProposal(
  people: readonly ProposedPerson[],
  choices: RegisterChoices,
  board: { boardId: string; termStart: string },
  newId: () => string,
  stamp: string,
): Member[] {
  return people.flatMap((person): Member[] => {
    const place = placeOf(person, choices);
    if (!isMemberPlace(place)) return [];
    return [
      {
        id: newId(),
        boardId: board.boardId,
        title: person.title,
        fullName: person.fullName,
        postNominals: person.postNominals,
        organisation: person.organisation,
        role: place,
        seat: person.seat,
        email: '',
        termStart: board.termStart,
        // The minutes do not say when terms end: the secretary sets it in the register.
        termEnd: '',
        createdAt: stamp,
        updatedAt: stamp,
      },
    ];
  });
}

/**
 * The meeting's attendance as the choices put it: someone made a guest who was "present" attended
 * as a guest; someone made a member who was "in attendance" was present as a member.
 */
export function attendanceAsChosen(
  meeting: MeetingFile,
  people: readonly ProposedPerson[],
  choices: RegisterChoices,
): MeetingFile {
  return attendanceChooser(people, choices)(meeting);
}

/** attendanceAsChosen for many meetings of one board: the places are looked up once. */
export function attendanceChooser(
  people: readonly ProposedPerson[],
  choices: RegisterChoices,
): (meeting: MeetingFile) => MeetingFile {
  const placeByKey = new Map(people.map((person) => [person.key, placeOf(person, choices)]));
  return (meeting) => ({
    ...meeting,
    attendance: meeting.attendance.map((person) => {
      const place = placeByKey.get(personKey(person.name));
      if (!place) return person;
      if (isMemberPlace(place) && person.status === 'in-attendance') {
        return { ...person, status: 'present', items: [] };
      }
      if (!isMemberPlace(place) && person.status === 'present') {
        return { ...person, status: 'in-attendance', chair: false };
      }
      return person;
    }),
  });
}
