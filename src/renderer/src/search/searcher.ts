import {
  docKey,
  highlight,
  isRecordKind,
  type RecordKind,
  type DocKind,
  type SearchEngine,
  type SearchFilters,
  type SearchHit,
  type SnippetSegment,
  type TextSource,
} from '@shared/search';
import { LruCache } from './lru-cache';
import type { SearchAnswer, SearchResultView } from './protocol';
import type { RecordReader } from './read-records';

/** Enough for a page of results and the spare candidates a phrase check reads, several times over. */
const TEXT_CACHE_SIZE = 500;
/** A phrase search asks for texts it lacks, which are read and the search run again, at most this often. */
const TEXT_RETRIES = 2;

function matchedWords(...snippets: SnippetSegment[][]): string[] {
  const words = new Map<string, string>();
  for (const segment of snippets.flat()) {
    // "Maternity" in the title and "maternity" in the notes are one word to look for.
    const key = segment.text.toLocaleLowerCase();
    if (segment.match && !words.has(key)) words.set(key, segment.text);
  }
  return [...words.values()];
}

/** A document whose text is wanted; an item's text is read from its meeting's minutes. */
interface TextWanted {
  kind: DocKind;
  id: string;
  meetingId: string;
}

/**
 * Runs searches and builds what a result shows. The engine keeps no text and asks for it
 * synchronously (quoted phrases), so texts come from a small cache; when the engine asked for texts
 * the cache lacked, they are read from the database and the search is run again.
 */
export class Searcher {
  private readonly texts = new LruCache<string, string>(TEXT_CACHE_SIZE);
  private readonly missing = new Map<string, TextWanted>();

  /**
   * `recordText` gives a standing record's text, which the index keeper holds (a record is rebuilt
   * from the whole board, not read alone).
   */
  constructor(
    private readonly reader: RecordReader,
    private readonly recordText: (kind: RecordKind, id: string) => string | undefined = () =>
      undefined,
  ) {}

  readonly textOf: TextSource = (kind, id, meetingId) => {
    if (isRecordKind(kind)) return this.recordText(kind, id);
    const key = docKey(kind, id);
    const text = this.texts.get(key);
    if (text === undefined) this.missing.set(key, { kind, id, meetingId });
    return text;
  };

  /** Drops the cached texts of a meeting that was edited. */
  forget(meetingId: string, itemIds: readonly string[]): void {
    this.texts.delete(docKey('meeting', meetingId));
    for (const id of itemIds) this.texts.delete(docKey('item', id));
  }

  async search(
    engine: SearchEngine,
    query: string,
    filters: SearchFilters,
    limit: number,
    literal = false,
  ): Promise<Omit<SearchAnswer, 'requestId'>> {
    let response = engine.search(query, { filters, limit, literal });
    for (let attempt = 0; attempt < TEXT_RETRIES && this.missing.size > 0; attempt++) {
      await this.load([...this.missing.values()]);
      this.missing.clear();
      response = engine.search(query, { filters, limit, literal });
    }
    this.missing.clear();
    await this.load(response.hits);
    return {
      results: response.hits.map((hit) => this.view(hit)),
      total: response.total,
      totalIsEstimate: response.totalIsEstimate,
      correction: response.correction,
    };
  }

  private view(hit: SearchHit): SearchResultView {
    const text =
      (isRecordKind(hit.kind)
        ? this.recordText(hit.kind, hit.id)
        : this.texts.get(docKey(hit.kind, hit.id))) ?? '';
    const title = highlight(hit.title, hit.terms, { maxLength: 1_000 });
    const snippet = highlight(text, hit.terms);
    return {
      kind: hit.kind,
      id: hit.id,
      boardId: hit.boardId,
      meetingId: hit.meetingId,
      date: hit.date,
      itemNumber: hit.itemNumber,
      title,
      snippet,
      matched: matchedWords(snippet, title),
    };
  }

  /** Reads the texts not cached yet: items in one go, meetings from their attendance. */
  private async load(documents: readonly TextWanted[]): Promise<void> {
    const lacking = documents.filter(
      ({ kind, id }) => this.texts.get(docKey(kind, id)) === undefined,
    );
    const items = lacking.filter((each) => each.kind === 'item');
    const meetings = lacking.filter((each) => each.kind === 'meeting').map((each) => each.id);
    const [itemTexts, meetingTexts] = await Promise.all([
      items.length > 0 ? this.reader.itemTexts(items) : new Map<string, string>(),
      meetings.length > 0 ? this.reader.meetingTexts(meetings) : new Map<string, string>(),
    ]);
    for (const [id, text] of itemTexts) this.texts.set(docKey('item', id), text);
    for (const [id, text] of meetingTexts) this.texts.set(docKey('meeting', id), text);
  }
}
