/**
 * The relevance test set: words, phrases, typos, names and committee words planted at known places
 * in a generated archive, with the queries that look for them and what each person meant. Which
 * documents are relevant is then judged from the archive's texts (relevance-judge.ts), so a word
 * the prose happens to contain as well is judged like a planted one.
 */
import { keysAround, adjacentKeys } from '../../src/shared/search/keyboard';
import type { ActionStatus } from '../../src/shared/model/meeting-file';
import { seededRandom, type GeneratedMeeting, type Planter } from './archive-generator';

export type QueryKind =
  | 'word'
  | 'two words'
  | 'phrase'
  | 'typo'
  | 'name'
  | 'committee word'
  | 'committee phrase'
  | 'common word';

export interface PlannedQuery {
  kind: QueryKind;
  /** As typed, ending in a space or a quote: no word is a prefix still being typed. */
  query: string;
  /** The documents meant hold all these words (adjacent and in order for a phrase). */
  target: string[];
  phrase: boolean;
  /**
   * Whether a meeting's own document (its title and attendance) holding the target is relevant:
   * for a person, the meetings they attended; for a committee or organisation word, no: the person
   * wants the minutes that discuss it, not every meeting of a committee of that name.
   */
  meetingsRelevant: boolean;
  /** For a typo: the word meant. */
  intended?: string;
}

type ItemPlace = 'title' | 'notes' | 'action' | 'presenter' | 'owner';

type Plant =
  | { on: 'item'; item: number; place: ItemPlace; text: string }
  | { on: 'meeting title'; text: string }
  | { on: 'attendee'; slot: number; name?: string; organisation?: string; role?: string };

export interface RelevancePlan {
  queries: PlannedQuery[];
  plant: Planter;
}

const LEADS = ['jor', 'qua', 'wex', 'jas', 'quen', 'wil', 'jun', 'qui', 'wor', 'jev', 'jam', 'wim'];
const PARTS = [
  'bel',
  'dan',
  'ford',
  'mer',
  'tisk',
  'val',
  'ron',
  'pel',
  'dra',
  'gon',
  'lim',
  'sar',
  'ven',
  'tor',
  'nik',
  'rab',
  'sel',
  'mond',
  'ket',
  'fal',
];
const FIRST_NAMES = ['Olwen', 'Idris', 'Marguerite', 'Cosmo', 'Theodora', 'Ambrose', 'Winifred'];
/** The first items exist in every generated meeting (8 to 15 of them). */
const ITEMS_PER_MEETING = 8;
const STATUSES: readonly ActionStatus[] = ['open', 'done', 'carried-forward'];
/** Words of the generated prose that also name committees, organisations and roles. */
const COMMON_WORDS = ['board', 'trust', 'council', 'chair', 'foundation', 'member', 'health'];
/** Misspellings of words the generated prose uses, as people make them. */
const COMMON_TYPOS: readonly [string, string][] = [
  ['srever', 'server'],
  ['comittee', 'committee'],
  ['finacne', 'finance'],
  ['bugdet', 'budget'],
  ['safegaurding', 'safeguarding'],
  ['recuritment', 'recruitment'],
  ['maternty', 'maternity'],
  ['goverance', 'governance'],
  ['infectoin', 'infection'],
  ['wrokforce', 'workforce'],
];

const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

class Planner {
  readonly queries: PlannedQuery[] = [];
  private readonly plants = new Map<number, Plant[]>();
  private readonly used = new Set<string>();
  private readonly next: () => number;

  constructor(
    private readonly meetings: number,
    seed: number,
  ) {
    this.next = seededRandom(seed);
  }

  pick<T>(list: readonly T[]): T {
    const value = list[Math.floor(this.next() * list.length)];
    if (value === undefined) throw new Error('pick from an empty list');
    return value;
  }

  /** A made-up word no other planted word is, nor is one letter from (j, q and w start them). */
  word(): string {
    for (;;) {
      const parts = 1 + Math.floor(this.next() * 2);
      let word = this.pick(LEADS);
      for (let i = 0; i < parts; i++) word += this.pick(PARTS);
      if (word.length >= 6 && this.claim(word)) return word;
    }
  }

