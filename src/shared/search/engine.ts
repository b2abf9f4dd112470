import {
  docKey,
  isRecordKind,
  itemDoc,
  meetingDoc,
  recordDoc,
  type DocKind,
  type DocMeta,
  type IndexDoc,
  type SearchItemInput,
  type SearchMeetingInput,
  type SearchRecordInput,
  type RecordKind,
} from './documents';
import { expandQuery, type TermGroup, type Vocabulary } from './expansion';
import SearchableMap from 'minisearch/SearchableMap';
import { FilterSets } from './filters';
import { WORD_PATTERN, fold } from './normalise';
import { arrangePage, withRecords, type PageLayout } from './page-layout';
import { phrasePairs } from './pair-filter';
import { phraseMatcher } from './phrase';
import { parseQuery, type SearchFilters } from './query';
import { idf, listShard, scoreShard, type Recency, type WeightedGroup } from './scorer';
import { Shard, type ShardSnapshot } from './shard';
import { TopK, type Candidate } from './top-k';
import { TypoIndex } from './typo-index';

/** Returns the searchable text of a document (see itemText/meetingText), or undefined if unknown. */
export type TextSource = (kind: DocKind, id: string, meetingId: string) => string | undefined;

export interface SearchEngineOptions {
  /** Needed for quoted phrases, which are checked against the text; the index keeps no text. */
  textOf?: TextSource;
}

/** The layout measured best on the relevance test set (docs/search.md). */
export const DEFAULT_LAYOUT: PageLayout = 'items-first';

export interface SearchRequest {
  filters?: SearchFilters;
  limit?: number;
  /**
   * How meetings' own documents share the page with items (page-layout.ts). The default is the
   * layout measured best; the others are there for the relevance benchmark to compare.
   */
  layout?: PageLayout;
  /** Search the words exactly as typed, correcting none: "search instead for srever". */
  literal?: boolean;
}

export interface SearchHit {
  kind: DocKind;
  id: string;
  boardId: string;
  meetingId: string;
  date: string;
  title: string;
  itemNumber: number;
  score: number;
  /** The indexed terms found in this document: what a snippet should highlight. */
  terms: string[];
}

export interface SearchResponse {
  hits: SearchHit[];
  /** Matching documents. */
  total: number;
  /**
   * True when `total` counts documents with all the words of a phrase, not only those with the
   * phrase itself (those are only checked for the page of hits): "about" that many.
   */
  totalIsEstimate: boolean;
  /** Each query word with the terms searched for it (its corrections or completions). */
  groups: TermGroup[];
  /**
   * The query with each misspelt word replaced by its likeliest correction, for "Showing results
   * for server"; null when no word was corrected.
   */
  correction: string | null;
  phrases: string[][];
}

/** Corrections of a typo rank below exact matches of what was typed… */
const CORRECTION_WEIGHT = 0.6;
/**
 * …and a less likely correction below the likeliest. All of a typo's corrections are weighed by
 * the likeliest one's rarity: by their own, a rare correction would outrank the word meant.
 */
const ALTERNATIVE_WEIGHT = 0.5;
/** Documents whose words cooccurs() checks before it takes a common word as going with the rest. */
const COOCCURRENCE_BUDGET = 20_000;
/** A meeting held now scores up to this much more than one held long ago… */
const RECENCY_WEIGHT = 0.5;
/** …and the bonus halves every this many days. */
const RECENCY_HALF_LIFE_DAYS = 365;
/** Beyond 40 years the bonus is nil anyway. */
const RECENCY_TABLE_DAYS = 40 * 366;
/** Candidates beyond the page whose text is read when the pair filter lets a few wrong ones by. */
const PHRASE_SPARES = 20;
/** compact() rebuilds a year once this share of its document numbers is replaced versions… */
const COMPACT_SHARE = 0.3;
/** …and there are at least this many of them. */
const COMPACT_MINIMUM = 1_000;

