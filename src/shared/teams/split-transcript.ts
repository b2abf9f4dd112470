import type { Cue } from './transcript';

export interface AgendaHeading {
  number: number;
  title: string;
}

/** Words too common to tell one agenda item from another. */
const COMMON = new Set(
  'the and for from with into onto about update updates report reports item items of to a an on in at by any other business paper papers meeting minutes previous last next review'.split(
    ' ',
  ),
);

/** What a Chair says when moving the meeting on. */
export const TRANSITION =
  /\b(mov(e|ing) on|next (item|up|on the agenda)|turn(ing)? to|come(s)? to|let'?s (go|move|take|turn|look)|over to|on to item|now to|take item)\b/i;

const ORDINALS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

function keywords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2 && !COMMON.has(word));
}

function phrase(text: string): string {
  return ` ${text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')} `;
}

function mentionsItemNumber(text: string, number: number): boolean {
  for (const match of text.matchAll(/\bitem\s+(?:number\s+)?(\d{1,2}|[a-z]+)\b/gi)) {
    const said = match[1] ?? '';
    const value = /^\d+$/.test(said) ? Number(said) : ORDINALS[said.toLowerCase()];
    if (value === number) return true;
  }
  return false;
}

/** Whether a cue opens the item: its number said, or its title's words with a Chair's "moving on". */
function opens(cue: Cue, heading: AgendaHeading, titleWords: readonly string[]): boolean {
  if (mentionsItemNumber(cue.text, heading.number)) return true;
  // A title of common words only ("Any other business") must be said whole.
  if (titleWords.length === 0) return phrase(cue.text).includes(phrase(heading.title));
  const said = new Set(keywords(cue.text));
  const found = titleWords.filter((word) => said.has(word)).length;
  if (TRANSITION.test(cue.text) && found >= Math.min(1, titleWords.length)) return true;
  return titleWords.length >= 2 && found / titleWords.length >= 2 / 3;
}

/**
 * Where each agenda item starts in the transcript (a cue index, one per heading, never going back):
 * the first item at the start; each later one at the first cue after the previous start that says
 * its number or its title, preferring the Chair's transitions. An item not found starts where the
 * one before it does (so it is empty) and the secretary moves the boundary.
 */
export function findItemStarts(cues: readonly Cue[], headings: readonly AgendaHeading[]): number[] {
  const starts: number[] = [];
  let from = 0;
  headings.forEach((heading, index) => {
    if (index === 0) {
      starts.push(0);
      return;
    }
    const titleWords = keywords(heading.title);
    let found = -1;
    for (let at = from + 1; at < cues.length; at += 1) {
      const cue = cues[at];
      if (cue && opens(cue, heading, titleWords)) {
        found = at;
        break;
      }
    }
    if (found >= 0) from = found;
    starts.push(found >= 0 ? found : from);
  });
  return starts;
}

/** Cue indices of each item, [start, end), from its start to the next item's. */
export function itemRanges(starts: readonly number[], cueCount: number): Array<[number, number]> {
  return starts.map((start, index) => {
    const next = starts.slice(index + 1).find((later) => later > start) ?? cueCount;
    const ownStart = starts.indexOf(start) === index ? start : next;
    return [Math.min(ownStart, next), next];
  });
}

/** Checks boundaries the secretary moved: one per item, each within the transcript, in order. */
export function validStarts(starts: readonly number[], cueCount: number, items: number): boolean {
  return (
    starts.length === items &&
    starts.every(
      (start, index) =>
        Number.isInteger(start) &&
        start >= 0 &&
        start <= cueCount &&
        (index === 0 ? start === 0 : start >= (starts[index - 1] ?? 0)),
    )
  );
}
