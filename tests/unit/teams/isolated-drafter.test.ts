import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { createIsolatedDrafter } from '@main/teams/isolated-drafter';
import { runTranscriptJob, type TranscriptJob } from '@main/teams/transcript-job';
import { plannedMeeting, teamsFixture } from '../../support/teams-fixtures';

/** The app bundles the worker with electron-vite; here tsx runs its TypeScript. */
const WORKER = resolve(__dirname, '../../../src/main/teams/transcript-worker.ts');
const startWorker = (options: WorkerOptions) =>
  new Worker(WORKER, { ...options, execArgv: ['--import', 'tsx'] });

const meeting = plannedMeeting();
const headings = meeting.items.map(({ number, title }) => ({ number, title }));
const context = {
  meetingDate: meeting.date,
  nextMeetingDate: meeting.nextMeetingDate,
  people: meeting.attendance.map((person) => person.name),
};

async function readJob(fileName: string, bytes?: Uint8Array): Promise<TranscriptJob> {
  return {
    kind: 'read',
    bytes: bytes ?? (await readFile(teamsFixture('transcript-2021-07-27.vtt'))),
    fileName,
    headings,
    context,
  };
}

const drafters: { close: () => Promise<void> }[] = [];
afterAll(() => Promise.all(drafters.map((each) => each.close())));

describe('parsing and drafting a transcript in a worker thread', { timeout: 60_000 }, () => {
  it('gives the same cues and drafts as doing it here, and drafts again from moved starts', async () => {
    const isolated = createIsolatedDrafter(startWorker);
    drafters.push(isolated);
    const job = await readJob('board.vtt');
    const there = await isolated.draft(job);
    expect(there).toEqual(await runTranscriptJob(job));
    if (there.kind !== 'read') throw new Error('expected cues');
    const redraft: TranscriptJob = {
      kind: 'redraft',
      cues: there.cues,
      headings,
      context,
      starts: [0, 3, 9, 16, 21],
    };
    expect(await isolated.draft(redraft)).toEqual(await runTranscriptJob(redraft));
  });

  it('refuses a file that is not a transcript with the message the user sees', async () => {
    const isolated = createIsolatedDrafter(startWorker);
    drafters.push(isolated);
    const job = await readJob('letter.vtt', new TextEncoder().encode('Dear Sir,\n\nThank you.'));
    await expect(isolated.draft(job)).rejects.toThrow(/^letter\.vtt: /);
  });

  it('stops a transcript that takes too long, says so, and drafts the next with a new worker', async () => {
    // A limit no worker can meet stands in for a hostile transcript that would keep it busy.
    const impatient = createIsolatedDrafter(startWorker, 1);
    drafters.push(impatient);
    const job = await readJob('slow.vtt');
    await expect(impatient.draft(job)).rejects.toThrow(
      /^Minute Book stopped drafting after 0.001 seconds/,
    );
    const patient = createIsolatedDrafter(startWorker);
    drafters.push(patient);
    expect((await patient.draft(job)).drafts.items).toHaveLength(headings.length);
  });
});
