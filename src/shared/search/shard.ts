import { z } from 'zod';
import { requireStoredJson } from '../stored-json';
import { docMetaSchema, type DocMeta, type IndexDoc } from './documents';
import { STOP_WORDS, fold, splitWords } from './normalise';
import { PairFilters, wordHash, type PackedPairFilters } from './pair-filter';
import { COUNT_MASK, MAX_DOCS, PEOPLE_FLAG, Postings, TITLE_FLAG } from './postings';

/**
 * A saved year's documents: an array whose first entry is checked against the schema, so that a
 * year saved in another shape is refused (and the index rebuilt) rather than trusted. Not every
 * entry: checking each costs about 3.5 µs a document in Node (70 ms for a year of 20,000, measured
 * on a loaded machine), more in the page, where the CSP rules out zod's compiled checks, and that
 * lands on the first search after a start. The year is the engine's own output, written whole in
 * one transaction; its length is checked against its keys below.
 */
const savedDocsSchema = z.union([z.tuple([]), z.tuple([docMetaSchema], z.unknown())]);

// Local copies: imported bindings can be property reads in transpiled code, run here per word.
const stopWords = STOP_WORDS;
const foldWord = fold;
const hashWord = wordHash;
const words = splitWords;
const COUNT = COUNT_MASK;

/**
 * A year as saved: the live documents renumbered from 0. Lists of numbers are typed arrays and lists
 * of words are joined strings, which IndexedDB stores and reads back as whole blocks: loading the
 * newest year is then a few copies rather than parsing millions of numbers.
 */
export interface ShardSnapshot {
  /** Document keys, joined by newlines (keys are ids, which hold none). */
  keys: string;
  /** DocMeta[] as JSON. */
  docs: string;
  lengths: Uint32Array;
  pairs: PackedPairFilters;
  /** The terms, joined by newlines (a term is one word). */
  terms: string;
  /** Where each term's list ends in `postings`; it starts where the previous one ends. */
  termEnds: Uint32Array;
  /** Every term's packed entries (see postings.ts), one list after another. */
  postings: Uint32Array;
}

const SEPARATOR = '\n';

/** Shard.kinds' mark of a meeting's own document… */
export const MEETING_DOC = 1;
/** …and of a standing record (an interest, a member's attendance); items are 0. */
export const RECORD_DOC = 2;

function kindCode(meta: DocMeta): number {
  if (meta.kind === 'meeting') return MEETING_DOC;
  return meta.kind === 'item' ? 0 : RECORD_DOC;
}

/**
 * The inverted index of one year of meetings: term → packed posting list (see postings.ts). Prefix
 * completion uses the engine's archive-wide dictionary, not this one.
 */
export class Shard {
  /** A plain map: it is read once per term of every document indexed, and must be fast. */
  private readonly dictionary = new Map<string, Postings>();
  /** Document number → its metadata, or undefined once removed or replaced. */
  readonly metas: (DocMeta | undefined)[] = [];
  readonly keys: string[] = [];
  readonly lengths: number[] = [];
  /**
   * Document number → its meeting's day (as DocMeta.day), beside the metadata rather than read
   * through it: scoring a common word reads it for every match, and a packed array of small integers
   * stays in cache where thousands of metadata objects would not.
   */
  readonly days: number[] = [];
  /**
   * Document number → MEETING_DOC for a meeting's own document, else 0: meetings are ranked in a
   * list of their own (page-layout.ts), decided per match without reading the metadata.
   */
  readonly kinds: number[] = [];
  /**
   * Document number → the Bloom filter of its adjacent word pairs (pair-filter.ts), all of the year's
   * in one buffer. Replaced when a saved year is loaded.
   */
  pairs = new PairFilters();
  private readonly numbers = new Map<string, number>();
  liveCount = 0;
  liveLength = 0;

  /** Document numbers given out, removed ones included: the size of a scoring buffer. */
  get capacity(): number {
    return this.metas.length;
  }

  get deadCount(): number {
    return this.metas.length - this.liveCount;
  }

