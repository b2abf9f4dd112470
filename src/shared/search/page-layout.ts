/**
 * How the meetings' own documents (title and attendance) share a page of results with the agenda
 * items. A meeting document is short and its words sit in boosted fields, so for any word that
 * names a committee, an organisation, a role or a person it outscores the minutes that discuss it;
 * ranked together by score, meetings filled whole pages. docs/search.md gives the measurements
 * behind the layout used; the others stay for the relevance benchmark to compare.
 */
export type PageLayout =
  /** Items and meetings together by score: what the search did before. */
  | 'by-score'
  /** By score, but never more than a few meetings on a page. */
  | 'few-meetings'
  /** One entry per meeting, best first, its best items beneath it, then its own document. */
  | 'by-meeting'
  /** Every matching item first, by score; the meetings after them. */
  | 'items-first';

export const PAGE_LAYOUTS: readonly PageLayout[] = [
  'by-score',
  'few-meetings',
  'by-meeting',
  'items-first',
];

/** What arranging needs of a result: its score and its meeting. Lists come best first. */
export interface Placed {
  score: number;
  meetingId: string;
}

/** At most this many meeting documents on a page in the few-meetings layout. */
const FEW_MEETINGS = 3;
/** Items shown beneath a meeting in the by-meeting layout. */
const ITEMS_PER_MEETING = 3;

function byScore<T extends Placed>(items: readonly T[], meetings: readonly T[], cap: number): T[] {
  const page: T[] = [];
  let i = 0;
  let m = 0;
  let meetingsShown = 0;
  for (;;) {
    const item = items[i];
    // Once the items run out, the meetings left fill the page whatever the cap.
    const meeting = meetingsShown < cap || item === undefined ? meetings[m] : undefined;
    if (item === undefined && meeting === undefined) return page;
    // On a tie the meeting goes first, before its items, as a list by date reads.
    if (meeting === undefined || (item !== undefined && item.score > meeting.score)) {
      if (item !== undefined) page.push(item);
      i++;
    } else {
      page.push(meeting);
      m++;
      meetingsShown++;
    }
  }
}

function byMeeting<T extends Placed>(items: readonly T[], meetings: readonly T[]): T[] {
  const groups = new Map<string, { best: number; items: T[]; meeting?: T }>();
  const group = (entry: T) => {
    let found = groups.get(entry.meetingId);
    if (found === undefined) {
      found = { best: entry.score, items: [] };
      groups.set(entry.meetingId, found);
    }
    found.best = Math.max(found.best, entry.score);
    return found;
  };
  for (const item of items) {
    const found = group(item);
    if (found.items.length < ITEMS_PER_MEETING) found.items.push(item);
  }
  for (const meeting of meetings) group(meeting).meeting = meeting;
  return [...groups.values()]
    .sort((a, b) => b.best - a.best)
    .flatMap((found) => [...found.items, ...(found.meeting === undefined ? [] : [found.meeting])]);
}

/** The page: `items` and `meetings` (each best first) arranged by `layout`, `limit` long. */
export function arrangePage<T extends Placed>(
  items: readonly T[],
  meetings: readonly T[],
  limit: number,
  layout: PageLayout,
): T[] {
  switch (layout) {
    case 'by-score':
      return byScore(items, meetings, Infinity).slice(0, limit);
    case 'few-meetings':
      return byScore(items, meetings, FEW_MEETINGS).slice(0, limit);
    case 'by-meeting':
      return byMeeting(items, meetings).slice(0, limit);
    case 'items-first':
      return [...items, ...meetings].slice(0, limit);
  }
}

/**
 * Standing records that match (register entries, attendance summaries) shown above the minutes:
 * a board has few of them, and one that names the organisation or person searched for is what
 * the secretary checks first. More than this many go after the minutes, so an organisation named
 * in many registers does not push every item off the page.
 */
export const RECORDS_FIRST = 3;

/** The page with the best records first and the rest after the arranged items and meetings. */
export function withRecords<T>(records: readonly T[], page: readonly T[], limit: number): T[] {
  return [...records.slice(0, RECORDS_FIRST), ...page, ...records.slice(RECORDS_FIRST)].slice(
    0,
    limit,
  );
}
