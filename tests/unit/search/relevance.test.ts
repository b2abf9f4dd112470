import { beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../../bench/support/archive-generator';
import { RelevanceJudge, type JudgedQuery } from '../../../bench/support/relevance-judge';
import { planRelevance, type QueryKind } from '../../../bench/support/relevance-plan';
import { measureRelevance, type RelevanceFigures } from '../../../bench/support/relevance-run';
import { itemText, meetingText } from '@shared/search/documents';
import { SearchEngine } from '@shared/search/engine';

/**
 * The relevance test set on a small generated archive: words, phrases, typos, names and committee
 * words planted at known places. The floors are the figures measured when the ranking was last
 * changed, less a little: a change that ranks what people meant lower fails here.
 */
const MEETINGS = 200;

const FLOORS: Partial<Record<QueryKind | 'all', { recall: number; ndcg: number }>> = {
  word: { recall: 0.99, ndcg: 0.99 },
  'two words': { recall: 0.99, ndcg: 0.99 },
  phrase: { recall: 0.99, ndcg: 0.99 },
  typo: { recall: 0.97, ndcg: 0.93 },
  name: { recall: 0.97, ndcg: 0.95 },
  'committee word': { recall: 0.97, ndcg: 0.95 },
  'committee phrase': { recall: 0.97, ndcg: 0.95 },
  'common word': { recall: 0.97, ndcg: 0.95 },
  all: { recall: 0.97, ndcg: 0.95 },
};
/** 38 of the 40 typos: one planted keyboard case is still corrected to the commoner word. */
const INTENDED_FIRST_FLOOR = 0.9;

describe('archive search: relevance test set', () => {
  let queries: JudgedQuery[] = [];
  let figures: RelevanceFigures[] = [];

  beforeAll(() => {
    const plan = planRelevance(MEETINGS);
    const judge = new RelevanceJudge(plan.queries);
    const texts = new Map<string, string>();
    const engine = new SearchEngine({ textOf: (kind, id) => texts.get(`${kind}:${id}`) });
    for (const generated of generateArchive(MEETINGS, undefined, plan.plant)) {
      judge.observe(generated);
      texts.set(`meeting:${generated.meeting.id}`, meetingText(generated.meeting));
      engine.addMeeting(generated.meeting);
      for (const item of generated.items) {
        texts.set(`item:${item.id}`, itemText(item));
        engine.addItem(item);
      }
    }
    queries = judge.judged;
    figures = measureRelevance(engine, queries).figures;
  }, 120_000);

  it('has over a hundred queries, each with documents judged relevant', () => {
    expect(queries.length).toBeGreaterThanOrEqual(100);
    for (const query of queries) expect(query.grades.size, query.query).toBeGreaterThan(0);
  });

  it('ranks each kind of query at least as well as it did', () => {
    for (const figure of figures) {
      const floor = FLOORS[figure.kind];
      if (floor === undefined) continue;
      expect(figure.recallAt20, `${figure.kind} recall@20`).toBeGreaterThanOrEqual(floor.recall);
      expect(figure.ndcgAt10, `${figure.kind} nDCG@10`).toBeGreaterThanOrEqual(floor.ndcg);
    }
  });

  it('puts the word meant first for typos', () => {
    const typos = figures.find((figure) => figure.kind === 'typo');
    expect(typos?.intendedFirst).toBeGreaterThanOrEqual(INTENDED_FIRST_FLOOR);
  });
});
