import type { DocMeta } from './documents';
import { COUNT_MASK, PEOPLE_FLAG, TITLE_FLAG } from './postings';
import type { Shard } from './shard';
import type { TopK } from './top-k';

/** A query word's terms with their BM25 weights, computed once over the whole archive. */
export interface WeightedGroup {
  terms: { term: string; weight: number }[];
}

// Local copies: imported bindings can be property reads in transpiled code, in the hottest loop.
const COUNT = COUNT_MASK;
const TITLE = TITLE_FLAG;
const PEOPLE = PEOPLE_FLAG;
const K1 = 1.2;
const B = 0.75;

/** BM25's inverse document frequency, never negative. */
export function idf(documents: number, frequency: number): number {
  return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
}

/** Scratch buffers reused across searches, grown to the largest year. */
class Scratch {
  scores = new Float64Array(0);
  marks = new Uint8Array(0);

  ensure(capacity: number): void {
    if (this.marks.length >= capacity) return;
    const size = Math.max(capacity, this.marks.length * 2);
    this.scores = new Float64Array(size);
    this.marks = new Uint8Array(size);
  }
}
const scratch = new Scratch();

export interface ShardSearch {
  shard: Shard;
  shardIndex: number;
  groups: readonly WeightedGroup[];
  averageLength: number;
  keep: ((key: string, meta: DocMeta) => boolean) | null;
  /** The phrase pair filter, run only on documents that would make the page. */
  mayMatch: ((shard: Shard, doc: number) => boolean) | null;
  /** Multiplies a document's score, for recency. */
  boost: (meta: DocMeta) => number;
  top: TopK;
}

/**
 * Scores one year's documents that match every group (any term of each) and offers them to the
 * top-k. Groups are visited rarest first; a document is only carried into the next group if it
 * matched all the earlier ones, tracked by one byte per document. Returns how many matched.
 */
export function scoreShard(search: ShardSearch): number {
  const { shard, groups, averageLength } = search;
  if (groups.length > 250) throw new Error('Too many words in one query');
  scratch.ensure(shard.capacity);
  const { scores, marks } = scratch;
  const touched: number[] = [];
  const lengths = shard.lengths;
  const metas = shard.metas;
  for (let index = 0; index < groups.length; index++) {
    const group = groups[index];
    if (group === undefined) continue;
    for (const { term, weight } of group.terms) {
      const postings = shard.postings(term);
      if (postings === undefined) continue;
      const data = postings.data;
      for (let i = 0; i < postings.length; i++) {
        const value = data[i] ?? 0;
        const doc = value >>> 8;
        const mark = marks[doc] ?? 0;
        if (mark === index) {
          if (index === 0) {
            if (metas[doc] === undefined) continue;
            touched.push(doc);
          }
          marks[doc] = index + 1;
        } else if (mark !== index + 1) continue;
        const count = value & COUNT;
        const field = 1 + (value & TITLE ? 2 : 0) + (value & PEOPLE ? 1 : 0);
        const norm = K1 * (1 - B + (B * (lengths[doc] ?? 0)) / averageLength);
        scores[doc] = (scores[doc] ?? 0) + weight * field * ((count * (K1 + 1)) / (count + norm));
      }
    }
  }
  let matched = 0;
  for (const doc of touched) {
    const meta = metas[doc];
    if (
      marks[doc] === groups.length &&
      meta !== undefined &&
      (search.keep === null || search.keep(shard.keys[doc] ?? '', meta))
    ) {
      matched++;
      const score = (scores[doc] ?? 0) * search.boost(meta);
      // The phrase test only runs for documents good enough to make the page.
      if (
        search.top.wouldAccept(score) &&
        (search.mayMatch === null || search.mayMatch(shard, doc))
      ) {
        search.top.offer(score, search.shardIndex, doc);
      }
    }
    marks[doc] = 0;
    scores[doc] = 0;
  }
  return matched;
}

/** With filters but no words: every live document that passes, ranked by recency alone. */
export function listShard(search: ShardSearch): number {
  let matched = 0;
  search.shard.metas.forEach((meta, doc) => {
    if (meta === undefined) return;
    if (search.keep !== null && !search.keep(search.shard.keys[doc] ?? '', meta)) return;
    matched++;
    search.top.offer(search.boost(meta), search.shardIndex, doc);
  });
  return matched;
}