/** The input with each corrected word replaced by its likeliest correction, or null if none was. */
function correctedQuery(input: string, groups: readonly TermGroup[]): string | null {
  const replaced = new Map<string, string>();
  for (const group of groups) {
    const best = group.terms[0];
    if (group.corrected && best !== undefined && best !== group.typed) {
      replaced.set(group.typed, best);
    }
  }
  if (replaced.size === 0) return null;
  return input.replace(WORD_PATTERN, (word) => replaced.get(fold(word)) ?? word);
}

function yearOf(date: string): number {
  return Number.parseInt(date.slice(0, 4), 10);
}

/**
 * The archive search index: one inverted index per year of meetings (shard.ts), so each year can
 * be saved and loaded on its own, newest first, and a date filter skips whole years. Scores use
 * document frequencies over the whole archive, so years compare fairly.
 */
export class SearchEngine implements Vocabulary {
  readonly typos = new TypoIndex();
  /**
   * Every term of the archive in MiniSearch's radix tree, which answers "which words start with
   * con…" in one walk, for completing the word being typed. Made on the first completion, from the
   * word counts, and kept up to date after: filling it term by term was a large part of loading a
   * saved year, which should make the newest year searchable as soon as it can.
   */
  private dictionary: SearchableMap<true> | null = null;
  /** Term → documents containing it: a plain map, since it changes with every posting added. */
  private readonly frequencies = new Map<string, number>();
  private readonly shards = new Map<number, Shard>();
  private readonly yearOfKey = new Map<string, number>();
  private readonly filterSets = new FilterSets();
  private readonly changedYears = new Set<number>();
  /**
   * One copy of each person's folded name, board id and date, shared by every document that has
   * it: a meeting lists fifteen attendees, and a saved year's metadata comes back from JSON with a
   * string of its own for each.
   */
  private readonly shared = new Map<string, string>();
  private latestDay = 0;
  private recencyTable: Recency | undefined;
  private readonly textOf: TextSource | undefined;
  private readonly learn = (term: string): void => this.count(term, 1);

  constructor(options: SearchEngineOptions = {}) {
    this.textOf = options.textOf;
  }

  get documentCount(): number {
    return this.yearOfKey.size;
  }

  /** Newest first. */
  get years(): number[] {
    return [...this.shards.keys()].sort((a, b) => b - a);
  }

  /** Adds an item, or replaces the indexed version of it. */
  addItem(item: SearchItemInput): void {
    const { doc, meta } = itemDoc(item);
    this.put(doc, meta);
  }

  addMeeting(meeting: SearchMeetingInput): void {
    const { doc, meta } = meetingDoc(meeting);
    this.put(doc, meta);
  }

  removeItem(id: string): void {
    this.remove(docKey('item', id));
  }

  /** Removes the meeting's own document; its items are removed one by one. */
  removeMeeting(id: string): void {
    this.remove(docKey('meeting', id));
  }

  /** Adds a standing record (standing-records.ts), or replaces the indexed version of it. */
  addRecord(record: SearchRecordInput): void {
    const { doc, meta } = recordDoc(record);
    this.put(doc, meta);
  }

  removeRecord(kind: RecordKind, id: string): void {
    this.remove(docKey(kind, id));
  }

  /** The standing records indexed, with their boards: what a refresh compares against. */
  records(): { kind: RecordKind; id: string; boardId: string }[] {
    const found: { kind: RecordKind; id: string; boardId: string }[] = [];
    for (const [key, year] of this.yearOfKey) {
      if (!key.startsWith('interest:') && !key.startsWith('attendance:')) continue;
      const shard = this.shards.get(year);
      const number = shard?.numberOf(key);
      const meta = number === undefined ? undefined : shard?.metas[number];
      if (meta !== undefined && isRecordKind(meta.kind))
        found.push({ kind: meta.kind, id: meta.id, boardId: meta.boardId });
    }
    return found;
  }

