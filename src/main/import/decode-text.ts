import { decodeWindows1252 } from './windows-1252';

/**
 * Turns the bytes of a .md or .txt file into text, or says why they are not text. A Word file or a
 * picture renamed to .md must be refused with a clear message, not imported as garbage.
 */

export type DecodedText =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; problem: 'empty' | 'binary'; message: string };

/** More control characters than this, in proportion to the text, is not text. */
const MAX_CONTROL_RATIO = 0.02;
/** In a file that is not UTF-8, more bytes above 0x7F than this is not Western text. */
const MAX_HIGH_RATIO = 0.3;
const UNDEFINED_IN_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
/** Control characters but tab, line feed, form feed and carriage return, and C1 controls besides. */
const ANY_CONTROL = /[^\t\n\f\r\P{Cc}]/u;

/** Control characters other than tab, line feed, form feed and carriage return: a sign of binary. */
function countControls(text: string): number {
  // Most text has none, which one pattern finds far quicker than a loop over every character.
  if (!ANY_CONTROL.test(text)) return 0;
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const allowed = code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
    if ((code < 0x20 && !allowed) || code === 0x7f) count += 1;
  }
  return count;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function tryStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  // Word's "Unicode text" is UTF-16 with a byte-order mark: its NUL bytes are not a sign of binary.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return checked(new TextDecoder(encoding).decode(bytes), []);
  }
  if (bytes.includes(0)) {
    return {
      ok: false,
      problem: 'binary',
      message: 'it is not a text file (it holds binary data; is it a Word or PDF file renamed?)',
    };
  }
  const utf8 = tryStrictUtf8(bytes);
  if (utf8 !== null) return checked(utf8.replace(/^\uFEFF/, ''), []);
  // Not UTF-8. Text in an older Western code page has the odd accented letter or curly quote;
  // binary data is mostly bytes above 0x7F, or uses the ones Windows-1252 leaves undefined.
  const high = bytes.filter((byte) => byte >= 0x80).length;
  const undefinedBytes = bytes.filter((byte) => UNDEFINED_IN_1252.includes(byte)).length;
  if (high / bytes.length > MAX_HIGH_RATIO || undefinedBytes > 0) {
    return {
      ok: false,
      problem: 'binary',
      message: 'it is not a text file (most of it is not readable text)',
    };
  }
  // A few stray bytes: an older Windows file in its own code page, which reads exactly as Windows-1252.
  return checked(decodeWindows1252(bytes), [
    'The file is not UTF-8; it was read as Windows-1252 (Western European).',
  ]);
}

function checked(text: string, warnings: string[]): DecodedText {
  if (text.trim() === '') {
    return { ok: false, problem: 'empty', message: 'the file is empty' };
  }
  const controls = countControls(text);
  if (controls / text.length > MAX_CONTROL_RATIO) {
    return {
      ok: false,
      problem: 'binary',
      message: 'it is not a text file (it holds control characters; is it a binary file renamed?)',
    };
  }
  return { ok: true, text, warnings };
}
