import {
  SearchEngine,
  docKey,
  loadYearChunk,
  type RecordKind,
  type SearchDocuments,
  serialiseChanges,
  type TextSource,
} from '@shared/search';
import type { MinuteBookDatabase } from '../db/database';
import { meetingsToCatchUp } from './catch-up';
import { RecordReader } from './read-records';
import {
  clearSavedIndex,
  readSavedIndex,
  readSavedYear,
  writeSavedChanges,
  type SavedStart,
  type YearBook,
} from './saved-index';
import type { IndexStatus } from './protocol';

/**
 * Edits stamped up to this long before a save may not have reached the index yet (the app debounces
 * notifications and saves), so a start catches up from this much before the last save.
 */
const CATCH_UP_MARGIN_MS = 2 * 60_000;
/** Saving compacts and writes whole years: after a pause in edits, not on every keystroke. */
const DEFAULT_SAVE_DELAY_MS = 2_000;
/** Meetings read from the database together, and how often a rebuild reports its progress. */
const READ_TOGETHER = 25;

export interface IndexKeeperOptions {
  textOf: TextSource;
  onStatus?: (status: IndexStatus) => void;
  /** Told of every meeting re-indexed, so cached texts of its items can be dropped. */
  onReindexed?: (meetingId: string, itemIds: readonly string[]) => void;
  saveDelayMs?: number;
  now?: () => Date;
  /**
   * Awaited before each saved year after the first: the worker lets a search waiting for it run
   * first, so the newest year answers at once rather than after every older year has loaded.
   */
  beforeNextYear?: () => Promise<void>;
  /** Reads the manifest and the newest year ahead of the database connection, when it can. */
  readStart?: () => Promise<SavedStart | null>;
}

interface Indexed {
  year: number;
  itemIds: string[];
}

function yearOf(date: string): number {
  return Number.parseInt(date.slice(0, 4), 10);
}

/**
 * Owns the search engine in the worker and keeps it in step with the database: loads the saved index
 * newest year first, catches up with edits it missed, rebuilds from the records when the saved index
 * is unusable, re-indexes meetings as they are edited, and saves the years that changed.
 */
