/**
 * A seeded, deterministic archive of minutes for the search benchmark: boards with registers,
 * meetings with 12–18 attendees and 8–15 items of 100–600 words, decisions and actions with owners.
 * Words follow a Zipf-like law over a vocabulary of about 20,000 words, as real prose does, so the
 * index sees a few very common words and a long tail of rare ones.
 */
import type { ActionStatus } from '../../src/shared/model/meeting-file';
import type { SearchItemInput, SearchMeetingInput } from '../../src/shared/search';
import {
  FIRST_NAMES,
  GOVERNANCE_WORDS,
  ITEM_TITLES,
  ORGANISATION_KINDS,
  PLACES,
  STOP_WORDS_IN_PROSE,
  SURNAMES,
  tailWords,
  wordsOf,
} from './archive-vocabulary';

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedMeeting {
  meeting: SearchMeetingInput;
  items: SearchItemInput[];
}

interface Person {
  name: string;
  organisation: string;
  role: string;
}

const SUFFIXES = ['s', 'ed', 'ing', 'al', 'ly', 'ation', 'ment', 'er'];
const MEETINGS_PER_BOARD_PER_YEAR = 10;
const FIRST_YEAR = 2001;
const TARGET_VOCABULARY = 20_000;

class Prose {
  private readonly words: string[];
  private readonly cumulative: Float64Array;
  private readonly stops = wordsOf(STOP_WORDS_IN_PROSE);

  constructor(
    private readonly next: () => number,
    extra: readonly string[],
  ) {
    const core = wordsOf(GOVERNANCE_WORDS);
    const derived = core.flatMap((word) => SUFFIXES.map((suffix) => word + suffix));
    const base = [...new Set([...core, ...extra, ...derived])];
    this.words = [...base, ...tailWords(Math.max(0, TARGET_VOCABULARY - base.length), next)];
    // Zipf: the word at rank r is drawn in proportion to 1 / r^1.07.
    this.cumulative = new Float64Array(this.words.length);
    let total = 0;
    for (let rank = 0; rank < this.words.length; rank++) {
      total += 1 / (rank + 1) ** 1.07;
      this.cumulative[rank] = total;
    }
    for (let rank = 0; rank < this.words.length; rank++) {
      this.cumulative[rank] = (this.cumulative[rank] ?? 0) / total;
    }
  }

  word(): string {
    const target = this.next();
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] ?? 1) < target) low = middle + 1;
      else high = middle;
    }
    return this.words[low] ?? 'board';
  }

  /** About `count` words of sentences: content words with the function words prose has. */
  text(count: number): string {
    const sentences: string[] = [];
    let written = 0;
    while (written < count) {
      const length = Math.min(count - written, 8 + Math.floor(this.next() * 18));
      const words: string[] = [];
      for (let i = 0; i < length; i++) {
        words.push(
          this.next() < 0.4
            ? (this.stops[Math.floor(this.next() * this.stops.length)] ?? 'the')
            : this.word(),
        );
      }
      const first = words[0] ?? '';
      words[0] = first.charAt(0).toUpperCase() + first.slice(1);
      sentences.push(`${words.join(' ')}.`);
      written += length;
    }
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 4)
      paragraphs.push(sentences.slice(i, i + 4).join(' '));
    return paragraphs.join('\n\n');
  }
}

function pick<T>(next: () => number, list: readonly T[]): T {
  const value = list[Math.floor(next() * list.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

function between(next: () => number, low: number, high: number): number {
  return low + Math.floor(next() * (high - low + 1));
}

const STATUSES: readonly ActionStatus[] = ['open', 'done', 'done', 'carried-forward', 'dropped'];

/**
 * Changes a generated meeting before it is handed out, to plant words whose documents a relevance
 * test knows (see relevance-plan.ts). Given the meeting's position in the archive, from 0.
 */
export type Planter = (index: number, generated: GeneratedMeeting) => GeneratedMeeting;

/** `count` meetings, oldest first, always the same for the same seed (and planter). */
export function* generateArchive(
  count: number,
  seed = 20_240_601,
  plant?: Planter,
): Generator<GeneratedMeeting> {
  const next = seededRandom(seed);
  const firsts = wordsOf(FIRST_NAMES);
  const surnames = wordsOf(SURNAMES);
  const places = wordsOf(PLACES);
  const prose = new Prose(
    next,
    [...places, ...firsts, ...surnames].map((word) => word.toLowerCase()),
  );
  const boardCount = Math.max(2, Math.ceil(count / 250));
  const boards = Array.from({ length: boardCount }, (_, index) => {
    const place = pick(next, places);
    const organisation = `${place} ${pick(next, ORGANISATION_KINDS)}`;
    const register: Person[] = Array.from({ length: 24 }, () => ({
      name: `${pick(next, firsts)} ${pick(next, surnames)}`,
      organisation:
        next() < 0.6 ? organisation : `${pick(next, places)} ${pick(next, ORGANISATION_KINDS)}`,
      role: next() < 0.1 ? 'Chair' : 'Member',
    }));
    return { id: `board-${index + 1}`, name: `${organisation} Board`, register };
  });

  for (let index = 0; index < count; index++) {
    const board = boards[index % boardCount] ?? boards[0];
    if (board === undefined) return;
    const sequence = Math.floor(index / boardCount);
    const year = FIRST_YEAR + Math.floor(sequence / MEETINGS_PER_BOARD_PER_YEAR);
    const month = 1 + (sequence % MEETINGS_PER_BOARD_PER_YEAR);
    const day = 1 + ((index * 7) % 27);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const meetingId = `meeting-${index + 1}`;
    const attendees = [...board.register].sort(() => next() - 0.5).slice(0, between(next, 12, 18));
    const items: SearchItemInput[] = [];
    const itemCount = between(next, 8, 15);
    for (let number = 1; number <= itemCount; number++) {
      const owner = (): string => pick(next, attendees).name;
      items.push({
        id: `${meetingId}-item-${number}`,
        boardId: board.id,
        meetingId,
        date,
        itemNumber: number,
        title: `${pick(next, ITEM_TITLES)}${next() < 0.5 ? `: ${prose.word()} ${prose.word()}` : ''}`,
        reference: `${board.id.toUpperCase()}/${year % 100}/${String(index % 1000).padStart(3, '0')}`,
        presenter: owner(),
        notes: prose.text(between(next, 100, 600)),
        decisions: Array.from({ length: between(next, 0, 2) }, () => `The board ${prose.text(12)}`),
        actions: Array.from({ length: between(next, 0, 3) }, () => ({
          text: prose.text(between(next, 8, 16)),
          owner: owner(),
          status: pick(next, STATUSES),
        })),
      });
    }
    const generated = {
      meeting: { id: meetingId, boardId: board.id, date, title: 'Board meeting', attendees },
      items,
    };
    yield plant === undefined ? generated : plant(index, generated);
  }
}
