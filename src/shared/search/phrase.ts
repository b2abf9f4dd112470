import { fold } from './normalise';

/** A letter, mark or digit outside ASCII: part of a word, as in normalise.ts's WORD_PATTERN. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** Word boundaries of the text being checked, reused from one text to the next. */
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
/** Whether the word has a character outside ASCII, so it must be folded before comparing. */
let foreign = new Uint8Array(1024);

function grow(): void {
  const size = starts.length * 2;
  const s = new Int32Array(size);
  const e = new Int32Array(size);
  const f = new Uint8Array(size);
  s.set(starts);
  e.set(ends);
  f.set(foreign);
  starts = s;
  ends = e;
  foreign = f;
}

/** ASCII letters and digits: tested by code, without a regular expression. */
function asciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
}

/**
 * Splits `text` (already lower case) into words the way splitWords does, recording where each word
 * starts and ends rather than copying it. Returns how many words it found.
 */
function scanWords(text: string): number {
  let count = 0;
  let inWord = false;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let width = 1;
    let word: boolean;
    if (code < 128) word = asciiWordCode(code);
    else {
      // A character beyond the first 65,536 is two code units; test it whole.
      width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
      word = WORD_CHAR.test(text.slice(i, i + width));
    }
    if (word) {
      if (!inWord) {
        if (count === starts.length) grow();
        starts[count] = i;
        inWord = true;
        nonAscii = 0;
      }
      if (code >= 128) nonAscii = 1;
    } else if (inWord) {
      ends[count] = i;
      foreign[count++] = nonAscii;
      inWord = false;
    }
    i += width - 1;
  }
  if (inWord) {
    ends[count] = text.length;
    foreign[count++] = nonAscii;
  }
  return count;
}

function wordIs(text: string, index: number, wanted: string): boolean {
  const start = starts[index] ?? 0;
  const end = ends[index] ?? 0;
  if (foreign[index] === 1) {
    // Most accented words start with a plain letter: compare that before folding the word.
    const code = text.charCodeAt(start);
    if (code < 128 && code !== wanted.charCodeAt(0)) return false;
    return fold(text.slice(start, end)) === wanted;
  }
  return end - start === wanted.length && text.startsWith(wanted, start);
}

function holds(text: string, count: number, phrase: readonly string[]): boolean {
  const first = phrase[0];
  if (first === undefined) return true;
  for (let at = 0; at + phrase.length <= count; at++) {
    if (!wordIs(text, at, first)) continue;
    let k = 1;
    while (k < phrase.length && wordIs(text, at + k, phrase[k] ?? '')) k++;
    if (k === phrase.length) return true;
  }
  return false;
}

/**
 * A test for phrases in a text: each phrase's words in order with only spaces or punctuation between
 * them, words compared folded (so "Núñez" in the text meets "nunez" in the query). Run on every
 * candidate of a page, so it walks the text once by character code instead of building a regular
 * expression per query (costly to compile) or folding the whole text (costly to normalise): only a
 * word with an accent is folded on its own.
 */
export function phraseMatcher(phrases: readonly (readonly string[])[]): (text: string) => boolean {
  return (text) => {
    const lower = text.toLowerCase();
    const count = scanWords(lower);
    return phrases.every((phrase) => holds(lower, count, phrase));
  };
}
