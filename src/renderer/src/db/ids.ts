/**
 * Random ids (version 4 UUIDs), so records made on two machines never collide when archives are
 * merged. The random bytes are drawn from the system's generator in blocks rather than one
 * `crypto.randomUUID()` call each: an import of 10,000 meetings makes over half a million ids, and
 * each call went to the system for its 16 bytes (about a tenth of saving's time in the page).
 */

/** 4,096 ids a block: the most `crypto.getRandomValues` fills in one call (65,536 bytes). */
const POOL_BYTES = 65_536;
const pool = new Uint8Array(POOL_BYTES);
let used = POOL_BYTES;

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

export function newId(): string {
  if (used + 16 > POOL_BYTES) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  const at = used;
  used += 16;
  // Each byte is used once, for one id only.
  const byte = (offset: number) => pool[at + offset] ?? 0;
  const hex = (offset: number) => HEX[byte(offset)] ?? '00';
  // RFC 9562 version 4: the version nibble 4, the variant bits 10.
  const version = HEX[(byte(6) & 0x0f) | 0x40] ?? '40';
  const variant = HEX[(byte(8) & 0x3f) | 0x80] ?? '80';
  return (
    hex(0) +
    hex(1) +
    hex(2) +
    hex(3) +
    '-' +
    hex(4) +
    hex(5) +
    '-' +
    version +
    hex(7) +
    '-' +
    variant +
    hex(9) +
    '-' +
    hex(10) +
    hex(11) +
    hex(12) +
    hex(13) +
    hex(14) +
    hex(15)
  );
}

export function nowStamp(): string {
  return new Date().toISOString();
}
