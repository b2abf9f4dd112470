import { loadMeetingFile } from '../../files/read-meeting-file';
import { writeFileAtomic } from '../../files/write-file-atomic';
import { buildInvitation, fileInvitationUid, peopleToInvite } from '../../teams/invitation';
import type { CliCommand, CliIo } from '../command';
import { EXIT, readTeamsArgs, reportingUserErrors } from './teams-args';

const USAGE = 'invite <meeting.json> --out <meeting.ics> [--sequence N]';

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = readTeamsArgs(
    args,
    { out: { type: 'string', short: 'o' }, sequence: { type: 'string' } },
    ['out'],
    io,
  );
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n\nUsage: npm run cli -- ${USAGE}\n`);
    return EXIT.usage;
  }
  const sequenceText = parsed.values.sequence;
  if (sequenceText !== undefined && !/^\d{1,6}$/.test(String(sequenceText))) {
    io.stderr(`--sequence must be a whole number, not "${String(sequenceText)}".\n`);
    return EXIT.usage;
  }
  return reportingUserErrors(io, async () => {
    const meeting = await loadMeetingFile(parsed.input);
    const uid = meeting.invitation?.uid ?? fileInvitationUid(meeting);
    const sequence =
      sequenceText !== undefined ? Number(sequenceText) : (meeting.invitation?.sequence ?? 0);
    const people = peopleToInvite(meeting);
    const text = buildInvitation(meeting, { uid, sequence, stamp: new Date(), ...people });
    await writeFileAtomic(String(parsed.values.out), text);
    io.stdout(
      `Wrote ${String(parsed.values.out)}\n  UID ${uid}, SEQUENCE ${sequence}\n  ${people.invitees.length} invited${people.organiser ? `, sent by ${people.organiser.name}` : ', no organiser (no Secretary with an e-mail address)'}\n`,
    );
    return EXIT.ok;
  });
}

export const inviteCommand: CliCommand = {
  name: 'invite',
  summary:
    'Write the calendar invitation (.ics, Europe/London time) of a planned meeting, with its agenda.',
  usage: USAGE,
  run,
};
