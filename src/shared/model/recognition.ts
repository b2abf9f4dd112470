import type { Member } from './member';

export type RecognisedKind = 'action' | 'decision';

/** The word that marked the line, as minutes write it: "ACTION:", "AGREED:", "RESOLVED that…". */
export type LeadIn = 'Action' | 'Decision' | 'AGREED' | 'RESOLVED' | 'APPROVED';

export interface RecognisedLine {
  kind: RecognisedKind;
  text: string;
  leadIn: LeadIn;
}

/*
 * The forms real minutes use, one line at a time. Every pattern is anchored at the start and each
 * quantifier is bounded or stops at a character the next part cannot match, so even a line of
 * thousands of spaces or asterisks is read in linear time.
 */

/** A list marker or numbering in front of the line: "- ", "• ", "1. ", "(a) ". */
const MARKER = /^[ \t]{0,8}(?:[-*+•·][ \t]{1,4}|\(?(?:\d{1,3}|[a-z])[.)][ \t]{1,4})?/i;

/** "ACTION:", "**Action:**", "Decision –", "AGREED:", "RESOLVED:", "Decided:". */
const LABELLED =
  /^(?:\*\*|__)?(actions?|decisions?|decided|agreed|resolved|approved)(?:\*\*|__)?[ \t]{0,3}(?::|[–—]|-(?=[ \t]))[ \t]{0,3}(?:\*\*|__)?/i;

/** "RESOLVED that …", "It was AGREED that …", "Agreed that …". */
const RESOLVED_THAT = /^(?:it[ \t]{1,3}was[ \t]{1,3})?(resolved|agreed)[ \t]{1,3}(?:that|to)\b/i;

/** "The Board APPROVED …", "The Quality Committee AGREED …": the body, then its verb in capitals. */
const BODY_VERB =
  /^(?:The[ \t]{1,3})?(?:\p{Lu}[\p{L}&'’-]{0,40}[ \t]{1,3}){1,5}(APPROVED|AGREED|RESOLVED|RATIFIED|ENDORSED|DECIDED)\b/u;

const LEAD_IN: Record<string, LeadIn> = {
  action: 'Action',
  actions: 'Action',
  decision: 'Decision',
  decisions: 'Decision',
  decided: 'Decision',
  agreed: 'AGREED',
  resolved: 'RESOLVED',
  approved: 'APPROVED',
};

/** Cheap test before the patterns: a line naming none of these words holds no action or decision. */
const MAY_RECOGNISE = /action|decision|decided|agreed|resolved|approved|ratified|endorsed/i;

export function mayHoldRecognisedLine(line: string): boolean {
  return MAY_RECOGNISE.test(line);
}

/** Bold around the whole line ("**ACTION: Ann to write**") is taken off with the marker. */
function withoutClosingBold(text: string, opened: boolean): string {
  const trimmed = text.trim();
  return opened && /(\*\*|__)$/.test(trimmed) ? trimmed.slice(0, -2).trim() : trimmed;
}

/** The action or decision one line of minutes records, or undefined for any other line. */
export function recogniseLine(line: string): RecognisedLine | undefined {
  if (!mayHoldRecognisedLine(line)) return undefined;
  const body = line.slice(MARKER.exec(line)?.[0].length ?? 0);
  const labelled = LABELLED.exec(body);
  if (labelled) {
    const word = (labelled[1] ?? '').toLowerCase();
    const leadIn = LEAD_IN[word] ?? 'Decision';
    const text = withoutClosingBold(body.slice(labelled[0].length), /^(\*\*|__)/.test(body));
    if (!text) return undefined;
    return { kind: leadIn === 'Action' ? 'action' : 'decision', text, leadIn };
  }
  const plain = withoutClosingBold(body.replace(/^(\*\*|__)/, ''), /^(\*\*|__)/.test(body));
  const resolved = RESOLVED_THAT.exec(plain);
  if (resolved) {
    const leadIn = (resolved[1] ?? '').toLowerCase() === 'agreed' ? 'AGREED' : 'RESOLVED';
    return { kind: 'decision', text: plain, leadIn };
  }
  const bodyVerb = BODY_VERB.exec(plain);
  if (bodyVerb) {
    const verb = bodyVerb[1] ?? '';
    const leadIn: LeadIn = verb === 'AGREED' || verb === 'RESOLVED' ? verb : 'APPROVED';
    return { kind: 'decision', text: plain, leadIn };
  }
  return undefined;
}

/** The actions and decisions written in an item's notes, in the order they appear. */
export function recogniseLines(notes: string): RecognisedLine[] {
  const found: RecognisedLine[] = [];
  for (const line of notes.split(/\r?\n/)) {
    const recognised = recogniseLine(line);
    if (recognised) found.push(recognised);
  }
  return found;
}

const TITLE_WORD = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Cllr|Rev|Revd)\.?$/;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]{0,30}|\p{Lu}\.|de|van|von|der|da|di|du|le|la|bin|al)$/u;

