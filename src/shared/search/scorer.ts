import type { DocMeta } from './documents';
import { mayContainAt } from './pair-filter';
import { COUNT_MASK, PEOPLE_FLAG, TITLE_FLAG, type Postings } from './postings';
import { MEETING_DOC, RECORD_DOC, type Shard } from './shard';
import type { TopK } from './top-k';

/** A query word's terms with their BM25 weights, computed once over the whole archive. */
export interface WeightedGroup {
  terms: { term: string; weight: number }[];
}

// Local copies: imported bindings can be property reads in transpiled code, in the hottest loop.
const COUNT = COUNT_MASK;
const TITLE = TITLE_FLAG;
const PEOPLE = PEOPLE_FLAG;
const mayContain = mayContainAt;
const K1 = 1.2;
const B = 0.75;
/**
 * A later word's list is searched by leaps (galloping) instead of read through when it is this many
 * times longer than the documents still in the running: "rare common" then costs the rare word's
 * matches, not the common word's.
 */
const GALLOP_RATIO = 8;

/**
 * BM25's inverse document frequency, always above zero. A term's frequency counts replaced versions
 * of documents until their year is compacted, so in a small archive edited often it can pass the
 * number of live documents; it is capped there, or the weight would turn negative and a document
 * with the word in its title would rank last.
 */
export function idf(documents: number, frequency: number): number {
  const capped = Math.min(frequency, documents);
  return Math.log(1 + (documents - capped + 0.5) / (capped + 0.5));
}

/** The recency bonus by age in days (see engine.ts), and the day ages are counted from. */
export interface Recency {
  today: number;
  table: Float64Array;
}

export function recencyBoost(recency: Recency, day: number): number {
  const { table } = recency;
  return table[Math.min(table.length - 1, Math.max(0, recency.today - day))] ?? 1;
}

/** Scratch buffers reused across searches, grown to the largest year. */
class Scratch {
  scores = new Float64Array(0);
  marks = new Uint8Array(0);
  candidates = new Int32Array(0);

  ensure(capacity: number): void {
    if (this.marks.length >= capacity) return;
    const size = Math.max(capacity, this.marks.length * 2);
    this.scores = new Float64Array(size);
    this.marks = new Uint8Array(size);
    this.candidates = new Int32Array(size);
  }
}
const scratch = new Scratch();

export interface ShardSearch {
  shard: Shard;
  shardIndex: number;
  groups: readonly WeightedGroup[];
  averageLength: number;
  keep: ((key: string, meta: DocMeta) => boolean) | null;
  /**
   * The hashes of the phrases' word pairs (pair-filter.ts); null without a phrase. Documents whose
   * filter lacks a pair are dropped as soon as the first word is read, so the other words are only
   * looked up for the few that may hold the phrase.
   */
  pairs: readonly number[] | null;
  recency: Recency;
  /** The best items… */
  top: TopK;
  /** …and, apart, the best meetings' own documents (page-layout.ts)… */
  meetings: TopK;
  /** …and the best standing records (interests, attendance). */
  records: TopK;
}

/** The top-k a document of this kind code (shard.ts) is offered to. */
function topFor(search: ShardSearch, kind: number): TopK {
  if (kind === MEETING_DOC) return search.meetings;
  return kind === RECORD_DOC ? search.records : search.top;
}

/** The term's part of a document's score; one expression so every path adds exactly the same. */
function termScore(value: number, weight: number, length: number, averageLength: number): number {
  const count = value & COUNT;
  const field = 1 + (value & TITLE ? 2 : 0) + (value & PEOPLE ? 1 : 0);
  const norm = K1 * (1 - B + (B * length) / averageLength);
  return weight * field * ((count * (K1 + 1)) / (count + norm));
}

