/**
 * Generated meetings written as Markdown minutes in the house style of the board's summaries
 * (tests/fixtures/examples/nhs-python-community-board-2021-06-21.md): the board as a heading,
 * "21st June 2021 | **Meeting Summary**", attendees and apologies as lists, numbered bold items
 * with their notes in fenced blocks, ACTION:/DECISION: lines, and the next meeting's date.
 */
import type { GeneratedMeeting } from './archive-generator';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function ordinal(day: number): string {
  const tens = day % 100;
  if (tens >= 11 && tens <= 13) return `${day}th`;
  return `${day}${['th', 'st', 'nd', 'rd'][day % 10] ?? 'th'}`;
}

/** "2021-06-21" → "21st June 2021". */
export function houseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${ordinal(day ?? 1)} ${MONTHS[(month ?? 1) - 1] ?? 'January'} ${year ?? 2000}`;
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Prose wrapped at about 80 characters, as the example's fenced notes are. */
function wrap(text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 80) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const fenced = (text: string) => `\`\`\`\n${text}\n\`\`\``;

/**
 * A meeting summary keeps each item's notes short: the example's items run from 8 to about 150
 * words. The generator writes full minutes (100–600 words an item), so its notes are cut to this.
 */
export const SUMMARY_WORDS_PER_ITEM = 120;

function summaryOf(notes: string): string {
  const words = notes.split(' ');
  if (words.length <= SUMMARY_WORDS_PER_ITEM) return notes;
  return `${words
    .slice(0, SUMMARY_WORDS_PER_ITEM)
    .join(' ')
    .replace(/[.,;:]$/, '')}.`;
}

export function boardName(boardId: string): string {
  return `Community Health Board ${boardId.replace(/\D/g, '')}`;
}

export function minutesMarkdown({ meeting, items }: GeneratedMeeting): string {
  const people = meeting.attendees;
  const apologies = people.slice(-2);
  const present = people.slice(0, -2);
  const chairAt = Math.max(
    0,
    present.findIndex((person) => person.role === 'Chair'),
  );
  const person = (entry: (typeof people)[number], index: number) =>
    `- ${entry.name}${entry.organisation ? ` - ${entry.organisation}` : ''}${index === chairAt ? ' **(Chair)**' : ''}`;
  const parts = [
    `# ${boardName(meeting.boardId)}`,
    `${houseDate(meeting.date)} | **Meeting Summary**`,
    '## Board Members',
    '**Attendees**',
    present.map(person).join('\n'),
    '**Apologies**',
    apologies.map((entry) => person(entry, -1)).join('\n'),
    '## Agenda Items',
  ];
  for (const item of items) {
    parts.push(`${item.itemNumber}. **${item.title}**`);
    parts.push(fenced(wrap(summaryOf(item.notes))));
    const records = [
      ...item.decisions.map((text) => `DECISION: ${text}`),
      ...item.actions.map((action) => `ACTION: ${action.text} (${action.owner})`),
    ];
    if (records.length > 0) parts.push(fenced(records.join('\n')));
  }
  parts.push(fenced(`Next board meeting date: ${houseDate(addDays(meeting.date, 28))}`));
  return `${parts.join('\n\n')}\n`;
}