/** "Dr Jane Roe", "Chiamaka Okonkwo-Ndiaye", "Chair": a few capitalised words, as names are written. */
function looksLikeOwner(words: readonly string[]): boolean {
  return (
    words.length >= 1 &&
    words.length <= 6 &&
    /^\p{Lu}/u.test(words[0] ?? '') &&
    words.every((word) => TITLE_WORD.test(word) || NAME_WORD.test(word))
  );
}

/** Words that start "… to do X" without naming anyone. */
const NOT_AN_OWNER =
  /^(?:all|all members|everyone|everybody|members|each|it|this|we|they|action|decision)$/i;

/** "Craig and Alex": the first named owns it. "The Chair": the role. */
function ownerFrom(phrase: string): string {
  const first = phrase.split(/\s(?:and|&)\s|\/|,/)[0] ?? '';
  const words = first
    .trim()
    .replace(/^the\s/i, '')
    .split(/\s+/)
    .filter(Boolean);
  return looksLikeOwner(words) && !NOT_AN_OWNER.test(words.join(' ')) ? words.join(' ') : '';
}

/** "Owner: X", "Lead: X", "Responsible: X", "(Owner: X; Due: …)". */
const OWNER_LABEL =
  /(?<![\p{L}])(?:owner|lead|responsible|action(?:ed)?[ \t]by|who)[ \t]{0,3}:[ \t]{0,3}([^;()\n|–—]{1,80})/iu;
/** "Ann Shah – circulate the paper – by 19/07/2024": the owner first, set off by a dash. */
const OWNER_DASH = /^([^–—:;()]{1,60}?)[ \t]{1,3}(?:[–—]|-(?=[ \t]))[ \t]{0,3}\S/u;
/** "Chiamaka Okonkwo-Ndiaye to present …": the owner, then what they are to do. */
const OWNER_TO = /^([^:;()]{1,60}?)[ \t]{1,3}to[ \t]{1,3}\p{Ll}/u;

/**
 * The owner an action's text names, as written ("Chiamaka Okonkwo-Ndiaye", "Dr Jane Roe"), for
 * minutes whose people are not yet in any register; '' when it names none. `recogniseOwner` finds
 * a register member in the same text.
 */
export function recogniseActionOwner(text: string): string {
  const labelled = OWNER_LABEL.exec(text);
  if (labelled) {
    const owner = ownerFrom((labelled[1] ?? '').replace(/\b(?:due|by)\b.*$/i, ''));
    if (owner) return owner;
  }
  const trimmed = text.trim();
  for (const pattern of [OWNER_DASH, OWNER_TO]) {
    const match = pattern.exec(trimmed);
    const owner = match ? ownerFrom(match[1] ?? '') : '';
    if (owner) return owner;
  }
  return '';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Each name's pattern, made once: an import asks for the same few names in every action of
 * thousands of files, and compiling a Unicode pattern costs far more than running it.
 */
const namePatterns = new Map<string, RegExp>();
const NAME_PATTERNS_KEPT = 2_000;

function namePattern(name: string): RegExp {
  let pattern = namePatterns.get(name);
  if (!pattern) {
    if (namePatterns.size >= NAME_PATTERNS_KEPT) namePatterns.clear();
    pattern = new RegExp(`(^|[^\\p{L}])${escapeRegExp(name)}(?=$|[^\\p{L}])`, 'iu');
    namePatterns.set(name, pattern);
  }
  return pattern;
}

function positionOf(name: string, text: string): number {
  const trimmed = name.trim();
  if (!trimmed) return -1;
  const match = namePattern(trimmed).exec(text);
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
  // How many people share each first name and each surname, counted once rather than per person.
  const counts = { first: new Map<string, number>(), last: new Map<string, number>() };
  for (const part of parts) {
    for (const key of ['first', 'last'] as const) {
      const word = part[key].toLowerCase();
      counts[key].set(word, (counts[key].get(word) ?? 0) + 1);
    }
  }
  const unique = (key: 'first' | 'last', value: string) =>
    counts[key].get(value.toLowerCase()) === 1;
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
