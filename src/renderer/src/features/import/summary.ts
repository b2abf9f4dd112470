import type { MeetingFile } from '@shared/model';

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

/** What was recognised in a file, in a line: "9 present, 1 apology · 8 items · 2 actions". */
export function recognisedSummary(meeting: MeetingFile): string {
  const by = (status: string) => meeting.attendance.filter((person) => person.status === status);
  const people = [
    `${by('present').length} present`,
    by('apologies').length ? plural(by('apologies').length, 'apology', 'apologies') : '',
    by('in-attendance').length ? `${by('in-attendance').length} in attendance` : '',
    by('absent').length ? `${by('absent').length} absent` : '',
  ].filter(Boolean);
  const actions = meeting.items.reduce((sum, item) => sum + item.actions.length, 0);
  const decisions = meeting.items.reduce((sum, item) => sum + item.decisions.length, 0);
  return [
    people.join(', '),
    plural(meeting.items.length, 'item', 'items'),
    actions ? plural(actions, 'action', 'actions') : '',
    decisions ? plural(decisions, 'decision', 'decisions') : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

export function chairName(meeting: MeetingFile): string {
  return meeting.attendance.find((person) => person.chair)?.name ?? '';
}
