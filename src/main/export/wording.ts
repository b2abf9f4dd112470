import type { ActionStatus, IsoDate, MeetingStatus } from '../../shared/model';
import { isIsoDate } from '../../shared/model';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });

function toDate(value: IsoDate): Date {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd. */
export function ordinal(day: number): string {
  const lastTwo = day % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${day}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[day % 10] ?? 'th';
  return `${day}${suffix}`;
}

/** "21st June 2021", the board's house style for dates. */
export function ordinalDate(value: IsoDate): string {
  if (!isIsoDate(value)) return value;
  const date = toDate(value);
  return `${ordinal(date.getUTCDate())} ${MONTH.format(date)} ${date.getUTCFullYear()}`;
}

/** "Monday 21st June 2021", for the heading of formal minutes. */
export function ordinalDateWithWeekday(value: IsoDate): string {
  if (!isIsoDate(value)) return value;
  return `${WEEKDAY.format(toDate(value))} ${ordinalDate(value)}`;
}

/** "14:00 to 15:30", "from 14:00", or nothing when no time was recorded. */
export function timeRange(start: string, end: string): string {
  if (start && end) return `${start} to ${end}`;
  if (start) return `from ${start}`;
  return end ? `until ${end}` : '';
}

/** The document's own name for itself: a summary keeps the meeting's title, minutes are minutes. */
export function documentKind(meetingTitle: string, layout: 'summary' | 'formal'): string {
  return layout === 'summary' ? meetingTitle : 'Minutes';
}

/** Minutes become a record of the board only once approved; until then every page says so. */
export function isApproved(status: MeetingStatus): boolean {
  return status === 'approved' || status === 'signed' || status === 'locked';
}

/** What the header says about the document's standing, next to the board's name. */
export function statusLine(status: MeetingStatus): string {
  switch (status) {
    case 'approved':
      return 'Approved';
    case 'signed':
    case 'locked':
      return 'Approved and signed';
    case 'circulated':
      return 'DRAFT – circulated for comment, not yet approved';
    default:
      return 'DRAFT – not yet approved';
  }
}

export const ACTION_STATUS_WORDS: Record<ActionStatus, string> = {
  open: 'Open',
  done: 'Done',
  'carried-forward': 'Carried forward',
  dropped: 'Dropped',
};

/** "items 3 and 4", "items 2, 3 and 5". */
export function listInWords(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1] ?? ''}`;
}
