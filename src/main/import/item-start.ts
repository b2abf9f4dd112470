import { recogniseLine } from '../../shared/model';
import { startsWithReference } from './item-reference';
import type { SourceLine } from './source-lines';

/**
 * Where an agenda item starts in old minutes, and its number and title: a heading ("1. Welcome",
 * or any heading once the items have begun), a numbered point or Word numbered paragraph, or a
 * typed "3. Finance" or "Item 3: Finance". A numbered list inside an item's notes is not items.
 */

export type Mode = 'header' | 'attendance' | 'items';

export interface ItemContext {
  mode: Mode;
  /** The number of the item before, if there is one. */
  lastNumber: number | undefined;
  /** Lists whose first point started an item: their other points are items too. Updated here. */
  itemLists: Set<number>;
}

/** "Item 3: Finance", "3. Finance", "3) Finance", "3 - Finance": an item's number and title. */
const NUMBERED_TITLE = /^(?:item\s+)?(\d{1,3})(?:[.):]|\s+[-–:])\s*(\S.*)$/i;
const ITEM_WORD_TITLE = /^item\s+(\d{1,3})\s+(\S.*)$/i;

function cleanTitle(text: string): string {
  return text.replace(/[\s:]+$/, '').trim();
}

function nextNumber(context: ItemContext, written: number | undefined): number {
  const last = context.lastNumber ?? 0;
  // Word's numbering restarts at 1 in each list mammoth sees, so a number not after the last is counted on.
  return written !== undefined && written > last ? written : last + 1;
}

/** An item's title is a few words; a numbered sentence in the notes is not a title. */
function shortTitle(text: string): boolean {
  return text.length <= 120 && text.split(/\s+/).length <= 16;
}

function fromHeading(text: string, context: ItemContext) {
  if (context.mode === 'header' && !NUMBERED_TITLE.test(text) && !startsWithReference(text)) {
    return null;
  }
  const numbered = NUMBERED_TITLE.exec(text) ?? ITEM_WORD_TITLE.exec(text);
  const title = cleanTitle(numbered ? (numbered[2] ?? '') : text);
  const written = numbered ? Number(numbered[1]) : undefined;
  return title ? { number: nextNumber(context, written), title } : null;
}

function fromNumberedPoint(line: SourceLine, text: string, context: ItemContext) {
  const startsItem =
    line.bold ||
    line.listSize === 1 ||
    context.mode !== 'items' ||
    context.lastNumber === undefined ||
    (line.listId !== undefined && context.itemLists.has(line.listId));
  if (!startsItem || !shortTitle(text)) return null;
  if (line.listId !== undefined) context.itemLists.add(line.listId);
  return { number: nextNumber(context, line.number), title: cleanTitle(text) };
}

/**
 * "WELCOME AND APOLOGIES": once the items have begun, a short line in capitals is the next item's
 * title, as many committees type them. An acronym alone ("NHS") or a marked line is not.
 */
function isCapitalsTitle(text: string): boolean {
  return (
    text.length >= 8 &&
    text.length <= 100 &&
    /^\p{Lu}/u.test(text) &&
    !/\p{Ll}/u.test(text) &&
    !/[:;]/.test(text) &&
    (text.match(/\p{Lu}{2,}/gu) ?? []).length >= 2 &&
    recogniseLine(text) === undefined
  );
}

function fromTypedNumber(line: SourceLine, text: string, context: ItemContext) {
  // "TB 23/101 Chief Executive's report": minutes numbered by reference, in any part of the file.
  if (startsWithReference(text) && shortTitle(text) && !/[.?!]$/.test(text)) {
    return { number: nextNumber(context, undefined), title: cleanTitle(text) };
  }
  if (context.mode === 'items' && isCapitalsTitle(text)) {
    return { number: nextNumber(context, undefined), title: cleanTitle(text) };
  }
  const numbered = NUMBERED_TITLE.exec(text) ?? ITEM_WORD_TITLE.exec(text);
  if (!numbered) return null;
  const number = Number(numbered[1]);
  const title = cleanTitle(numbered[2] ?? '');
  const expected = (context.lastNumber ?? 0) + 1;
  if (!shortTitle(title) || !(line.bold || number === expected || /^item\b/i.test(text))) {
    return null;
  }
  return { number: nextNumber(context, number), title };
}

export function itemStart(
  line: SourceLine,
  context: ItemContext,
): { number: number; title: string } | null {
  if (line.inNoteBlock) return null;
  const text = line.text.trim();
  if (line.kind === 'heading') return fromHeading(text, context);
  if (line.kind === 'numbered' && line.depth === 0) return fromNumberedPoint(line, text, context);
  if (line.kind === 'text') return fromTypedNumber(line, text, context);
  return null;
}
