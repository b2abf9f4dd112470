import { loadMeetingFile } from '../../files/read-meeting-file';
import { writeFileAtomic } from '../../files/write-file-atomic';
import { readTranscriptFile } from '../../teams/read-teams-files';
import { draftTranscript } from '@shared/teams/draft-transcript';
import type { CliCommand, CliIo } from '../command';
import { EXIT, readTeamsArgs, reportingUserErrors } from './teams-args';

const USAGE = 'transcript <transcript.vtt|.docx> --meeting <meeting.json> --out <drafts.json>';

/** The drafts file's identity, so a reader knows what it holds (docs/teams.md). */
export const DRAFTS_FORMAT = 'minute-book.transcript-drafts';

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = readTeamsArgs(
    args,
    { meeting: { type: 'string', short: 'm' }, out: { type: 'string', short: 'o' } },
    ['meeting', 'out'],
    io,
  );
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n\nUsage: npm run cli -- ${USAGE}\n`);
    return EXIT.usage;
  }
  return reportingUserErrors(io, async () => {
    const meeting = await loadMeetingFile(String(parsed.values.meeting));
    const cues = await readTranscriptFile(parsed.input);
    const drafts = draftTranscript(
      cues,
      meeting.items.map(({ number, title }) => ({ number, title })),
      {
        meetingDate: meeting.date,
        nextMeetingDate: meeting.nextMeetingDate,
        people: meeting.attendance.map((person) => person.name),
      },
    );
    const file = {
      format: DRAFTS_FORMAT,
      version: 1,
      draft: true,
      meetingDate: meeting.date,
      items: drafts.items.map((item) => ({
        number: item.number,
        title: item.title,
        speakers: item.speakers,
        keySentences: item.keySentences,
        candidateDecisions: item.candidateDecisions,
        candidateActions: item.candidateActions,
      })),
    };
    await writeFileAtomic(String(parsed.values.out), `${JSON.stringify(file, null, 2)}\n`);
    const counts = drafts.items.map(
      (item) =>
        `  ${item.number}. ${item.title}: ${item.endCue - item.firstCue} cues, ${item.candidateDecisions.length} decisions, ${item.candidateActions.length} actions proposed`,
    );
    io.stdout(
      `Wrote ${String(parsed.values.out)} (drafts, for the secretary to accept or reject)\n${counts.join('\n')}\n`,
    );
    return EXIT.ok;
  });
}

export const transcriptCommand: CliCommand = {
  name: 'transcript',
  summary:
    "Split a Teams transcript (.vtt or .docx) by a meeting's agenda and propose draft minutes for each item.",
  usage: USAGE,
  run,
};
