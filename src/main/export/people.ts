import { TextRun } from 'docx';
import { formalName, type Attendee } from '../../shared/model';
import { listInWords } from './wording';

/** "Dr Mark A. Bailey", "Craig R. Shenton, PhD": the same form as the register shows. */
export function personName(person: Pick<Attendee, 'title' | 'name' | 'postNominals'>): string {
  return formalName({
    title: person.title,
    fullName: person.name,
    postNominals: person.postNominals,
  });
}

/** Board members are simply members; other roles (Vice-Chair, Secretary…) are worth saying. */
function roleWorthSaying(attendee: Attendee): string {
  const role = attendee.role.trim();
  if (attendee.status === 'in-attendance') return role;
  return /^(member|chair)$/i.test(role) ? '' : role;
}

/** Whether the person chairing holds the office of Chair, rather than chairing in its absence. */
function isTheChair(attendee: Attendee): boolean {
  return /^chair(man|woman|person)?$/i.test(attendee.role.trim());
}

/** "for item 3", "for items 3 and 4": the items a guest attended. */
function itemsAttended(attendee: Attendee): string {
  if (attendee.items.length === 0) return '';
  const items = listInWords(attendee.items.map(String));
  return `for ${attendee.items.length === 1 ? 'item' : 'items'} ${items}`;
}

/** A note that only says again which items a guest attended ("item 3", "(for item 3)") adds nothing. */
function noteWorthSaying(attendee: Attendee, items: string): string {
  const note = attendee.note
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  const comparable = (text: string) => text.toLowerCase().replace(/^for\s+/, '');
  return items && comparable(note) === comparable(items) ? '' : note;
}

/**
 * One line of an attendance list, as the house style writes it: "Alex Cheung – NHSE/I (Chair)",
 * "Craig R. Shenton, PhD – NHSX, Vice-Chair, in the chair", "Sam Lee – Finance, Analyst (for item 3)".
 */
export function attendeeRuns(attendee: Attendee): TextRun[] {
  let text = personName(attendee);
  if (attendee.organisation.trim()) text += ` – ${attendee.organisation.trim()}`;
  const role = roleWorthSaying(attendee);
  if (role) text += `, ${role}`;
  if (attendee.chair && !isTheChair(attendee)) text += ', in the chair';
  const items = itemsAttended(attendee);
  const note = noteWorthSaying(attendee, items);
  // A note that names the item itself ("for item QC/24/034", as imported minutes write it) says
  // which items the guest attended: the items are not named a second time.
  if (items && !/\bitems?\b/i.test(note)) text += ` (${items})`;
  if (note) text += ` (${note})`;
  const runs = [new TextRun(text)];
  if (attendee.chair && isTheChair(attendee))
    runs.push(new TextRun({ text: ' (Chair)', bold: true }));
  return runs;
}

/** Members who count towards the quorum: secretaries and observers attend without a vote. */
export function countsTowardsQuorum(attendee: Attendee): boolean {
  return attendee.status === 'present' && !/^(secretary|observer)$/i.test(attendee.role.trim());
}