  /** Reserves a word (or a typo) so no later one collides with it. */
  claim(word: string): boolean {
    if (this.used.has(word)) return false;
    this.used.add(word);
    return true;
  }

  meetingAt(index: number, plant: Plant): void {
    const list = this.plants.get(index);
    if (list === undefined) this.plants.set(index, [plant]);
    else list.push(plant);
  }

  /** Plants texts in `count` different items chosen at random across the archive. */
  inItems(count: number, text: (n: number) => string, place?: (n: number) => ItemPlace): void {
    const taken = new Set<string>();
    let planted = 0;
    while (planted < count) {
      const meeting = Math.floor(this.next() * this.meetings);
      const item = 1 + Math.floor(this.next() * ITEMS_PER_MEETING);
      if (taken.has(`${meeting}/${item}`)) continue;
      taken.add(`${meeting}/${item}`);
      this.meetingAt(meeting, {
        on: 'item',
        item,
        place: place?.(planted) ?? 'notes',
        text: text(planted),
      });
      planted++;
    }
  }

  /** Meeting `index` of every `every`, starting at `first`: the meetings of one committee. */
  everyMeeting(first: number, every: number, plant: (index: number) => Plant): number[] {
    const indexes: number[] = [];
    for (let index = first; index < this.meetings; index += every) {
      this.meetingAt(index, plant(index));
      indexes.push(index);
    }
    return indexes;
  }

  planter(): Planter {
    return (index, generated) => {
      const plants = this.plants.get(index);
      return plants === undefined ? generated : applyPlants(generated, plants);
    };
  }

  random(): number {
    return this.next();
  }
}

function applyPlants(generated: GeneratedMeeting, plants: readonly Plant[]): GeneratedMeeting {
  // Attendees are shared with the board's register: copy before changing.
  const meeting = { ...generated.meeting, attendees: [...generated.meeting.attendees] };
  const items = generated.items.map((item) => ({ ...item, actions: [...item.actions] }));
  for (const plant of plants) {
    if (plant.on === 'meeting title') meeting.title = plant.text;
    else if (plant.on === 'attendee') {
      const slot = plant.slot % meeting.attendees.length;
      const attendee = meeting.attendees[slot];
      if (attendee === undefined) continue;
      meeting.attendees[slot] = {
        name: plant.name ?? attendee.name,
        organisation: plant.organisation ?? attendee.organisation,
        role: plant.role ?? attendee.role,
      };
    } else {
      const item = items[plant.item - 1];
      if (item === undefined) continue;
      switch (plant.place) {
        case 'title':
          item.title = `${item.title}: ${plant.text}`;
          break;
        case 'notes':
          item.notes = `${item.notes}\n\n${plant.text}`;
          break;
        case 'action':
          item.actions.push({ text: plant.text, owner: item.presenter ?? '', status: 'open' });
          break;
        case 'presenter':
          item.presenter = plant.text;
          break;
        case 'owner':
          item.actions.push({
            text: 'Circulate the paper to members before the next meeting.',
            owner: plant.text,
            status: STATUSES[item.itemNumber % STATUSES.length] ?? 'open',
          });
          break;
      }
    }
  }
  return { meeting, items };
}

/** One-word queries for made-up words planted in 1 to 60 items, some in titles and actions. */
function plantWords(planner: Planner): void {
  const counts = [1, 2, 3, 5, 8, 12, 20, 35, 60];
  for (let n = 0; n < 30; n++) {
    const word = planner.word();
    const count = counts[n % counts.length] ?? 5;
    planner.inItems(
      count,
      () => `The ${word} was reviewed.`,
      (i) => (i % 5 === 1 ? 'title' : i % 10 === 3 ? 'action' : 'notes'),
    );
    // A title is a name, not a sentence.
    planner.queries.push(plain('word', word));
  }
}

