/**
 * Windows-1252, the code page of older Western Windows documents. Written out here because
 * Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 control characters instead of
 * “ ” ‘ ’ – — € ™ and the rest, which are exactly the characters that matter in minutes.
 */

/** Bytes 0x80–0x9F; the five Windows-1252 leaves undefined decode to the C1 control of the same value. */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? HIGH.charAt(byte - 0x80) : String.fromCharCode(byte);
  }
  return text;
}

/**
 * The byte each non-ASCII character stands for when UTF-8 was shown as Windows-1252, or as
 * Latin-1 (whose C1 control characters appear in text garbled by the same Node bug).
 */
export const MOJIBAKE_BYTE: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte += 1) map.set(String.fromCharCode(byte), byte);
  for (let index = 0; index < HIGH.length; index += 1) map.set(HIGH.charAt(index), 0x80 + index);
  return map;
})();
