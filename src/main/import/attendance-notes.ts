import { REFERENCE_IN_TEXT, referenceKey } from './item-reference';
import type { AttendeeInput } from './attendance';

/**
 * What an attendance note says about items: "(for item 5)", "(for items 3 and 4)", "(for item
 * QC/24/034)", "(for items TB 23/104–TB 23/106)". Pure.
 */

interface NumberedItem {
  number: number;
  reference: string;
}

/** The numbers of the items a note names, by number or by reference, in the meeting's items. */
export function itemsNamedIn(note: string, items: readonly NumberedItem[]): number[] {
  const forItems = /\bfor\s+(?:the\s+)?(?:items?|minutes?|papers?)?\s*([^;]{1,120})/i.exec(note);
  if (!forItems) return [];
  const named = forItems[1] ?? '';
  const found = new Set<number>();
  for (const reference of named.match(REFERENCE_IN_TEXT) ?? []) {
    const item = items.find(
      (each) => each.reference && referenceKey(each.reference) === referenceKey(reference),
    );
    if (item) found.add(item.number);
  }
  if (found.size === 0 && /\bitems?\b/i.test(note)) {
    for (const number of named.match(/(?<![\d/])\d{1,3}(?![\d/])/g) ?? []) {
      const value = Number(number);
      if (items.some((each) => each.number === value)) found.add(value);
    }
  }
  return [...found].sort((a, b) => a - b);
}

const nameKey = (name: string) => name.trim().toLocaleLowerCase('en-GB').replace(/\s+/g, ' ');

/**
 * "Chair: Dr Jane Roe" and "Present: Dr Jane Roe (Chair), …" name one person: they are kept once,
 * where the lists put them, with the Chair marked.
 */
export function mergeSamePeople(people: readonly AttendeeInput[]): AttendeeInput[] {
  const byName = new Map<string, AttendeeInput>();
  const merged: AttendeeInput[] = [];
  for (const person of people) {
    const key = nameKey(person.name);
    const earlier = byName.get(key);
    if (!earlier) {
      const copy = { ...person };
      byName.set(key, copy);
      merged.push(copy);
      continue;
    }
    earlier.chair = earlier.chair === true || person.chair === true;
    earlier.role = earlier.role || person.role;
    earlier.title = earlier.title || person.title;
    earlier.postNominals = earlier.postNominals || person.postNominals;
    earlier.organisation = earlier.organisation || person.organisation;
    earlier.note = earlier.note || person.note;
  }
  return merged;
}
