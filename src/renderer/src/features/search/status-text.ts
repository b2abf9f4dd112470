import type { IndexStatus } from '../../search/protocol';

function span(years: readonly number[]): string {
  const newest = years[0];
  const oldest = years.at(-1);
  if (newest === undefined || oldest === undefined) return '';
  return newest === oldest ? String(newest) : `${newest}–${oldest}`;
}

/**
 * A quiet line on how far the index has got, or null once every year is searchable. Never an
 * error: a saved index that cannot be used is rebuilt, which is only slower.
 */
export function statusText(status: IndexStatus | null): string | null {
  if (status === null || status.phase === 'starting') return 'Opening the search index…';
  if (status.phase === 'ready') return null;
  if (status.phase === 'loading')
    return `Searching ${span(status.searchableYears)}… indexing older years`;
  const { indexedMeetings = 0, totalMeetings = 0 } = status;
  const searching =
    status.searchableYears.length > 0 ? `Searching ${span(status.searchableYears)}… ` : '';
  return `${searching}indexing the minutes (${indexedMeetings.toLocaleString('en-GB')} of ${totalMeetings.toLocaleString('en-GB')} meetings)`;
}
