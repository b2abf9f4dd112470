import { draftTranscript, type TranscriptDrafts } from '../../shared/teams/draft-transcript';
import type { DraftContext } from '../../shared/teams/draft';
import type { AgendaHeading } from '../../shared/teams/split-transcript';
import type { Cue } from '../../shared/teams/transcript';
import { parseTranscriptBytes } from './read-teams-files';

/**
 * The work on a transcript that grows with its length: parsing it and drafting each item (sentence
 * splitting, key sentences, decisions and actions with wink-nlp). The app runs it in a worker
 * thread (isolated-drafter.ts); tests and the command line run it here.
 */
export type TranscriptJob =
  | {
      kind: 'read';
      bytes: Uint8Array;
      fileName: string;
      headings: AgendaHeading[];
      context: DraftContext;
    }
  | {
      kind: 'redraft';
      cues: Cue[];
      headings: AgendaHeading[];
      context: DraftContext;
      starts: number[];
    };

export type TranscriptJobResult =
  | { kind: 'read'; cues: Cue[]; drafts: TranscriptDrafts }
  | { kind: 'redraft'; drafts: TranscriptDrafts };

export async function runTranscriptJob(job: TranscriptJob): Promise<TranscriptJobResult> {
  if (job.kind === 'redraft')
    return {
      kind: 'redraft',
      drafts: draftTranscript(job.cues, job.headings, job.context, job.starts),
    };
  const cues = await parseTranscriptBytes(job.bytes, job.fileName);
  return { kind: 'read', cues, drafts: draftTranscript(cues, job.headings, job.context) };
}

/** Runs a job; the app's ports put it in a worker thread, bounded in time and memory. */
export type DraftTranscripts = (job: TranscriptJob) => Promise<TranscriptJobResult>;
