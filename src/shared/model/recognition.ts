import type { Member } from './member';

export type RecognisedKind = 'action' | 'decision';

/** The marker the secretary typed, as the minutes should print it ("Action:", "RESOLVED"…). */
export type LeadIn = 'Action' | 'Decision' | 'RESOLVED' | 'AGREED';

export interface RecognisedLine {
  kind: RecognisedKind;
  text: string;
  leadIn: LeadIn;
}

/** An optional list marker, then ACTION: or DECISION: (any case), then the text. */
const LINE =
  /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*)?(action|decision)(?:\*\*)?\s*:\s*(?:\*\*)?\s*(.*?)\s*$/i;

/** The action or decision one line of notes records, if it is such a line. */
export function recogniseLine(line: string): RecognisedLine | undefined {
  const match = LINE.exec(line);
  const kind = match?.[1]?.toLowerCase();
  const text = match?.[2]?.trim() ?? '';
  if (!text) return undefined;
  if (kind === 'action') return { kind, text, leadIn: 'Action' };
  if (kind === 'decision') return { kind, text, leadIn: 'Decision' };
  return undefined;
}

/** The actions and decisions typed in an item's notes, in the order they appear. */
export function recogniseLines(notes: string): RecognisedLine[] {
  return notes.split(/\r?\n/).flatMap((line) => recogniseLine(line) ?? []);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function positionOf(name: string, text: string): number {
  if (!name.trim()) return -1;
  const match = new RegExp(`(^|[^\\p{L}])${escapeRegExp(name.trim())}(?=$|[^\\p{L}])`, 'iu').exec(
    text,
  );
  return match ? match.index + (match[1]?.length ?? 0) : -1;
}

/**
 * The member an action names: a full name first, else a first name or surname that only one member
 * has. When several are named ("Craig and Alex to…"), the first named is the owner.
 */
export function recogniseOwner(
  text: string,
  people: readonly Pick<Member, 'id' | 'fullName'>[],
): string {
  const candidates: Array<{ id: string; at: number; strength: number }> = [];
  const parts = people.map((person) => {
    const words = person.fullName.trim().split(/\s+/).filter(Boolean);
    return {
      id: person.id,
      full: person.fullName,
      first: words[0] ?? '',
      last: words.length > 1 ? (words.at(-1) ?? '') : '',
    };
  });
  const unique = (key: 'first' | 'last', value: string) =>
    parts.filter((part) => part[key].toLowerCase() === value.toLowerCase()).length === 1;
  for (const part of parts) {
    const full = positionOf(part.full, text);
    if (full >= 0) candidates.push({ id: part.id, at: full, strength: 2 });
    for (const key of ['first', 'last'] as const) {
      const at = part[key] && unique(key, part[key]) ? positionOf(part[key], text) : -1;
      if (at >= 0) candidates.push({ id: part.id, at, strength: 1 });
    }
  }
  candidates.sort((a, b) => a.at - b.at || b.strength - a.strength);
  return candidates[0]?.id ?? '';
}

export interface NotesRecord {
  id: string;
  text: string;
}

export interface SyncPlan {
  create: string[];
  update: Array<{ id: string; text: string }>;
  remove: string[];
}

/**
 * Matches the lines now in the notes to the records made from them earlier, so that an edited line
 * updates its record (keeping any corrected owner or due date) rather than replacing it:
 * identical texts pair first, then the rest pair in order.
 */
export function planRecognisedSync(
  lines: readonly string[],
  records: readonly NotesRecord[],
): SyncPlan {
  const unmatchedRecords = [...records];
  const pairs = new Map<number, NotesRecord>();
  lines.forEach((line, index) => {
    const exact = unmatchedRecords.findIndex((record) => record.text === line);
    if (exact >= 0) {
      const [record] = unmatchedRecords.splice(exact, 1);
      if (record) pairs.set(index, record);
    }
  });
  const plan: SyncPlan = { create: [], update: [], remove: [] };
  lines.forEach((line, index) => {
    if (pairs.has(index)) return;
    const record = unmatchedRecords.shift();
    if (record) plan.update.push({ id: record.id, text: line });
    else plan.create.push(line);
  });
  plan.remove = unmatchedRecords.map((record) => record.id);
  return plan;
}
