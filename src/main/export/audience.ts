import type { MeetingFile, MeetingFileItem } from '../../shared/model';

export type Audience = 'internal' | 'public';

/** What a given audience may read of the meeting: everything, or everything but private items. */
export interface MeetingView {
  items: MeetingFileItem[];
  /** Numbers of the items left out, so their declarations and actions are left out with them. */
  omitted: ReadonlySet<number>;
}

export function viewFor(meeting: MeetingFile, audience: Audience): MeetingView {
  if (audience === 'internal') return { items: meeting.items, omitted: new Set() };
  return {
    items: meeting.items.filter((item) => !item.private),
    omitted: new Set(meeting.items.filter((item) => item.private).map((item) => item.number)),
  };
}