  has(kind: DocKind, id: string): boolean {
    return this.yearOfKey.has(docKey(kind, id));
  }

  search(
    input: string,
    { filters = {}, limit = 20, layout = DEFAULT_LAYOUT, literal = false }: SearchRequest = {},
  ): SearchResponse {
    const query = parseQuery(input);
    const groups = expandQuery(this, query, literal);
    const response: SearchResponse = {
      hits: [],
      total: 0,
      totalIsEstimate: false,
      groups,
      phrases: query.phrases,
      correction: correctedQuery(input, groups),
    };
    if (groups.some((group) => group.terms.length === 0)) return response;
    const keep = this.filterSets.predicate(filters);
    if (groups.length === 0 && keep === null) return response;

    const weighted = this.weigh(groups);
    const phrases = query.phrases.length > 0 && this.textOf !== undefined;
    const phrasePairHashes = phrasePairs(query.phrases);
    const pairs = phrasePairHashes.length === 0 ? null : phrasePairHashes;
    // A few spare candidates make up for the pair filter's rare false positives.
    const size = phrases ? limit + PHRASE_SPARES : limit;
    // Grouping by meeting needs more items than fit on the page: several come from one meeting.
    const top = new TopK(layout === 'by-meeting' ? size * 4 : size);
    const meetings = new TopK(size);
    const records = new TopK(size);
    const shards = this.shardsFor(filters);
    const averageLength = this.averageLength();
    const recency = this.recency();
    shards.forEach((shard, shardIndex) => {
      const search = {
        shard,
        shardIndex,
        groups: weighted,
        averageLength,
        keep,
        pairs,
        recency,
        top,
        meetings,
        records,
      };
      response.total += weighted.length === 0 ? listShard(search) : scoreShard(search);
    });

    let items = top.sorted();
    let meetingDocs = meetings.sorted();
    let recordDocs = records.sorted();
    if (phrases) {
      items = this.withPhrases(items, shards, query.phrases, limit);
      meetingDocs = this.withPhrases(meetingDocs, shards, query.phrases, limit);
      recordDocs = this.withPhrases(recordDocs, shards, query.phrases, limit);
    }
    const placed = (candidate: Candidate) => ({
      candidate,
      score: candidate.score,
      meetingId: shards[candidate.shard]?.metas[candidate.doc]?.meetingId ?? '',
    });
    // A list without words is by date alone, meetings beside their items, newest first.
    const arranged = weighted.length === 0 ? 'by-score' : layout;
    const ranked = withRecords(
      recordDocs.map(placed),
      arrangePage(items.map(placed), meetingDocs.map(placed), limit, arranged),
      limit,
    );
    if (query.phrases.length > 0) {
      // Only the documents that made the page were checked for the phrase.
      response.totalIsEstimate = true;
      if (ranked.length < limit) response.total = ranked.length;
    }
    response.hits = ranked.flatMap(({ candidate }) => {
      const shard = shards[candidate.shard];
      return shard === undefined ? [] : this.hit(shard, candidate, groups);
    });
    return response;
  }

  /**
   * The recency bonus by age in days, tabulated once per newest date, since it multiplies the score
   * of every match of a common word.
   */
  private recency(): Recency {
    if (this.recencyTable?.today !== this.latestDay) {
      const table = new Float64Array(RECENCY_TABLE_DAYS);
      for (let age = 0; age < table.length; age++) {
        table[age] = 1 + RECENCY_WEIGHT * 0.5 ** (age / RECENCY_HALF_LIFE_DAYS);
      }
      this.recencyTable = { today: this.latestDay, table };
    }
    return this.recencyTable;
  }

  /** Documents containing the term in the years loaded (replaced versions count until compacted). */
  docFrequency(term: string): number {
    return this.frequencies.get(term) ?? 0;
  }

