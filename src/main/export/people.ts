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

/**
 * One line of an attendance list, as the house style writes it:
 * "Alex Cheung – NHSE/I (Chair)", "Sam Lee – Finance, Minute taker (items 3 and 4)".
 */
export function attendeeRuns(attendee: Attendee): TextRun[] {
  let text = personName(attendee);
  if (attendee.organisation.trim()) text += ` – ${attendee.organisation.trim()}`;
  const role = roleWorthSaying(attendee);
  if (role) text += `, ${role}`;
  if (attendee.items.length > 0) {
    const items = listInWords(attendee.items.map(String));
    text += ` (${attendee.items.length === 1 ? 'item' : 'items'} ${items})`;
  }
  if (attendee.note.trim()) text += ` (${attendee.note.trim()})`;
  const runs = [new TextRun(text)];
  if (attendee.chair) runs.push(new TextRun({ text: ' (Chair)', bold: true }));
  return runs;
}

/** Members who count towards the quorum: secretaries and observers attend without a vote. */
export function countsTowardsQuorum(attendee: Attendee): boolean {
  return attendee.status === 'present' && !/^(secretary|observer)$/i.test(attendee.role.trim());
}
