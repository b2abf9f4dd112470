import { loadMeetingFile } from '../../files/read-meeting-file';
import { writeFileAtomic } from '../../files/write-file-atomic';
import { readAttendanceReportFile } from '../../teams/read-teams-files';
import { applyReportToMeetingFile } from '@shared/teams/apply-to-meeting-file';
import type { PlannedAttendance } from '@shared/teams/attendance-plan';
import type { CliCommand, CliIo } from '../command';
import { EXIT, readTeamsArgs, reportingUserErrors } from './teams-args';

const USAGE =
  'teams-attendance <report.csv> --meeting <meeting.json> --out <meeting.json> [--overwrite]';

function line(plan: PlannedAttendance): string {
  const how = plan.match.by ? ` (by ${plan.match.by})` : '';
  const who = plan.match.person
    ? `${plan.match.participant.name} → ${plan.match.person.name}`
    : plan.match.participant.name;
  const times = `${plan.joined}–${plan.left || '?'}${plan.joins > 1 ? `, joined ${plan.joins} times` : ''}`;
  return `  ${who}${how}: ${times}${plan.late ? ', late' : ''}${plan.leftEarly ? ', left early' : ''}`;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = readTeamsArgs(
    args,
    {
      meeting: { type: 'string', short: 'm' },
      out: { type: 'string', short: 'o' },
      overwrite: { type: 'boolean' },
    },
    ['meeting', 'out'],
    io,
  );
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n\nUsage: npm run cli -- ${USAGE}\n`);
    return EXIT.usage;
  }
  return reportingUserErrors(io, async () => {
    const meeting = await loadMeetingFile(String(parsed.values.meeting));
    const report = await readAttendanceReportFile(parsed.input);
    const result = applyReportToMeetingFile(meeting, report, {
      overwrite: parsed.values.overwrite === true,
    });
    if (result.warning) io.stderr(`Warning: ${result.warning}\n`);
    await writeFileAtomic(
      String(parsed.values.out),
      `${JSON.stringify(result.meeting, null, 2)}\n`,
    );
    const out = [`Wrote ${String(parsed.values.out)}`, `Matched ${result.matched.length}:`];
    out.push(...result.matched.map(line));
    if (result.added.length)
      out.push(
        `Not in the meeting, added as in attendance ${result.added.length}:`,
        ...result.added.map(line),
      );
    if (result.kept.length)
      out.push(
        `Sent apologies yet joined, left as apologies (use --overwrite to change) ${result.kept.length}:`,
        ...result.kept.map(line),
      );
    io.stdout(`${out.join('\n')}\n`);
    return EXIT.ok;
  });
}

export const teamsAttendanceCommand: CliCommand = {
  name: 'teams-attendance',
  summary:
    "Record who joined and left, from a Teams attendance report (.csv), in a meeting file's attendance.",
  usage: USAGE,
  run,
};
