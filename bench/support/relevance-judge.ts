/**
 * Judges which documents of a generated archive each planned query means, by reading the texts
 * (not the index): a document holding the target in its title or among its people is very relevant
 * (grade 2), in its text relevant (grade 1). Meeting documents count only where the query says so.
 */
import { itemText, meetingText } from '../../src/shared/search/documents';
import { foldedWords } from '../../src/shared/search/normalise';
import type { GeneratedMeeting } from './archive-generator';
import type { PlannedQuery } from './relevance-plan';

export interface JudgedQuery extends PlannedQuery {
  /** "item:id" or "meeting:id" → grade (1 or 2); documents not listed are not relevant. */
  grades: Map<string, number>;
}

interface Fields {
  title: string[];
  people: string[];
  body: string[];
  prominent: Set<string>;
  all: Set<string>;
}

function fields(title: string, people: string, body: string): Fields {
  const words = { title: foldedWords(title), people: foldedWords(people), body: foldedWords(body) };
  const prominent = new Set([...words.title, ...words.people]);
  return { ...words, prominent, all: new Set([...prominent, ...words.body]) };
}

function holds(fields: Fields, query: PlannedQuery): 0 | 1 | 2 {
  if (query.phrase) {
    // A phrase sits within one field: "X committee" in a title, or in the text.
    if (sequenceIn(fields.title, query.target) || sequenceIn(fields.people, query.target)) return 2;
    return sequenceIn(fields.body, query.target) ? 1 : 0;
  }
  if (!query.target.every((word) => fields.all.has(word))) return 0;
  return query.target.some((word) => fields.prominent.has(word)) ? 2 : 1;
}

function sequenceIn(words: readonly string[], target: readonly string[]): boolean {
  const first = target[0];
  for (let at = words.indexOf(first ?? ''); at >= 0; at = words.indexOf(first ?? '', at + 1)) {
    if (target.every((word, offset) => words[at + offset] === word)) return true;
  }
  return false;
}

/** Collects the judgements as the archive streams past, so a large archive need not be kept. */
export class RelevanceJudge {
  readonly judged: JudgedQuery[];

  constructor(queries: readonly PlannedQuery[]) {
    this.judged = queries.map((query) => ({ ...query, grades: new Map<string, number>() }));
  }

  observe({ meeting, items }: GeneratedMeeting): void {
    const meetingFields = fields(meeting.title, meetingText(meeting), '');
    for (const query of this.judged) {
      if (!query.meetingsRelevant) continue;
      const grade = holds(meetingFields, query);
      // The meeting a person attended is relevant, but less so than the items they presented.
      if (grade > 0) query.grades.set(`meeting:${meeting.id}`, 1);
    }
    for (const item of items) {
      const people = [item.presenter ?? '', ...item.actions.map((action) => action.owner)];
      const itemFields = fields(
        item.title,
        people.join('\n'),
        `${item.reference ?? ''}\n${itemText(item)}`,
      );
      for (const query of this.judged) {
        const grade = holds(itemFields, query);
        if (grade > 0) query.grades.set(`item:${item.id}`, grade);
      }
    }
  }
}