  /** Indexes a document; `onTerm` hears of each term it contains, once. */
  add(doc: IndexDoc, meta: DocMeta, onTerm: (term: string) => void): void {
    const number = this.metas.length;
    if (number >= MAX_DOCS) throw new Error('Too many documents in one year; compact it first');
    const occurrences = new Map<string, number>();
    let length = 0;
    const hashes: number[] = [];
    const read = (text: string, flag: number): void => {
      for (const token of words(text)) {
        const term = foldWord(token);
        hashes.push(hashWord(term));
        if (stopWords.has(term)) continue;
        length++;
        const value = occurrences.get(term) ?? 0;
        const count = Math.min(COUNT, (value & COUNT) + 1);
        occurrences.set(term, (value & ~COUNT) | flag | count);
      }
    };
    read(doc.title, TITLE_FLAG);
    read(doc.people, PEOPLE_FLAG);
    read(doc.body, 0);
    for (const [term, value] of occurrences) {
      let postings = this.dictionary.get(term);
      if (postings === undefined) {
        postings = new Postings();
        this.dictionary.set(term, postings);
      }
      postings.push(number * 256 + value);
      onTerm(term);
    }
    this.metas.push(meta);
    this.keys.push(doc.key);
    this.lengths.push(length);
    this.days.push(meta.day);
    this.kinds.push(kindCode(meta));
    this.pairs.add(hashes);
    this.numbers.set(doc.key, number);
    this.liveCount++;
    this.liveLength += length;
  }

  /** Marks a document removed; its postings stay until the year is compacted. */
  remove(key: string): boolean {
    const number = this.numbers.get(key);
    if (number === undefined) return false;
    this.numbers.delete(key);
    this.metas[number] = undefined;
    this.pairs.remove(number);
    this.liveCount--;
    this.liveLength -= this.lengths[number] ?? 0;
    return true;
  }

  numberOf(key: string): number | undefined {
    return this.numbers.get(key);
  }

  postings(term: string): Postings | undefined {
    return this.dictionary.get(term);
  }

  /** Documents containing the term, removed ones included until compaction: a good estimate. */
  docFrequency(term: string): number {
    return this.dictionary.get(term)?.length ?? 0;
  }

  /** Each term with the number of postings it has, removed documents' included. */
  *vocabulary(): Generator<[string, number]> {
    for (const [term, postings] of this.dictionary) yield [term, postings.length];
  }

  /** The live documents only, renumbered: saving a year also compacts it. */
  snapshot(): ShardSnapshot {
    const renumber = new Int32Array(this.metas.length).fill(-1);
    const live: number[] = [];
    const docs: DocMeta[] = [];
    const keys: string[] = [];
    this.metas.forEach((meta, number) => {
      if (meta === undefined) return;
      renumber[number] = live.length;
      live.push(number);
      docs.push(meta);
      keys.push(this.keys[number] ?? '');
    });
    let total = 0;
    for (const postings of this.dictionary.values()) total += postings.length;
    const entries = new Uint32Array(total);
    const terms: string[] = [];
    const ends: number[] = [];
    let used = 0;
    for (const [term, postings] of this.dictionary) {
      const start = used;
      for (let i = 0; i < postings.length; i++) {
        const value = postings.data[i] ?? 0;
        const number = renumber[value >>> 8] ?? -1;
        if (number >= 0) entries[used++] = number * 256 + (value & 255);
      }
      if (used === start) continue;
      terms.push(term);
      ends.push(used);
    }
    return {
      keys: keys.join(SEPARATOR),
      docs: JSON.stringify(docs),
      lengths: Uint32Array.from(live, (number) => this.lengths[number] ?? 0),
      pairs: this.pairs.pack(live),
      terms: terms.join(SEPARATOR),
      termEnds: Uint32Array.from(ends),
      postings: entries.slice(0, used),
    };
  }

  static fromSnapshot(snapshot: ShardSnapshot): Shard {
    const shard = new Shard();
    shard.pairs = PairFilters.unpack(snapshot.pairs);
    const what = 'A saved year of the search index';
    // Its first document checked (savedDocsSchema says why not each), and its count against its keys.
    const docs = requireStoredJson(snapshot.docs, savedDocsSchema, what) as DocMeta[];
    const keys = docs.length === 0 ? [] : snapshot.keys.split(SEPARATOR);
    if (keys.length !== docs.length) throw new Error(`${what} is not as Minute Book stores it.`);
    docs.forEach((meta, number) => {
      const key = keys[number] ?? '';
      const length = snapshot.lengths[number] ?? 0;
      shard.metas.push(meta);
      shard.keys.push(key);
      shard.lengths.push(length);
      shard.days.push(meta.day);
      shard.kinds.push(kindCode(meta));
      shard.numbers.set(key, number);
      shard.liveCount++;
      shard.liveLength += length;
    });
    // Each list a view of the one saved buffer: a buffer per word (tens of thousands a year) made
    // loading mostly allocation and garbage collection. A list that grows later moves out.
    const terms = snapshot.termEnds.length === 0 ? [] : snapshot.terms.split(SEPARATOR);
    let start = 0;
    terms.forEach((term, index) => {
      const end = snapshot.termEnds[index] ?? start;
      shard.dictionary.set(term, new Postings(snapshot.postings.subarray(start, end)));
      start = end;
    });
    return shard;
  }
}
