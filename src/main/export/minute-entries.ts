import {
  recogniseLine,
  type ActionStatus,
  type IsoDate,
  type LeadIn,
  type MeetingFileItem,
  type RecognisedKind,
} from '../../shared/model';

/**
 * A decision or action as the minutes print it: the secretary's sentence with the lead-in they
 * typed, and for an action the owner and due date the app stores with it.
 */
export interface MinuteEntry {
  kind: RecognisedKind;
  leadIn: LeadIn;
  text: string;
  owner: string;
  due: IsoDate | '';
  status: ActionStatus;
  /** 1, 2, 3… among the item's decisions, or among its actions: "NPB/21/07/03 A2". */
  index: number;
}

/** An item's notes cut at each decision and action, so each is printed where it was written. */
export type NotesPart = { kind: 'notes'; markdown: string } | { kind: 'entry'; entry: MinuteEntry };

interface StoredRecord {
  kind: RecognisedKind;
  text: string;
  owner: string;
  due: IsoDate | '';
  status: ActionStatus;
}

/** Case, spacing and punctuation aside: a line and its record often differ by a full stop. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The stored record a recognised line stands for: the same text, then the same words, then a
 * record whose words begin the line's (a line may go on with "(Owner: …; Due: …)").
 */
function takeRecord(
  records: StoredRecord[],
  kind: RecognisedKind,
  text: string,
): StoredRecord | undefined {
  const line = comparable(text);
  const tests: Array<(record: StoredRecord) => boolean> = [
    (record) => record.text.trim() === text.trim(),
    (record) => comparable(record.text) === line,
    (record) => {
      const words = comparable(record.text);
      return words.length >= 12 && (line.startsWith(`${words} `) || words.startsWith(`${line} `));
    },
  ];
  for (const test of tests) {
    const at = records.findIndex((record) => record.kind === kind && test(record));
    if (at >= 0) return records.splice(at, 1)[0];
  }
  return undefined;
}

function storedRecords(item: MeetingFileItem): StoredRecord[] {
  return [
    ...item.decisions.map((decision) => ({
      kind: 'decision' as const,
      text: decision.text,
      owner: '',
      due: '' as const,
      status: 'open' as const,
    })),
    ...item.actions.map((action) => ({ kind: 'action' as const, ...action })),
  ];
}

/**
 * The item's notes with every ACTION:/DECISION: line (as recognition.ts reads them) taken out as an
 * entry in its place, enriched with its stored record; records never written in the notes (added
 * by hand, or imported without their line) follow at the end, so each appears exactly once.
 */
export function notesParts(item: MeetingFileItem): NotesPart[] {
  // The body and the action log both read an item's parts: cut its notes once.
  const cached = cut.get(item);
  if (cached) return cached;
  const parts = cutNotes(item);
  cut.set(item, parts);
  return parts;
}

const cut = new WeakMap<MeetingFileItem, NotesPart[]>();

function cutNotes(item: MeetingFileItem): NotesPart[] {
  const records = storedRecords(item);
  const counts: Record<RecognisedKind, number> = { action: 0, decision: 0 };
  const parts: NotesPart[] = [];
  let prose: string[] = [];
  const flush = () => {
    if (prose.join('').trim()) parts.push({ kind: 'notes', markdown: prose.join('\n') });
    prose = [];
  };
  const entry = (record: Omit<MinuteEntry, 'index'>) => {
    counts[record.kind] += 1;
    parts.push({ kind: 'entry', entry: { ...record, index: counts[record.kind] } });
  };
  for (const line of item.notes.split(/\r?\n/)) {
    const recognised = recogniseLine(line);
    if (!recognised) {
      prose.push(line);
      continue;
    }
    flush();
    const record = takeRecord(records, recognised.kind, recognised.text);
    entry({
      kind: recognised.kind,
      leadIn: recognised.leadIn,
      text: recognised.text,
      owner: record?.owner ?? '',
      due: record?.due ?? '',
      status: record?.status ?? 'open',
    });
  }
  flush();
  for (const record of records) {
    entry({ ...record, leadIn: record.kind === 'action' ? 'Action' : 'Decision' });
  }
  return parts;
}

export function entriesOf(parts: readonly NotesPart[]): MinuteEntry[] {
  return parts.flatMap((part) => (part.kind === 'entry' ? [part.entry] : []));
}

/** "NPB/21/07/03 A2": how a decision or action of an item is cited, in the body and the log. */
export function entryCitation(itemReference: string, entry: Pick<MinuteEntry, 'kind' | 'index'>) {
  return `${itemReference}\u00a0${entry.kind === 'action' ? 'A' : 'D'}${entry.index}`;
}