function plain(kind: QueryKind, ...target: string[]): PlannedQuery {
  return { kind, query: `${target.join(' ')} `, target, phrase: false, meetingsRelevant: false };
}

/** Two words, each alone in some items and together in a few. */
function plantWordPairs(planner: Planner): void {
  for (let n = 0; n < 10; n++) {
    const a = planner.word();
    const b = planner.word();
    planner.inItems(10, () => `The ${a} was reviewed.`);
    planner.inItems(10, () => `The ${b} was reviewed.`);
    planner.inItems(6, () => `The ${a} was reviewed. Members asked about the ${b} too.`);
    planner.queries.push(plain('two words', a, b));
  }
}

/** Quoted phrases, whose words also appear alone and apart from each other. */
function plantPhrases(planner: Planner): void {
  for (let n = 0; n < 15; n++) {
    const a = planner.word();
    const b = planner.word();
    planner.inItems(
      8,
      () => `The ${a} ${b} was reviewed.`,
      (i) => (i === 0 ? 'title' : 'notes'),
    );
    planner.inItems(8, () => `The ${a} was reviewed.`);
    planner.inItems(8, () => `The ${b} was reviewed.`);
    planner.inItems(6, () => `The ${b} was reviewed against the ${a} figures.`);
    planner.queries.push({
      kind: 'phrase',
      query: `"${a} ${b}"`,
      target: [a, b],
      phrase: true,
      meetingsRelevant: false,
    });
  }
}

/** A typo of `word` one letter from its neighbour key, at a place after the first letter. */
function substitute(word: string, at: number, letter: string): string {
  return word.slice(0, at) + letter + word.slice(at + 1);
}

/**
 * Typos where another word is one letter from what was typed, and something tells the meant word
 * apart: (1) it is far more common (srever: server, not sever); (2) the typo is a neighbouring key of
 * it and not of the other, which is a little more common; (3) only it goes with the query's other word.
 */
function plantTypos(planner: Planner): void {
  const typo = (intended: string, typed: string, other?: string): void => {
    planner.queries.push({
      kind: 'typo',
      query: other === undefined ? `${typed} ` : `${typed} ${other} `,
      target: other === undefined ? [intended] : [intended, other],
      phrase: false,
      meetingsRelevant: false,
      intended,
    });
  };
  for (let made = 0; made < 10;) {
    const intended = planner.word();
    const at = 1 + Math.floor(planner.random() * (intended.length - 3));
    if (intended[at] === intended[at + 1]) continue;
    const typed = intended.slice(0, at) + intended[at + 1] + intended[at] + intended.slice(at + 2);
    // The rare one: the typo with a letter left out (as "sever" is "srever" without its r).
    const rare = typed.slice(0, at) + typed.slice(at + 1);
    if (rare === intended || !planner.claim(typed) || !planner.claim(rare)) continue;
    planner.inItems(
      30,
      () => `The ${intended} was reviewed.`,
      (i) => (i % 6 === 0 ? 'title' : 'notes'),
    );
    planner.inItems(3, () => `The ${rare} was reviewed.`);
    typo(intended, typed);
    made++;
  }
  for (let made = 0; made < 10;) {
    const intended = planner.word();
    const at = 1 + Math.floor(planner.random() * (intended.length - 1));
    const meant = intended[at] ?? 'a';
    const near = keysAround(meant).filter((key) => /[a-z]/.test(key));
    const slip = near[Math.floor(planner.random() * near.length)] ?? 'a';
    const far = [...'bcdfghklmnprstv'].filter(
      (key) => key !== meant && !adjacentKeys(key, slip) && key !== slip,
    );
    const other = substitute(intended, at, far[Math.floor(planner.random() * far.length)] ?? 'z');
    const typed = substitute(intended, at, slip);
    if (!planner.claim(typed) || !planner.claim(other)) continue;
    planner.inItems(10, () => `The ${intended} was reviewed.`);
    planner.inItems(15, () => `The ${other} was reviewed.`);
    typo(intended, typed);
    made++;
  }
  for (let made = 0; made < 10;) {
    const intended = planner.word();
    const context = planner.word();
    const at = 1 + Math.floor(planner.random() * (intended.length - 2));
    const typed = intended.slice(0, at) + intended.slice(at + 1);
    // A commoner word one neighbouring key from the typo, which never goes with the other word.
    const swapAt = at + 1 < typed.length ? at + 1 : at - 1;
    const near = keysAround(typed[swapAt] ?? 'a');
    const other = substitute(
      typed,
      swapAt,
      near[Math.floor(planner.random() * near.length)] ?? 'a',
    );
    if (other === intended || !planner.claim(typed) || !planner.claim(other)) continue;
    planner.inItems(10, () => `The ${intended} was reviewed with the ${context} group.`);
    planner.inItems(10, () => `The ${context} group met.`);
    planner.inItems(20, () => `The ${other} was reviewed.`);
    typo(intended, typed, context);
    made++;
  }
  for (const [typed, intended] of COMMON_TYPOS) {
    planner.queries.push({ ...plain('typo', intended), query: `${typed} `, intended });
  }
}

