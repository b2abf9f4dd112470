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

/** How many 32-bit words a filter of this many hashed words takes: a power of two, at least one. */
function filterWords(hashCount: number): number {
  const pairs = Math.max(1, hashCount - 1);
  // A power of two, so a bit's position is a mask rather than a division when searching.
  let words = 1;
  while (words * 32 < pairs * BITS_PER_PAIR) words *= 2;
  return words;
}

/** Sets a pair's bits in the filter of `words` words starting at `start` in `data`. */
function setPair(data: Uint32Array, start: number, words: number, hash: number): void {
  const mask = words * 32 - 1;
  // Double hashing: k positions from two halves of one hash.
  const step = (hash >>> 16) | 1;
  for (let k = 0; k < HASHES; k++) {
    const bit = (hash + k * step) & mask;
    const at = start + (bit >>> 5);
    data[at] = (data[at] ?? 0) | (1 << (bit & 31));
  }
}

export function buildPairFilter(hashes: readonly number[]): Uint32Array {
  const filter = new Uint32Array(filterWords(hashes.length));
  fillFilter(filter, 0, filter.length, hashes);
  return filter;
}

function fillFilter(
  data: Uint32Array,
  start: number,
  words: number,
  hashes: readonly number[],
): void {
  for (let i = 1; i < hashes.length; i++) {
    setPair(data, start, words, pairHash(hashes[i - 1] ?? 0, hashes[i] ?? 0));
  }
}

/**
 * A year's pair filters, all in one buffer: document number → where its filter starts and its mask
 * (its size in bits less one; 0 when the document has none, as once removed). Testing a phrase's
 * candidates then reads one typed array in place of a separate small array per document, which were
 * scattered in memory. A removed document's words stay in the buffer until the year is compacted.
 */
export class PairFilters {
  data: Uint32Array;
  /** Words of `data` in use. */
  used = 0;
  readonly starts: number[] = [];
  readonly masks: number[] = [];

  constructor(capacity = 256) {
    this.data = new Uint32Array(capacity);
  }

  get count(): number {
    return this.masks.length;
  }

  /** Builds the next document's filter from the hashes of its words, in order. */
  add(hashes: readonly number[]): void {
    const words = filterWords(hashes.length);
    const start = this.reserve(words);
    fillFilter(this.data, start, words, hashes);
    this.starts.push(start);
    this.masks.push(words * 32 - 1);
  }

  /** The document no longer has a filter: it may hold anything (it is not searched either). */
  remove(doc: number): void {
    if (doc < this.masks.length) this.masks[doc] = 0;
  }

  /** A view of the document's filter (empty when it has none), valid until the next add. */
  filter(doc: number): Uint32Array {
    const mask = this.masks[doc] ?? 0;
    const start = this.starts[doc] ?? 0;
    return mask === 0 ? new Uint32Array(0) : this.data.subarray(start, start + ((mask + 1) >>> 5));
  }

  /** False when the document certainly lacks one of the pairs. */
  mayContain(doc: number, pairs: readonly number[]): boolean {
    return mayContainAt(this.data, this.starts[doc] ?? 0, this.masks[doc] ?? 0, pairs);
  }

  private reserve(words: number): number {
    const start = this.used;
    const needed = start + words;
    if (needed > this.data.length) {
      // Grows by half: a built year's buffer then wastes a third at most.
      const grown = new Uint32Array(Math.max(needed, Math.ceil(this.data.length * 1.5)));
      grown.set(this.data.subarray(0, start));
      this.data = grown;
    }
    this.used = needed;
    return start;
  }

  /** A saved year's filters (base64, see encodeFilter), decoded straight into one buffer. */
  static decode(texts: readonly string[]): PairFilters {
    const binaries = texts.map((text) => atob(text));
    let words = 0;
    for (const binary of binaries) words += binary.length >>> 2;
    // Room for the documents added after loading before the buffer has to grow.
    const filters = new PairFilters(words + Math.max(256, words >>> 4));
    const bytes = new Uint8Array(filters.data.buffer);
    let offset = 0;
    for (const binary of binaries) {
      const length = binary.length & ~3;
      for (let i = 0; i < length; i++) bytes[offset + i] = binary.charCodeAt(i);
      filters.starts.push(offset >>> 2);
      filters.masks.push(length === 0 ? 0 : (length >>> 2) * 32 - 1);
      offset += length;
    }
    filters.used = offset >>> 2;
    return filters;
  }
}

/**
 * False when the filter of mask `mask` starting at `start` certainly lacks one of the pairs; true
 * without a filter (mask 0). A tight loop over the year's one buffer.
 */
export function mayContainAt(
  data: Uint32Array,
  start: number,
  mask: number,
  pairs: readonly number[],
): boolean {
  if (mask === 0) return true;
  for (let p = 0; p < pairs.length; p++) {
    const hash = pairs[p] ?? 0;
    const step = (hash >>> 16) | 1;
    for (let k = 0; k < HASHES; k++) {
      const bit = (hash + k * step) & mask;
      if (((data[start + (bit >>> 5)] ?? 0) & (1 << (bit & 31))) === 0) return false;
    }
  }
  return true;
}

/** The hashes of every adjacent pair of words in the phrases, computed once per search. */
export function phrasePairs(phrases: readonly (readonly string[])[]): number[] {
  return phrases.flatMap((words) =>
    words.slice(1).map((word, index) => pairHash(wordHash(words[index] ?? ''), wordHash(word))),
  );
}

/** For saving: the filter's bytes as base64. */
export function encodeFilter(filter: Uint32Array): string {
  const bytes = new Uint8Array(filter.buffer, filter.byteOffset, filter.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i] ?? 0);
  return btoa(binary);
}
