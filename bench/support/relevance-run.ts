/**
 * Runs the relevance test set against an engine and sums it up per kind of query: recall of the
 * first 20 results, nDCG of the first 10, and for typos how often the word meant comes first.
 */
import type { SearchEngine, SearchResponse } from '../../src/shared/search/engine';
import type { PageLayout } from '../../src/shared/search/page-layout';
import type { JudgedQuery } from './relevance-judge';
import { mean, ndcgAt, recallAt } from './relevance-metrics';
import type { QueryKind } from './relevance-plan';

export interface RelevanceFigures {
  kind: QueryKind | 'all';
  queries: number;
  recallAt20: number;
  ndcgAt10: number;
  /** Typos only: the share whose correction shown and first result are the word meant. */
  intendedFirst?: number;
}

export interface QueryOutcome {
  query: JudgedQuery;
  ranked: string[];
  recallAt20: number;
  ndcgAt10: number;
  intendedFirst?: boolean;
}

/** The correction the search chose for the word typed: its group's first term. */
export function correctionShown(response: SearchResponse, typed: string): string | undefined {
  return response.groups.find((group) => group.typed === typed)?.terms[0];
}

export function runQuery(
  engine: SearchEngine,
  query: JudgedQuery,
  layout?: PageLayout,
): QueryOutcome {
  const response = engine.search(query.query, { limit: 20, ...(layout ? { layout } : {}) });
  const ranked = response.hits.map((hit) => `${hit.kind}:${hit.id}`);
  const outcome: QueryOutcome = {
    query,
    ranked,
    recallAt20: recallAt(ranked, query.grades, 20),
    ndcgAt10: ndcgAt(ranked, query.grades, 10),
  };
  if (query.intended !== undefined) {
    const typed = query.query.trim().split(' ')[0] ?? '';
    const first = response.hits[0];
    outcome.intendedFirst =
      correctionShown(response, typed) === query.intended &&
      first !== undefined &&
      first.terms.includes(query.intended);
  }
  return outcome;
}

function summarise(kind: RelevanceFigures['kind'], outcomes: QueryOutcome[]): RelevanceFigures {
  const typos = outcomes.filter((outcome) => outcome.intendedFirst !== undefined);
  return {
    kind,
    queries: outcomes.length,
    recallAt20: mean(outcomes.map((outcome) => outcome.recallAt20)),
    ndcgAt10: mean(outcomes.map((outcome) => outcome.ndcgAt10)),
    ...(typos.length === 0
      ? {}
      : { intendedFirst: typos.filter((outcome) => outcome.intendedFirst).length / typos.length }),
  };
}

/** Every query's outcome, then the figures for each kind and for all of them. */
export function measureRelevance(
  engine: SearchEngine,
  queries: readonly JudgedQuery[],
  layout?: PageLayout,
): { outcomes: QueryOutcome[]; figures: RelevanceFigures[] } {
  const outcomes = queries.map((query) => runQuery(engine, query, layout));
  const kinds = [...new Set(queries.map((query) => query.kind))];
  const figures = kinds.map((kind) =>
    summarise(
      kind,
      outcomes.filter((outcome) => outcome.query.kind === kind),
    ),
  );
  figures.push(summarise('all', outcomes));
  return { outcomes, figures };
}

/** The figures as a table for the console. */
export function relevanceTable(figures: readonly RelevanceFigures[]): Record<string, string>[] {
  const show = (value: number | undefined): string =>
    value === undefined || Number.isNaN(value) ? '' : value.toFixed(3);
  return figures.map((figure) => ({
    queries: String(figure.queries),
    kind: figure.kind,
    'recall@20': show(figure.recallAt20),
    'nDCG@10': show(figure.ndcgAt10),
    'intended first': show(figure.intendedFirst),
  }));
}