  cooccurs(term: string, others: readonly (readonly string[])[]): boolean {
    let budget = COOCCURRENCE_BUDGET;
    for (const shard of this.shards.values()) {
      const postings = shard.postings(term);
      if (postings === undefined) continue;
      for (let i = 0; i < postings.length; i++) {
        const doc = (postings.data[i] ?? 0) >>> 8;
        if (shard.metas[doc] === undefined) continue;
        const all = others.every((terms) =>
          terms.some((other) => shard.postings(other)?.find(doc) !== undefined),
        );
        if (all) return true;
        // A word this common almost surely goes with the others somewhere: no need to prove it.
        if (--budget <= 0) return true;
      }
    }
    return false;
  }

  completions(prefix: string): Map<string, number> {
    const found = new Map<string, number>();
    for (const term of this.prefixDictionary().atPrefix(prefix).keys()) {
      found.set(term, this.frequencies.get(term) ?? 0);
    }
    return found;
  }

  private prefixDictionary(): SearchableMap<true> {
    if (this.dictionary === null) {
      const dictionary = new SearchableMap<true>();
      for (const term of this.frequencies.keys()) dictionary.set(term, true);
      this.dictionary = dictionary;
    }
    return this.dictionary;
  }

  /** One year, compacted, for saving. */
  snapshotYear(year: number): ShardSnapshot | undefined {
    return this.shards.get(year)?.snapshot();
  }

  /** Years changed since the last call, so persistence rewrites only those chunks. */
  takeChangedYears(): number[] {
    const years = [...this.changedYears].sort((a, b) => b - a);
    this.changedYears.clear();
    return years;
  }

  /** Installs a saved year, replacing whatever was indexed for it. */
  installYear(year: number, snapshot: ShardSnapshot): void {
    const previous = this.shards.get(year);
    if (previous !== undefined) this.dropShard(previous);
    const shard = Shard.fromSnapshot(snapshot);
    for (const [term, count] of shard.vocabulary()) this.count(term, count);
    this.shards.set(year, shard);
    shard.metas.forEach((meta, number) => {
      if (meta !== undefined) this.remember(shard.keys[number] ?? '', meta, year);
    });
  }

  private put(doc: IndexDoc, meta: DocMeta): void {
    this.remove(doc.key);
    const year = yearOf(meta.date);
    let shard = this.shards.get(year);
    if (shard === undefined) {
      shard = new Shard();
      this.shards.set(year, shard);
    }
    shard.add(doc, meta, this.learn);
    this.remember(doc.key, meta, year);
    this.changedYears.add(year);
  }

  /**
   * Rebuilds the years where replaced versions have piled up: every edit leaves the old version's
   * postings behind (about a kilobyte). Rebuilding a year takes a second or so on a large archive,
   * so it is not done on the edit path: call it when idle. Returns the years rebuilt.
   */
  compact(): number[] {
    const rebuilt: number[] = [];
    for (const [year, shard] of this.shards) {
      if (shard.deadCount >= COMPACT_MINIMUM && shard.deadCount >= shard.capacity * COMPACT_SHARE) {
        this.installYear(year, shard.snapshot());
        rebuilt.push(year);
      }
    }
    return rebuilt;
  }

  private remove(key: string): void {
    const year = this.yearOfKey.get(key);
    if (year === undefined) return;
    const shard = this.shards.get(year);
    const number = shard?.numberOf(key);
    const meta = number === undefined ? undefined : shard?.metas[number];
    shard?.remove(key);
    this.yearOfKey.delete(key);
    if (meta !== undefined) this.filterSets.remove(key, meta);
    this.changedYears.add(year);
  }

  private share(text: string): string {
    const known = this.shared.get(text);
    if (known !== undefined) return known;
    this.shared.set(text, text);
    return text;
  }

  private remember(key: string, meta: DocMeta, year: number): void {
    meta.people = meta.people.map((person) => this.share(person));
    meta.boardId = this.share(meta.boardId);
    meta.date = this.share(meta.date);
    this.yearOfKey.set(key, year);
    this.filterSets.add(key, meta);
    if (meta.day > this.latestDay) this.latestDay = meta.day;
  }

