import { personKey, type DocMeta } from './documents';
import type { SearchFilters } from './query';

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([value]));
  else set.add(value);
}

function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set === undefined) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

/**
 * The sets behind the filters, kept up to date as documents come and go, so a filter costs a set
 * lookup per matching document, before ranking, rather than a pass over the results afterwards.
 * Board and date are read from the document's metadata, which ranking reads anyway.
 */
export class FilterSets {
  private readonly open = new Set<string>();
  /** Person → the items they present or own an action in. */
  private readonly involved = new Map<string, Set<string>>();
  /** Person → the meetings they attended. */
  private readonly attended = new Map<string, Set<string>>();

  add(key: string, meta: DocMeta): void {
    if (meta.openActions) this.open.add(key);
    for (const person of meta.people) {
      if (meta.kind === 'meeting') addTo(this.attended, person, meta.meetingId);
      else addTo(this.involved, person, key);
    }
  }

  remove(key: string, meta: DocMeta): void {
    this.open.delete(key);
    for (const person of meta.people) {
      if (meta.kind === 'meeting') removeFrom(this.attended, person, meta.meetingId);
      else removeFrom(this.involved, person, key);
    }
  }

  /** A test for one document, or null when no filter is set. */
  predicate(filters: SearchFilters): ((key: string, meta: DocMeta) => boolean) | null {
    const tests: ((key: string, meta: DocMeta) => boolean)[] = [];
    if (filters.boardIds !== undefined) {
      const boards = new Set(filters.boardIds);
      tests.push((_key, meta) => boards.has(meta.boardId));
    }
    const { from, to } = filters;
    if (from !== undefined) tests.push((_key, meta) => meta.date >= from);
    if (to !== undefined) tests.push((_key, meta) => meta.date <= to);
    if (filters.openActionsOnly === true) tests.push((key) => this.open.has(key));
    if (filters.person !== undefined && filters.person.trim().length > 0) {
      const { items, meetings } = this.involving(filters.person);
      tests.push((key, meta) => items.has(key) || meetings.has(meta.meetingId));
    }
    if (tests.length === 0) return null;
    return (key, meta) => tests.every((test) => test(key, meta));
  }

  /**
   * Everything a person is attached to. Each word typed must begin a word of their name, so
   * "Núñez", "maria nun" and "Dr Núñez" all find "Dr María Núñez".
   */
  private involving(person: string): { items: Set<string>; meetings: Set<string> } {
    const wanted = personKey(person).split(' ');
    const fits = (name: string): boolean => {
      const words = name.split(' ');
      return wanted.every((part) => words.some((word) => word.startsWith(part)));
    };
    const items = new Set<string>();
    const meetings = new Set<string>();
    for (const [name, keys] of this.involved)
      if (fits(name)) for (const key of keys) items.add(key);
    for (const [name, ids] of this.attended) if (fits(name)) for (const id of ids) meetings.add(id);
    return { items, meetings };
  }
}
