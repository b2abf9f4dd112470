/**
 * Which pairs of adjacent words a document contains, as a small Bloom filter (about 10 bits a pair,
 * 1% false positives). A quoted phrase is first tested against it, which takes nanoseconds, so only
 * the few documents that may contain the phrase have their text read to make sure. Without it, a
 * phrase of two common words would mean reading thousands of texts.
 */
const BITS_PER_PAIR = 10;
const HASHES = 6;

/** FNV-1a: a fast, well-spread hash of one word. */
export function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) >>> 0;
}

export function buildPairFilter(hashes: readonly number[]): Uint32Array {
  const pairs = Math.max(1, hashes.length - 1);
  // A power of two, so a bit's position is a mask rather than a division when searching.
  let words = 1;
  while (words * 32 < pairs * BITS_PER_PAIR) words *= 2;
  const filter = new Uint32Array(words);
  for (let i = 1; i < hashes.length; i++) {
    setPair(filter, pairHash(hashes[i - 1] ?? 0, hashes[i] ?? 0));
  }
  return filter;
}

function setPair(filter: Uint32Array, hash: number): void {
  const mask = filter.length * 32 - 1;
  // Double hashing: k positions from two halves of one hash.
  const step = (hash >>> 16) | 1;
  for (let k = 0; k < HASHES; k++) {
    const bit = (hash + k * step) & mask;
    filter[bit >>> 5] = (filter[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }
}

function hasPair(filter: Uint32Array, hash: number): boolean {
  const mask = filter.length * 32 - 1;
  const step = (hash >>> 16) | 1;
  for (let k = 0; k < HASHES; k++) {
    const bit = (hash + k * step) & mask;
    if (((filter[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

/** The hashes of every adjacent pair of words in the phrases, computed once per search. */
export function phrasePairs(phrases: readonly (readonly string[])[]): number[] {
  return phrases.flatMap((words) =>
    words.slice(1).map((word, index) => pairHash(wordHash(words[index] ?? ''), wordHash(word))),
  );
}

/** False when the document certainly lacks one of the pairs. */
export function mayContainPairs(
  filter: Uint32Array | undefined,
  pairs: readonly number[],
): boolean {
  if (filter === undefined || filter.length === 0) return true;
  for (let i = 0; i < pairs.length; i++) if (!hasPair(filter, pairs[i] ?? 0)) return false;
  return true;
}

/** For saving: the filter's bytes as base64. */
export function encodeFilter(filter: Uint32Array): string {
  const bytes = new Uint8Array(filter.buffer, filter.byteOffset, filter.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i] ?? 0);
  return btoa(binary);
}

/**
 * A saved year's filters, decoded into one buffer with a view per document: a year has thousands of
 * documents, and a buffer of its own for each made loading a year mostly allocation.
 */
export function decodeFilters(texts: readonly string[]): Uint32Array[] {
  const binaries = texts.map((text) => atob(text));
  let words = 0;
  for (const binary of binaries) words += binary.length >>> 2;
  const buffer = new ArrayBuffer(words * 4);
  const bytes = new Uint8Array(buffer);
  const filters: Uint32Array[] = [];
  let offset = 0;
  for (const binary of binaries) {
    const length = binary.length & ~3;
    for (let i = 0; i < length; i++) bytes[offset + i] = binary.charCodeAt(i);
    filters.push(new Uint32Array(buffer, offset, length >>> 2));
    offset += length;
  }
  return filters;
}