/** The first index at or after `from` whose document is `doc` or later: leaps, then halves. */
function seek(postings: Postings, from: number, doc: number): number {
  const data = postings.data;
  const end = postings.length;
  let low = from;
  let step = 1;
  let high = from;
  while (high < end && (data[high] ?? 0) >>> 8 < doc) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  if (high > end) high = end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((data[middle] ?? 0) >>> 8 < doc) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The loops below are small separate functions on purpose: each keeps its own type feedback, so a
 * query that takes a path for the first time (a second word, galloping, a filter, a phrase) does not
 * throw the optimised code of the common path away in the middle of a search.
 */

/** The first group's live documents become the candidates, scored. Returns how many. */
function scanFirst(
  shard: Shard,
  group: WeightedGroup,
  averageLength: number,
  scores: Float64Array,
  marks: Uint8Array,
  candidates: Int32Array,
): number {
  const lengths = shard.lengths;
  const metas = shard.metas;
  let count = 0;
  for (const { term, weight } of group.terms) {
    const postings = shard.postings(term);
    if (postings === undefined) continue;
    const data = postings.data;
    const end = postings.length;
    for (let i = 0; i < end; i++) {
      const value = data[i] ?? 0;
      const doc = value >>> 8;
      if (marks[doc] === 0) {
        if (metas[doc] === undefined) continue;
        marks[doc] = 1;
        candidates[count++] = doc;
      }
      scores[doc] = (scores[doc] ?? 0) + termScore(value, weight, lengths[doc] ?? 0, averageLength);
    }
  }
  return count;
}

/**
 * The first group's live documents whose pair filter may hold the phrases become the candidates,
 * scored: the same as scanFirst then keepPossiblePhrases for a group of one term (each document
 * comes once), without scoring the documents the filter drops. Returns how many.
 */
function scanFirstPhrases(
  shard: Shard,
  term: { term: string; weight: number },
  pairs: readonly number[],
  averageLength: number,
  scores: Float64Array,
  marks: Uint8Array,
  candidates: Int32Array,
): number {
  const postings = shard.postings(term.term);
  if (postings === undefined) return 0;
  const weight = term.weight;
  const lengths = shard.lengths;
  const metas = shard.metas;
  // The year's filters are one buffer, read in place: no array per document to follow.
  const { data: filters, starts, masks } = shard.pairs;
  const data = postings.data;
  const end = postings.length;
  let count = 0;
  for (let i = 0; i < end; i++) {
    const value = data[i] ?? 0;
    const doc = value >>> 8;
    if (metas[doc] === undefined) continue;
    if (!mayContain(filters, starts[doc] ?? 0, masks[doc] ?? 0, pairs)) continue;
    marks[doc] = 1;
    candidates[count++] = doc;
    scores[doc] = (scores[doc] ?? 0) + termScore(value, weight, lengths[doc] ?? 0, averageLength);
  }
  return count;
}

/** Reads a later group's list through, scoring the candidates it holds and marking them. */
function scanLater(
  shard: Shard,
  postings: Postings,
  weight: number,
  index: number,
  averageLength: number,
  scores: Float64Array,
  marks: Uint8Array,
): void {
  const lengths = shard.lengths;
  const data = postings.data;
  const end = postings.length;
  for (let i = 0; i < end; i++) {
    const value = data[i] ?? 0;
    const doc = value >>> 8;
    const mark = marks[doc] ?? 0;
    if (mark !== index && mark !== index + 1) continue;
    marks[doc] = index + 1;
    scores[doc] = (scores[doc] ?? 0) + termScore(value, weight, lengths[doc] ?? 0, averageLength);
  }
}

/** The same by leaps from one candidate (in document order) to the next, for a long list. */
function gallopLater(
  shard: Shard,
  postings: Postings,
  weight: number,
  index: number,
  averageLength: number,
  count: number,
  scratch: Scratch,
): void {
  const { scores, marks, candidates } = scratch;
  const lengths = shard.lengths;
  const data = postings.data;
  let at = 0;
  for (let c = 0; c < count && at < postings.length; c++) {
    const doc = candidates[c] ?? 0;
    at = seek(postings, at, doc);
    const value = data[at] ?? 0;
    if (at < postings.length && value >>> 8 === doc) {
      marks[doc] = index + 1;
      scores[doc] = (scores[doc] ?? 0) + termScore(value, weight, lengths[doc] ?? 0, averageLength);
    }
  }
}

/**
 * The candidates in document order, for galloping: one pass over the year's marks, which costs less
 * than sorting thousands of numbers (a typed array's sort is slow). Returns how many.
 */
function candidatesInOrder(capacity: number): number {
  const { marks, candidates } = scratch;
  let count = 0;
  for (let doc = 0; doc < capacity; doc++) if (marks[doc] !== 0) candidates[count++] = doc;
  return count;
}

/** Keeps the candidates whose pair filter may hold the phrases, clearing the others' scratch. */
function keepPossiblePhrases(shard: Shard, pairs: readonly number[], count: number): number {
  const { scores, marks, candidates } = scratch;
  // The year's filters are one buffer, read in place: no array per document to follow.
  const { data, starts, masks } = shard.pairs;
  let kept = 0;
  for (let c = 0; c < count; c++) {
    const doc = candidates[c] ?? 0;
    if (mayContain(data, starts[doc] ?? 0, masks[doc] ?? 0, pairs)) candidates[kept++] = doc;
    else {
      marks[doc] = 0;
      scores[doc] = 0;
    }
  }
  return kept;
}

/** Keeps the candidates that matched group `index` too, clearing the others' scratch. */
function keepMatched(index: number, count: number, scratch: Scratch): number {
  const { scores, marks, candidates } = scratch;
  let kept = 0;
  for (let c = 0; c < count; c++) {
    const doc = candidates[c] ?? 0;
    if (marks[doc] === index + 1) candidates[kept++] = doc;
    else {
      marks[doc] = 0;
      scores[doc] = 0;
    }
  }
  return kept;
}

/** Offers every candidate to the top-k: the path of a query without filters or phrases. */
function offerAll(search: ShardSearch, count: number): void {
  const { scores, marks, candidates } = scratch;
  const { top, meetings, recency, shardIndex } = search;
  const { days, kinds } = search.shard;
  let threshold = top.threshold;
  let meetingThreshold = meetings.threshold;
  for (let c = 0; c < count; c++) {
    const doc = candidates[c] ?? 0;
    const score = (scores[doc] ?? 0) * recencyBoost(recency, days[doc] ?? 0);
    marks[doc] = 0;
    scores[doc] = 0;
    const kind = kinds[doc] ?? 0;
    if (kind === MEETING_DOC) {
      if (score < meetingThreshold) continue;
      meetings.offer(score, shardIndex, doc);
      meetingThreshold = meetings.threshold;
      continue;
    }
    if (kind === RECORD_DOC) {
      if (score >= search.records.threshold) search.records.offer(score, shardIndex, doc);
      continue;
    }
    if (score < threshold) continue;
    top.offer(score, shardIndex, doc);
    threshold = top.threshold;
  }
}

/** The same through the filters. Returns how many passed them. */
function offerChecked(search: ShardSearch, count: number): number {
  const { scores, marks, candidates } = scratch;
  const { shard, keep, recency, shardIndex } = search;
  const { days, kinds } = shard;
  let matched = 0;
  for (let c = 0; c < count; c++) {
    const doc = candidates[c] ?? 0;
    const score = (scores[doc] ?? 0) * recencyBoost(recency, days[doc] ?? 0);
    marks[doc] = 0;
    scores[doc] = 0;
    if (keep !== null) {
      const meta = shard.metas[doc];
      if (meta === undefined || !keep(shard.keys[doc] ?? '', meta)) continue;
    }
    matched++;
    const top = topFor(search, kinds[doc] ?? 0);
    if (score >= top.threshold) top.offer(score, shardIndex, doc);
  }
  return matched;
}

/**
 * Scores one year's documents that match every group (any term of each) and offers them to the
 * top-k. Groups are visited rarest first. The first group's documents become the candidates; each
 * later group keeps those it also matches (one byte per document says how many groups a document
 * has matched so far), so the candidates only shrink. Returns how many matched.
 */
export function scoreShard(search: ShardSearch): number {
  const { shard, groups, averageLength } = search;
  if (groups.length > 250) throw new Error('Too many words in one query');
  scratch.ensure(shard.capacity);
  const { scores, marks, candidates } = scratch;
  const first = groups[0];
  if (first === undefined) return 0;
  let count: number;
  const only = first.terms.length === 1 ? first.terms[0] : undefined;
  if (search.pairs !== null && only !== undefined) {
    count = scanFirstPhrases(shard, only, search.pairs, averageLength, scores, marks, candidates);
  } else {
    count = scanFirst(shard, first, averageLength, scores, marks, candidates);
    // Several terms (completions, corrections) interleave their documents; galloping needs order.
    if (first.terms.length > 1 && groups.length > 1) count = candidatesInOrder(shard.capacity);
    if (search.pairs !== null) count = keepPossiblePhrases(shard, search.pairs, count);
  }

  for (let index = 1; index < groups.length && count > 0; index++) {
    const group = groups[index];
    if (group === undefined) continue;
    for (const { term, weight } of group.terms) {
      const postings = shard.postings(term);
      if (postings === undefined) continue;
      if (postings.length > count * GALLOP_RATIO) {
        gallopLater(shard, postings, weight, index, averageLength, count, scratch);
      } else scanLater(shard, postings, weight, index, averageLength, scores, marks);
    }
    count = keepMatched(index, count, scratch);
  }

  if (search.keep === null) {
    offerAll(search, count);
    return count;
  }
  return offerChecked(search, count);
}

/** With filters but no words: every live document that passes, ranked by recency alone. */
export function listShard(search: ShardSearch): number {
  let matched = 0;
  search.shard.metas.forEach((meta, doc) => {
    if (meta === undefined) return;
    if (search.keep !== null && !search.keep(search.shard.keys[doc] ?? '', meta)) return;
    matched++;
    const top = topFor(search, search.shard.kinds[doc] ?? 0);
    top.offer(recencyBoost(search.recency, meta.day), search.shardIndex, doc);
  });
  return matched;
}
