import { formatLongDate, type ConfirmationRound, type Member } from '@shared/model';

export interface ReminderDraft {
  to: string[];
  subject: string;
  body: string;
  /** Members who have not confirmed but have no e-mail address in the register. */
  withoutEmail: Member[];
}

/** The reminder the secretary sends to members who have not confirmed their entries this year. */
export function reminderDraft(
  boardName: string,
  round: ConfirmationRound,
  members: readonly Member[],
): ReminderDraft {
  const withEmail = members.filter((member) => member.email.trim() !== '');
  return {
    to: withEmail.map((member) => member.email.trim()),
    subject: `${boardName}: please confirm your register of interests for ${round.year}`,
    body: [
      'Dear colleague,',
      '',
      `The ${boardName} reviews its register of interests every year. Our records show that you have not yet confirmed your entries for ${round.year}.`,
      '',
      'Please reply to confirm that your entries are complete and correct, tell me of any change (a new interest, or one that has ended, with its date), or, if you have no interests to declare, reply "nil return".',
      '',
      `Please reply by ${formatLongDate(round.to)}.`,
      '',
      'With thanks,',
      'Board Secretary',
    ].join('\n'),
    withoutEmail: members.filter((member) => member.email.trim() === ''),
  };
}
