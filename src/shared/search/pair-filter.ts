/**
 * Which pairs of adjacent words a document contains, as a small Bloom filter (about 10 bits for
 * each different pair, 1% false positives). A quoted phrase is first tested against it, which takes nanoseconds, so only
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

/**
 * How many 32-bit words a filter of this many different pairs takes: a power of two (so a bit's
 * position is a mask rather than a division when searching), at least one, the nearest to 10 bits
 * a pair: between 7 and 14, so 0.2% to 3.5% false positives, about 1% on average. Rounding up, and
 * counting "of the" as often as prose repeats it, had made the filters half of what a year of
 * minutes takes in memory.
 */
function filterWords(pairs: number): number {
  let words = 1;
  while (words * 32 * Math.SQRT2 < Math.max(1, pairs) * BITS_PER_PAIR) words *= 2;
  return words;
}

/** The hashes of a text's different adjacent pairs, from the hashes of its words in order. */
function distinctPairs(hashes: readonly number[]): number[] {
  const pairs = new Set<number>();
  for (let i = 1; i < hashes.length; i++) pairs.add(pairHash(hashes[i - 1] ?? 0, hashes[i] ?? 0));
  return [...pairs];
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
  const pairs = distinctPairs(hashes);
  const filter = new Uint32Array(filterWords(pairs.length));
  fillFilter(filter, 0, filter.length, pairs);
  return filter;
}

function fillFilter(
  data: Uint32Array,
  start: number,
  words: number,
  pairs: readonly number[],
): void {
  for (const pair of pairs) setPair(data, start, words, pair);
}

/**
 * A year's pair filters, all in one buffer: document number → where its filter starts and its mask
 * (its size in bits less one; 0 when the document has none, as once removed). Testing a phrase's
 * candidates then reads one typed array in place of a separate small array per document, which were
 * scattered in memory. A removed document's words stay in the buffer until the year is compacted.
 */
/** A year's filters as saved: see PairFilters.pack. */
export interface PackedPairFilters {
  data: Uint32Array;
  words: Uint32Array;
}

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
    const pairs = distinctPairs(hashes);
    const words = filterWords(pairs.length);
    const start = this.reserve(words);
    fillFilter(this.data, start, words, pairs);
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

  /**
   * For saving: the live documents' filters packed end to end, and each one's size in 32-bit words
   * (0 for none). Typed arrays, which IndexedDB stores and reads back as whole blocks.
   */
  pack(docs: readonly number[]): PackedPairFilters {
    const words = new Uint32Array(docs.length);
    let total = 0;
    docs.forEach((doc, index) => {
      const size = ((this.masks[doc] ?? 0) + 1) >>> 5;
      words[index] = size;
      total += size;
    });
    const data = new Uint32Array(total);
    let offset = 0;
    docs.forEach((doc, index) => {
      const size = words[index] ?? 0;
      const start = this.starts[doc] ?? 0;
      data.set(this.data.subarray(start, start + size), offset);
      offset += size;
    });
    return { data, words };
  }

  /** A saved year's filters, copied into one buffer with room for the documents added later. */
  static unpack({ data, words }: PackedPairFilters): PairFilters {
    const filters = new PairFilters(data.length + Math.max(256, data.length >>> 4));
    filters.data.set(data);
    let offset = 0;
    for (let doc = 0; doc < words.length; doc++) {
      const size = words[doc] ?? 0;
      filters.starts.push(offset);
      filters.masks.push(size === 0 ? 0 : size * 32 - 1);
      offset += size;
    }
    filters.used = offset;
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
