import type { CliCommand } from '../command';
import { exportDocxCommand } from './export-docx';
import { identityNewCommand } from './identity-new';
import { importCommand } from './import';
import { searchCommand } from './search';
import { signCommand } from './sign';
import { verifyCommand } from './verify';
import { attendanceCommand } from './attendance';
import { interestsCommand } from './interests';
import { inviteCommand } from './invite';
import { teamsAttendanceCommand } from './teams-attendance';
import { transcriptCommand } from './transcript';

/** Every command of `npm run cli`, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  exportDocxCommand,
  identityNewCommand,
  importCommand,
  searchCommand,
  signCommand,
  verifyCommand,
  attendanceCommand,
  interestsCommand,
  inviteCommand,
  teamsAttendanceCommand,
  transcriptCommand,
];
