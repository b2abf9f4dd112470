/**
 * A two-hour board meeting on Teams: a WebVTT transcript of 2,000 cues (about 20,000 words) by ten
 * speakers and some unknown ones, over a 12-item agenda. Measured: reading the .vtt, splitting it by
 * the agenda and drafting every item (speakers, key sentences, candidate decisions and actions).
 */
import { resolve } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { createIsolatedDrafter } from '../src/main/teams/isolated-drafter';
import { draftTranscript } from '../src/shared/teams/draft-transcript';
import { parseVtt } from '../src/shared/teams/transcript';
import { measure, type BenchResult } from './measure';

const TARGET_MS = 2000;
const CUES = 2000;

const SPEAKERS = [
  'Alex Cheung',
  'Bailey, Mark (NHS England)',
  'Haris Shuaib',
  'Juan Adriano',
  "John O'Connell",
  'Craig Shenton',
  'Mary Amanuel',
  'Arouba Zubair',
  'Jonathan Pearson',
  'Tom Hughes (External)',
];
const TOPICS = [
  'Welcome and apologies',
  'Minutes of the previous meeting',
  'Matters arising',
  'Community engagement strategy',
  'Terms of Reference',
  'Conference planning',
  'Finance report',
  'Training programme for analysts',
  'Open source code policy',
  'Website and newsletter',
  'Risk register',
  'Any other business',
];
const SENTENCES = [
  'The survey showed that most analysts want practical examples drawn from NHS data sets.',
  'We should check the budget for the venue before we commit to the dates in the spring.',
  'I will circulate the revised paper to members by 31 August.',
  'The board agreed to adopt the proposal, subject to the changes discussed today.',
  'Could we record the drop-in sessions for colleagues who work shifts?',
  'Yes, I think that is right, and the trusts in the north west have said the same.',
  'Sorry, can you hear me? My microphone was muted.',
  'Mary will contact the organisers about the beginners track by the next meeting.',
  'There is a risk that the training budget is not renewed next year.',
  'Thanks, that is really helpful, moving on.',
];

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function stamp(seconds: number): string {
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor((seconds % 3600) / 60))}:${two(seconds % 60)}.000`;
}

function makeTranscript(): string {
  const blocks = ['WEBVTT', ''];
  const perItem = Math.floor(CUES / TOPICS.length);
  for (let cue = 0; cue < CUES; cue += 1) {
    const start = cue * 3.6;
    const item = Math.min(TOPICS.length - 1, Math.floor(cue / perItem));
    const opening = cue % perItem === 0 && item > 0;
    const text = opening
      ? `Let's move on to item ${item + 1}, ${TOPICS[item]}.`
      : `${SENTENCES[cue % SENTENCES.length]} ${SENTENCES[(cue * 7) % SENTENCES.length]}`;
    const speaker = opening ? 'Alex Cheung' : SPEAKERS[(cue * 3) % SPEAKERS.length];
    blocks.push(`cue-${cue}`, `${stamp(Math.floor(start))} --> ${stamp(Math.floor(start + 4))}`);
    // One cue in twenty has no voice tag, as Teams writes for a speaker it could not identify.
    blocks.push(cue % 20 === 7 ? text : `<v ${speaker}>${text}</v>`, '');
  }
  return blocks.join('\n');
}

export async function run(): Promise<BenchResult[]> {
  const vtt = makeTranscript();
  const headings = TOPICS.map((title, index) => ({ number: index + 1, title }));
  const context = {
    meetingDate: '2021-07-27',
    nextMeetingDate: '2021-09-28',
    people: SPEAKERS.map((name) => name.replace(/,.*$/, '')),
  };
  const check = draftTranscript(parseVtt(vtt), headings, context);
  if (check.items.filter((item) => item.endCue > item.firstCue).length !== TOPICS.length)
    throw new Error('The benchmark transcript was not split into every item');

  // As the app does it: in the worker thread, the file's bytes sent and the drafts sent back. The
  // app bundles the worker; here tsx runs its TypeScript (slower to start, not to draft).
  const worker = resolve(import.meta.dirname, '../src/main/teams/transcript-worker.ts');
  const drafter = createIsolatedDrafter(
    (options: WorkerOptions) => new Worker(worker, { ...options, execArgv: ['--import', 'tsx'] }),
  );
  const bytes = new TextEncoder().encode(vtt);
  try {
    return [
      await measure(
        'read, split and draft a 2-hour transcript (2,000 cues, 12 items)',
        () => draftTranscript(parseVtt(vtt), headings, context),
        { target: TARGET_MS, iterations: 10, warmup: 2 },
      ),
      await measure(
        'the same in the worker thread, as the app does it (bytes in, cues and drafts out)',
        () => drafter.draft({ kind: 'read', bytes, fileName: 'meeting.vtt', headings, context }),
        { target: TARGET_MS, iterations: 10, warmup: 2 },
      ),
    ];
  } finally {
    await drafter.close();
  }
}