export class IndexKeeper {
  engine: SearchEngine;
  private readonly reader: RecordReader;
  /** Meeting id → its year and items, as indexed. */
  private readonly indexed = new Map<string, Indexed>();
  private readonly changedBooks = new Set<number>();
  /** Edits that arrive while the saved index loads wait, since loading a year replaces it whole. */
  private readonly waiting = new Set<string>();
  /** The text of each standing record indexed, by document key: what its result shows. */
  private readonly recordTexts = new Map<string, string>();
  /** Meeting id → its board and attendance stamp (read-records.ts), as last indexed. */
  private readonly attendanceSeen = new Map<string, { boardId: string; stamp: string }>();
  /** Boards whose attendance changed since their standing records were last indexed. */
  private readonly staleBoards = new Set<string>();
  private ready = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: MinuteBookDatabase,
    private readonly options: IndexKeeperOptions,
  ) {
    this.engine = new SearchEngine({ textOf: options.textOf });
    this.reader = new RecordReader(db);
  }

  private report(status: IndexStatus): void {
    this.options.onStatus?.(status);
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Loads or builds the index; resolves once the whole archive is searchable. */
  async start(): Promise<void> {
    this.report({ phase: 'starting', searchableYears: [], pendingYears: [] });
    // An unreadable saved index is only a slower start: it is rebuilt from the records.
    const loaded = await this.load().catch(() => false);
    if (!loaded) await this.rebuild();
    this.ready = true;
    const waiting = [...this.waiting];
    this.waiting.clear();
    if (waiting.length > 0) await this.reindex(waiting);
    this.report({ phase: 'ready', searchableYears: this.engine.years, pendingYears: [] });
    // The register and the attendance summaries are indexed afresh at every start, after the
    // minutes are searchable: they are small, and a saved year cannot tell an interest deleted
    // while the app was closed. Their texts are kept only in memory.
    const boards = (await this.db.boards.toCollection().primaryKeys()).map(String);
    await this.refreshRecords([...boards, ...this.engine.records().map((each) => each.boardId)]);
  }

  /** The text of an indexed standing record, or undefined before the records are indexed. */
  recordText(kind: RecordKind, id: string): string | undefined {
    return this.recordTexts.get(docKey(kind, id));
  }

  /**
   * Indexes the standing records of these boards again (after an interest or a member changed,
   * or a meeting's attendance), removing those that no longer exist.
   */
  refreshRecords(boardIds: readonly string[]): Promise<void> {
    if (!this.ready) return Promise.resolve();
    const run = this.queue.then(() => this.indexRecords(boardIds));
    this.queue = run.catch(() => undefined);
    return run.then(() => {
      this.scheduleSave();
      this.report({ phase: 'ready', searchableYears: this.engine.years, pendingYears: [] });
    });
  }

  private async indexRecords(boardIds: readonly string[]): Promise<void> {
    const boards = new Set(boardIds);
    for (const id of boards) this.staleBoards.delete(id);
    const read = await this.reader.boardRecords([...boards]);
    const kept = new Set<string>();
    for (const records of read.values()) {
      for (const record of records) {
        const key = docKey(record.kind, record.id);
        kept.add(key);
        this.engine.addRecord(record);
        this.recordTexts.set(key, record.text);
      }
    }
    for (const { kind, id, boardId } of this.engine.records()) {
      const key = docKey(kind, id);
      if (!boards.has(boardId) || kept.has(key)) continue;
      this.engine.removeRecord(kind, id);
      this.recordTexts.delete(key);
    }
  }

  private async load(): Promise<boolean> {
    const start = (await this.options.readStart?.().catch(() => null)) ?? null;
    const saved = start?.saved ?? (await readSavedIndex(this.db));
    if (saved === null) return false;
    const loadedYears: number[] = [];
    for (const [index, year] of saved.years.entries()) {
      if (index > 0) await this.options.beforeNextYear?.();
      const { chunk, book } =
        index === 0 && start?.newest !== undefined
          ? start.newest
          : await readSavedYear(this.db, year);
      loadYearChunk(this.engine, chunk);
      for (const [meetingId, itemIds] of Object.entries(book))
        this.indexed.set(meetingId, { year, itemIds });
      loadedYears.push(year);
      this.report({
        phase: 'loading',
        searchableYears: [...loadedYears],
        pendingYears: saved.years.slice(index + 1),
      });
    }
    this.engine.takeChangedYears();
    const since = new Date(Date.parse(saved.savedAt) - CATCH_UP_MARGIN_MS).toISOString();
    const stale = await meetingsToCatchUp(this.db, since, this.indexed);
    await this.indexMeetings([...stale]);
    if (stale.size > 0) this.scheduleSave();
    return true;
  }

  private async rebuild(): Promise<void> {
    this.engine = new SearchEngine({ textOf: this.options.textOf });
    this.indexed.clear();
    this.recordTexts.clear();
    this.changedBooks.clear();
    await clearSavedIndex(this.db);
    const meetings = await this.db.meetings.toArray();
    // Newest first, so the meetings people look for most are searchable soonest.
    meetings.sort((a, b) => b.date.localeCompare(a.date));
    await this.indexMeetings(
      meetings.map((meeting) => meeting.id),
      (indexed) =>
        this.report({
          phase: 'building',
          searchableYears: this.engine.years,
          pendingYears: [],
          indexedMeetings: indexed,
          totalMeetings: meetings.length,
        }),
    );
    await this.save();
  }

  /** Re-reads these meetings from the database and indexes them again, one batch at a time. */
  reindex(meetingIds: readonly string[]): Promise<void> {
    if (!this.ready) {
      for (const id of meetingIds) this.waiting.add(id);
      return Promise.resolve();
    }
    this.reader.forgetRegisters();
    const run = this.queue.then(async () => {
      await this.indexMeetings(meetingIds);
      // Attendance changed: the members' summaries of those boards change with it.
      if (this.staleBoards.size > 0) await this.indexRecords([...this.staleBoards]);
    });
    this.queue = run.catch(() => undefined);
    return run.then(() => {
      this.scheduleSave();
      // Told again, so a search on screen is run again and shows what was just written.
      this.report({ phase: 'ready', searchableYears: this.engine.years, pendingYears: [] });
    });
  }

  private async indexMeetings(
    meetingIds: readonly string[],
    onProgress?: (indexed: number) => void,
  ): Promise<void> {
    for (let start = 0; start < meetingIds.length; start += READ_TOGETHER) {
      const ids = meetingIds.slice(start, start + READ_TOGETHER);
      const read = await this.reader.meetings(ids);
      for (const id of ids) this.indexMeeting(id, read.get(id) ?? null);
      onProgress?.(start + ids.length);
    }
  }

  private indexMeeting(meetingId: string, documents: SearchDocuments | null): void {
    const previous = this.indexed.get(meetingId);
    const itemIds = documents?.items.map((item) => item.id) ?? [];
    const kept = new Set(itemIds);
    for (const id of previous?.itemIds ?? []) if (!kept.has(id)) this.engine.removeItem(id);
    if (previous !== undefined) this.changedBooks.add(previous.year);
    if (documents === null) {
      this.engine.removeMeeting(meetingId);
      this.indexed.delete(meetingId);
    } else {
      const year = yearOf(documents.meeting.date);
      this.engine.addMeeting(documents.meeting);
      for (const item of documents.items) this.engine.addItem(item);
      this.indexed.set(meetingId, { year, itemIds });
      this.changedBooks.add(year);
    }
    this.noteAttendance(meetingId, documents?.meeting.boardId);
    this.options.onReindexed?.(meetingId, [...(previous?.itemIds ?? []), ...itemIds]);
  }

  /** Marks the meeting's board stale when what its attendance record reads of it changed. */
  private noteAttendance(meetingId: string, boardId: string | undefined): void {
    const seen = this.attendanceSeen.get(meetingId);
    const stamp = this.reader.attendanceStamp(meetingId);
    if (boardId === undefined || stamp === undefined) {
      this.attendanceSeen.delete(meetingId);
      if (seen !== undefined) this.staleBoards.add(seen.boardId);
      return;
    }
    if (seen?.stamp === stamp) return;
    this.attendanceSeen.set(meetingId, { boardId, stamp });
    this.staleBoards.add(boardId);
    if (seen !== undefined && seen.boardId !== boardId) this.staleBoards.add(seen.boardId);
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(
      () => void this.save().catch(() => undefined),
      this.options.saveDelayMs ?? DEFAULT_SAVE_DELAY_MS,
    );
  }

  /** Writes the years changed since the last save (and the manifest). */
  save(): Promise<void> {
    clearTimeout(this.saveTimer);
    const run = this.saving.then(async () => {
      const savedAt = this.now().toISOString();
      const chunks = serialiseChanges(this.engine);
      const years = new Set(this.changedBooks);
      this.changedBooks.clear();
      for (const chunk of chunks) {
        const year = /^year:(\d+)$/.exec(chunk.key)?.[1];
        if (year !== undefined) years.add(Number(year));
      }
      await writeSavedChanges(this.db, chunks, this.booksOf(years), savedAt);
    });
    this.saving = run.catch(() => undefined);
    return run;
  }

  private booksOf(years: ReadonlySet<number>): Map<number, YearBook> {
    const books = new Map<number, YearBook>([...years].map((year) => [year, {}]));
    for (const [meetingId, { year, itemIds }] of this.indexed) {
      const book = books.get(year);
      if (book !== undefined) book[meetingId] = itemIds;
    }
    return books;
  }
}
