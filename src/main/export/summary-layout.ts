import { TextRun } from 'docx';
import type { MeetingFile } from '../../shared/model';
import { attendanceList, attendeesWith } from './attendance';
import type { MeetingView } from './audience';
import { summaryItem } from './items';
import { omissionNotice } from './notices';
import type { ListInstances } from './numbering';
import type { Block } from './notes';
import { heading1, heading2, labelled, styled } from './paragraphs';
import { signOffBlock, type SignOffKind } from './sign-off';
import { STYLE } from './styles';
import { ordinalDate } from './wording';

/**
 * The board's house style (shared/examples/nhs-python-community-board-2021-06-21.md): the board's
 * name, "21st June 2021 | Meeting Summary", who attended, the numbered items with their notes,
 * and the date of the next meeting.
 */
export function summaryLayout(
  meeting: MeetingFile,
  view: MeetingView,
  lists: ListInstances,
  signOff: SignOffKind,
): Block[] {
  const members = [
    ...attendanceList(heading2('Attendees'), attendeesWith(meeting, 'present')),
    ...attendanceList(heading2('In attendance'), attendeesWith(meeting, 'in-attendance')),
    ...attendanceList(heading2('Apologies'), attendeesWith(meeting, 'apologies')),
  ];
  return [
    styled(STYLE.title, meeting.board),
    styled(STYLE.subtitle, [
      new TextRun(`${ordinalDate(meeting.date)} | `),
      new TextRun({ text: meeting.title, bold: true }),
    ]),
    ...omissionNotice(view),
    ...(members.length > 0 ? [heading1('Board Members'), ...members] : []),
    ...(view.items.length > 0 ? [heading1('Agenda Items')] : []),
    ...view.items.flatMap((item) => summaryItem(meeting, item, lists)),
    ...(meeting.nextMeetingDate
      ? [
          styled(
            STYLE.closing,
            labelled('Next board meeting date:', ordinalDate(meeting.nextMeetingDate)),
          ),
        ]
      : []),
    ...signOffBlock(meeting, signOff),
  ];
}
