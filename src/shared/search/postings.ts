/**
 * One term's posting list: for each document containing the term, one 32-bit number packing the
 * document's number in its year (high 24 bits) with how the term occurs there (low 8 bits: the count,
 * capped at 63, and whether it is in the title or the people). Documents only ever get higher numbers,
 * so a list is sorted without sorting. Typed arrays keep 48 million words of minutes in a few
 * hundred megabytes, where objects or maps per posting would take gigabytes.
 */
export const TITLE_FLAG = 64;
export const PEOPLE_FLAG = 128;
export const COUNT_MASK = 63;
/** A year's documents are numbered below this (16.7 million), the room left by the 8 flag bits. */
export const MAX_DOCS = 2 ** 24;

export class Postings {
  data: Uint32Array;
  length: number;

  /** Empty, or over packed entries already decoded (a saved year's list is made at its full size). */
  constructor(data?: Uint32Array) {
    this.data = data ?? new Uint32Array(2);
    this.length = data?.length ?? 0;
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      // By half, not double: a list built word by word then wastes a quarter on average, not
      // a third, and the lists are most of the index.
      const grown = new Uint32Array(Math.ceil(this.data.length * 1.5));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The packed entry of `doc`, or undefined: a binary search, since the list is sorted by doc. */
  find(doc: number): number | undefined {
    let low = 0;
    let high = this.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = this.data[middle] ?? 0;
      const at = value >>> 8;
      if (at === doc) return value;
      if (at < doc) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
}