  private count(term: string, change: number): void {
    const previous = this.frequencies.get(term);
    const count = (previous ?? 0) + change;
    if (count <= 0) {
      this.frequencies.delete(term);
      this.dictionary?.delete(term);
      return;
    }
    this.frequencies.set(term, count);
    if (previous === undefined) {
      this.dictionary?.set(term, true);
      // The typo index only grows: a word whose documents are gone just finds nothing.
      this.typos.add(term);
    }
  }

  private dropShard(shard: Shard): void {
    for (const [term, count] of shard.vocabulary()) this.count(term, -count);
    shard.metas.forEach((meta, number) => {
      const key = shard.keys[number];
      if (meta === undefined || key === undefined) return;
      this.yearOfKey.delete(key);
      this.filterSets.remove(key, meta);
    });
  }

  private shardsFor(filters: SearchFilters): Shard[] {
    const from = filters.from === undefined ? -Infinity : yearOf(filters.from);
    const to = filters.to === undefined ? Infinity : yearOf(filters.to);
    return this.years
      .filter((year) => year >= from && year <= to)
      .flatMap((year) => this.shards.get(year) ?? []);
  }

  private averageLength(): number {
    let documents = 0;
    let length = 0;
    for (const shard of this.shards.values()) {
      documents += shard.liveCount;
      length += shard.liveLength;
    }
    return documents === 0 ? 1 : Math.max(1, length / documents);
  }

  /** BM25 weights from the whole archive's counts; the rarest group is walked first. */
  private weigh(groups: readonly TermGroup[]): WeightedGroup[] {
    let documents = 0;
    for (const shard of this.shards.values()) documents += shard.liveCount;
    return groups
      .map((group) => {
        const terms = group.terms.map((term) => {
          const frequency = this.docFrequency(term);
          return { term, frequency, weight: idf(documents, frequency) };
        });
        const size = terms.reduce((sum, term) => sum + term.frequency, 0);
        if (!group.corrected)
          return { size, terms: terms.map(({ term, weight }) => ({ term, weight })) };
        const likeliest = (terms[0]?.weight ?? 0) * CORRECTION_WEIGHT;
        return {
          size,
          terms: terms.map(({ term }, index) => ({
            term,
            weight: index === 0 ? likeliest : likeliest * ALTERNATIVE_WEIGHT,
          })),
        };
      })
      .sort((a, b) => a.size - b.size);
  }

  private withPhrases(
    ranked: Candidate[],
    shards: readonly Shard[],
    phrases: string[][],
    limit: number,
  ): Candidate[] {
    const textOf = this.textOf;
    if (textOf === undefined) return ranked;
    const matches = phraseMatcher(phrases);
    const kept: Candidate[] = [];
    for (const candidate of ranked) {
      const shard = shards[candidate.shard];
      const meta = shard?.metas[candidate.doc];
      if (meta === undefined) continue;
      const text = textOf(meta.kind, meta.id, meta.meetingId);
      if (text !== undefined && matches(`${meta.title}\n${text}`)) kept.push(candidate);
      // The page is full: the spare candidates were only there to replace false positives.
      if (kept.length >= limit) break;
    }
    return kept;
  }

  private hit(shard: Shard, candidate: Candidate, groups: readonly TermGroup[]): SearchHit[] {
    const meta = shard.metas[candidate.doc];
    if (meta === undefined) return [];
    const terms = groups.flatMap((group) =>
      group.terms.filter((term) => shard.postings(term)?.find(candidate.doc) !== undefined),
    );
    return [
      {
        kind: meta.kind,
        id: meta.id,
        boardId: meta.boardId,
        meetingId: meta.meetingId,
        date: meta.date,
        title: meta.title,
        itemNumber: meta.itemNumber,
        score: candidate.score,
        terms,
      },
    ];
  }
}
