import { MOJIBAKE_BYTE } from './windows-1252';

/**
 * Mends text that was UTF-8 but was read as Windows-1252 ("Guyâ€™s" for "Guy’s", "Ã©" for "é"),
 * as older minutes pasted between programs often are. Pure, and deliberately cautious: a run of
 * characters is only replaced when its Windows-1252 bytes form one complete, valid UTF-8 character
 * of a kind real minutes contain, so correct text ("Zoë Núñez £5 “quoted”") is never touched.
 */

/**
 * What a mended character may be: Latin letters with their accents, Greek and Cyrillic, typographic
 * punctuation, currency, ™ and №, arrows, maths, shapes and emoji. Anything else (Hangul, CJK) out
 * of Western minutes is far more likely a coincidence of correct accented text than mojibake.
 */
const PLAUSIBLE: readonly (readonly [number, number])[] = [
  [0x00a0, 0x024f],
  [0x0300, 0x04ff],
  [0x2000, 0x22ff],
  [0x2460, 0x27bf],
  [0xfb00, 0xfb06],
  [0x1f300, 0x1faff],
];

function plausible(codePoint: number): boolean {
  return PLAUSIBLE.some(([low, high]) => codePoint >= low && codePoint <= high);
}

/** How many continuation bytes a UTF-8 lead byte announces, or 0 when it cannot start a sequence. */
function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The one character these bytes encode in UTF-8, or null if they are not exactly one valid character. */
function decodeOne(bytes: number[]): string | null {
  let text: string;
  try {
    text = strictUtf8.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
  const chars = [...text];
  const codePoint = chars.length === 1 ? text.codePointAt(0) : undefined;
  return codePoint !== undefined && plausible(codePoint) ? text : null;
}

/** A lead byte 0xC2–0xF4 is one of Â–ô, the only characters a mended sequence can start with. */
const LEAD = /[\u00c2-\u00f4]/g;

/**
 * One pass over the text: each lead character followed by the right continuation characters. Only
 * the places a lead character stands are looked at, and the text between them is copied whole: an
 * accented name in 14 KB of prose must not cost a walk over every character.
 */
function repairOnce(text: string): { text: string; count: number } {
  let out = '';
  let copied = 0;
  let count = 0;
  LEAD.lastIndex = 0;
  for (let found = LEAD.exec(text); found !== null; found = LEAD.exec(text)) {
    const index = found.index;
    const lead = text.charCodeAt(index);
    const needed = continuationCount(lead);
    const bytes = [lead];
    for (let next = 1; next <= needed; next += 1) {
      const byte = MOJIBAKE_BYTE.get(text.charAt(index + next));
      if (byte === undefined || byte < 0x80 || byte > 0xbf) break;
      bytes.push(byte);
    }
    const mended = needed > 0 && bytes.length === needed + 1 ? decodeOne(bytes) : null;
    if (mended === null) continue;
    out += text.slice(copied, index) + mended;
    copied = index + needed + 1;
    count += 1;
    LEAD.lastIndex = copied;
  }
  return { text: copied === 0 ? text : out + text.slice(copied), count };
}

export interface MojibakeRepair {
  text: string;
  /** How many characters were mended; 0 when the text was left as it was. */
  repaired: number;
  /** The first mended word before and after, for a message such as “Guyâ€™s” → “Guy’s”. */
  example?: { before: string; after: string };
}

function firstChangedWord(before: string, after: string): { before: string; after: string } {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start += 1;
  const wordStart = Math.max(before.lastIndexOf(' ', start) + 1, 0);
  const wordOf = (text: string) => text.slice(wordStart).split(/\s/, 1)[0] ?? '';
  return { before: wordOf(before), after: wordOf(after) };
}

/**
 * Repairs mojibake. Text garbled twice over ("Ã¢â‚¬â„¢") is mended by repeating the pass, at most
 * three times, while each pass still finds something to mend.
 */
export function repairMojibake(text: string): MojibakeRepair {
  // Every mojibake sequence starts with a lead byte 0xC2–0xF4, which Windows-1252 reads as Â–ô:
  // text with none of those has nothing to mend, and most files are such text.
  if (!/[\u00c2-\u00f4]/.test(text)) return { text, repaired: 0 };
  let current = text;
  let repaired = 0;
  for (let pass = 0; pass < 3; pass += 1) {
    const { text: next, count } = repairOnce(current);
    if (count === 0) break;
    current = next;
    repaired += count;
  }
  if (repaired === 0) return { text, repaired: 0 };
  return { text: current, repaired, example: firstChangedWord(text, current) };
}
