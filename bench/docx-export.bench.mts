/**
 * Word export of a large meeting: 40 items, 30 attendees, about 5,000 words of notes with lists
 * and bold and a decision and an action written in each item's notes, built and packed as
 * "Export to Word" does. It must stay under 300 ms at the 95th percentile.
 */
import { buildMeetingDocument } from '../src/main/export/build-document';
import { packDocx } from '../src/main/export/pack';
import { meetingFileSchema, type MeetingFile } from '../src/shared/model/meeting-file';
import { measure, type BenchResult } from './measure';

const WORDS = (
  'the board discussed the proposal in detail and agreed that members would review the ' +
  'draft terms before the next meeting with particular attention to governance finance and ' +
  'the community programme for the coming year'
).split(' ');

/** Deterministic filler text: the same meeting on every run, so runs compare. */
function words(count: number, seed: number): string {
  return Array.from({ length: count }, (_, index) => WORDS[(seed * 7 + index) % WORDS.length]).join(
    ' ',
  );
}

/**
 * About 140 words per item, as live minutes are typed: two paragraphs, a bullet list with a
 * nested point, a numbered list, and a decision and an action on lines of their own.
 */
function notes(item: number): string {
  return [
    `${words(35, item)}.\nDECISION: ${decision(item)}`,
    `**${words(4, item + 1)}**: ${words(30, item + 2)}.`,
    `- ${words(12, item + 3)}\n  - ${words(8, item + 4)}\n- ${words(12, item + 5)}\nACTION: ${action(item)}`,
    `1. ${words(12, item + 6)}\n2. ${words(12, item + 7)}`,
  ].join('\n\n');
}

const decision = (item: number) => `The board agreed ${words(10, item)}.`;
const action = (item: number) => `Member ${(item % 30) + 1} to ${words(8, item)}`;

export function largeMeeting(): MeetingFile {
  return meetingFileSchema.parse({
    format: 'minute-book.meeting',
    version: 1,
    board: 'Quality Committee',
    date: '2024-03-14',
    startTime: '14:00',
    endTime: '17:00',
    location: 'Board Room',
    status: 'draft',
    quorumRequired: 10,
    attendance: Array.from({ length: 30 }, (_, index) => ({
      name: `Member ${index + 1}`,
      title: index % 3 === 0 ? 'Dr' : '',
      organisation: `Organisation ${(index % 7) + 1}`,
      status: index < 24 ? 'present' : index < 27 ? 'apologies' : 'in-attendance',
      role: index === 0 ? 'Chair' : 'Member',
      chair: index === 0,
    })),
    items: Array.from({ length: 40 }, (_, index) => ({
      number: index + 1,
      title: `Item ${index + 1}: ${words(5, index)}`,
      reference: `QC/24/${String(index + 1).padStart(3, '0')}`,
      notes: notes(index),
      decisions: [{ text: decision(index) }],
      actions: [{ text: action(index), owner: `Member ${(index % 30) + 1}`, due: '2024-04-11' }],
    })),
    nextMeetingDate: '2024-04-11',
    signatories: [{ name: 'Member 1', role: 'Chair' }],
  });
}

export async function run(): Promise<BenchResult[]> {
  const meeting = largeMeeting();
  const wordCount = meeting.items
    .map((item) => item.notes.split(/\s+/).length)
    .reduce((a, b) => a + b, 0);
  console.log(
    `  ${meeting.items.length} items, ${meeting.attendance.length} attendees, ${wordCount} words of notes`,
  );
  return [
    await measure(
      'docx export: formal, 40 items (build + pack)',
      () => packDocx(buildMeetingDocument(meeting, { layout: 'formal', audience: 'internal' })),
      { target: 300, warmup: 5, iterations: 40 },
    ),
    await measure(
      'docx export: summary, 40 items (build + pack)',
      () => packDocx(buildMeetingDocument(meeting, { layout: 'summary', audience: 'internal' })),
      { target: 300, warmup: 5, iterations: 40 },
    ),
  ];
}