/** People who attended some meetings, presented some items and own some actions. */
function plantNames(planner: Planner, meetings: number): void {
  for (let n = 0; n < 10; n++) {
    const surname = planner.word();
    const name = `${FIRST_NAMES[n % FIRST_NAMES.length] ?? 'Olwen'} ${capital(surname)}`;
    for (let m = 0; m < 6; m++) {
      const index = Math.floor(planner.random() * meetings);
      planner.meetingAt(index, { on: 'attendee', slot: m + n, name, organisation: 'Healthwatch' });
      planner.meetingAt(index, { on: 'item', item: 1 + (m % 4), place: 'presenter', text: name });
      if (m % 2 === 0)
        planner.meetingAt(index, { on: 'item', item: 5 + (m % 3), place: 'owner', text: name });
    }
    planner.inItems(2, () => `Thanks were recorded to ${name} for the report.`);
    planner.queries.push({ ...plain('name', surname), meetingsRelevant: true });
  }
}

/**
 * Committee, organisation and role words: in the title or the attendance of a tenth of the
 * meetings each, and in a dozen items that discuss the committee.
 */
function plantCommitteeWords(planner: Planner): void {
  for (let k = 0; k < 5; k++) {
    const word = planner.word();
    const title = `${capital(word)} Committee`;
    planner.everyMeeting(k, 10, () => ({ on: 'meeting title', text: title }));
    planner.inItems(
      12,
      () => `The ${title} reported on its work.`,
      (i) => (i < 3 ? 'title' : 'notes'),
    );
    planner.inItems(6, () => `The ${word} was noted.`);
    planner.queries.push(plain('committee word', word));
    planner.queries.push({
      kind: 'committee phrase',
      query: `"${word} committee"`,
      target: [word, 'committee'],
      phrase: true,
      meetingsRelevant: false,
    });
  }
  for (let k = 0; k < 5; k++) {
    const word = planner.word();
    const organisation = k < 3 ? `${capital(word)} Partnership` : undefined;
    const role = k >= 3 ? `${capital(word)} Director` : undefined;
    planner.everyMeeting(5 + k, 10, (index) => ({
      on: 'attendee',
      slot: index,
      ...(organisation === undefined ? {} : { organisation }),
      ...(role === undefined ? {} : { role }),
    }));
    planner.inItems(12, () => `The ${organisation ?? role ?? word} gave an update.`);
    planner.queries.push(plain('committee word', word));
  }
  for (const word of COMMON_WORDS) planner.queries.push(plain('common word', word));
}

/** The plan for an archive of `meetings` generated meetings: the queries and the planter. */
export function planRelevance(meetings: number, seed = 2_106): RelevancePlan {
  const planner = new Planner(meetings, seed);
  plantWords(planner);
  plantWordPairs(planner);
  plantPhrases(planner);
  plantTypos(planner);
  plantNames(planner, meetings);
  plantCommitteeWords(planner);
  return { queries: planner.queries, plant: planner.planter() };
}
