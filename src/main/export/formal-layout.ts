import { Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { MeetingFile } from '../../shared/model';
import { actionLogRows, actionLogTable } from './action-log';
import { attendanceList, attendeeBullets, attendeesWith } from './attendance';
import type { MeetingView } from './audience';
import { formalItem } from './items';
import type { ListInstances } from './numbering';
import type { Block } from './notes';
import { body, bullet, heading1, styled } from './paragraphs';
import { countsTowardsQuorum } from './people';
import { signOffBlock, type SignOffKind } from './sign-off';
import { PAGE } from './palette';
import { STYLE } from './styles';
import { TABLE_STYLE } from './table-styles';
import { omissionNotice } from './notices';
import { ordinalDateWithWeekday, timeRange } from './wording';

/**
 * Titles that name the kind of record rather than the meeting ("Minutes", "Meeting Summary", as
 * imported minutes often have): formal minutes then say "Minutes of the meeting", never "Minutes of
 * the Minutes".
 */
const RECORD_TITLE =
  /^(?:the\s+)?(?:meeting\s+)?(?:summary|minutes|notes|record)(?:\s+of\s+(?:the\s+)?meeting)?$/i;

function subtitle(meeting: MeetingFile): string {
  const title = meeting.title.trim();
  const what =
    title === '' || RECORD_TITLE.test(title) ? 'the meeting' : `the ${title.replace(/^the /i, '')}`;
  return `Minutes of ${what} held on ${ordinalDateWithWeekday(meeting.date)}`;
}

/** Date, time, venue and whether the meeting was public, as label and value in two columns. */
function detailsTable(meeting: MeetingFile): Table {
  const rows: [string, string][] = [
    ['Date', ordinalDateWithWeekday(meeting.date)],
    ['Time', timeRange(meeting.startTime, meeting.endTime)],
    ['Venue', meeting.location.trim()],
    ['Meeting', meeting.visibility === 'public' ? 'Held in public' : 'Held in private'],
  ];
  const label = Math.round(PAGE.contentWidth * 0.18);
  return new Table({
    style: TABLE_STYLE.layout,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [label, PAGE.contentWidth - label],
    rows: rows
      .filter(([, value]) => value !== '')
      .map(
        ([name, value]) =>
          new TableRow({
            children: [
              new TableCell({
                width: { size: 18, type: WidthType.PERCENTAGE },
                children: [styled(STYLE.tableHeading, name)],
              }),
              new TableCell({
                width: { size: 82, type: WidthType.PERCENTAGE },
                children: [styled(STYLE.tableText, value)],
              }),
            ],
          }),
      ),
  });
}

function quorumStatement(meeting: MeetingFile): string {
  const present = meeting.attendance.filter(countsTowardsQuorum).length;
  const members = present === 1 ? '1 member was present' : `${present} members were present`;
  const required = meeting.quorumRequired;
  if (required === undefined) return `${members}.`;
  return present >= required
    ? `The meeting was quorate: ${members} and the quorum is ${required}.`
    : `The meeting was not quorate: ${members} and the quorum is ${required}.`;
}

function declarations(meeting: MeetingFile, view: MeetingView): Block[] {
  const shown = meeting.declarations.filter(
    (declaration) => declaration.item === undefined || !view.omitted.has(declaration.item),
  );
  if (shown.length === 0) return [body('No declarations of interest were made.')];
  return shown.map((declaration) =>
    bullet([
      new TextRun({ text: `${declaration.name}: `, bold: true }),
      new TextRun(declaration.interest),
      ...(declaration.item === undefined ? [] : [new TextRun(` (item ${declaration.item})`)]),
    ]),
  );
}

/** Whether the agenda already has an item for other business, so the minutes do not add a second. */
function hasOtherBusinessItem(view: MeetingView): boolean {
  return view.items.some((item) => /\bany other business\b|\bAOB\b/i.test(item.title));
}

function actionLog(meeting: MeetingFile, view: MeetingView): Block[] {
  const rows = actionLogRows(meeting, view);
  return [
    heading1('Action log'),
    rows.length > 0
      ? actionLogTable(rows, meeting.date)
      : body('There are no actions to follow up.'),
  ];
}

/**
 * Minutes as a board's secretariat files them: the heading, who was there, quorum, declarations,
 * each item with its reference, decisions and actions, the action log, the next meeting, and
 * space for the Chair to sign once the board has approved them.
 */
export function formalLayout(
  meeting: MeetingFile,
  view: MeetingView,
  lists: ListInstances,
  signOff: SignOffKind,
): Block[] {
  const present = attendeesWith(meeting, 'present');
  return [
    styled(STYLE.title, meeting.board),
    styled(STYLE.subtitle, subtitle(meeting)),
    detailsTable(meeting),
    ...omissionNotice(view),
    heading1('Present'),
    ...(present.length > 0
      ? attendeeBullets(present)
      : [body('No members were recorded as present.')]),
    ...attendanceList(heading1('In attendance'), attendeesWith(meeting, 'in-attendance')),
    ...attendanceList(heading1('Apologies'), attendeesWith(meeting, 'apologies')),
    ...attendanceList(heading1('Absent'), attendeesWith(meeting, 'absent')),
    heading1('Quorum'),
    body(quorumStatement(meeting)),
    heading1('Declarations of interest'),
    ...declarations(meeting, view),
    ...(view.items.length > 0 ? [heading1('Agenda Items')] : []),
    ...view.items.flatMap((item) => formalItem(meeting, item, lists)),
    ...(hasOtherBusinessItem(view)
      ? []
      : [heading1('Any other business'), body('There was no other business.')]),
    ...actionLog(meeting, view),
    heading1('Date of next meeting'),
    body(
      meeting.nextMeetingDate
        ? ordinalDateWithWeekday(meeting.nextMeetingDate)
        : 'To be confirmed.',
    ),
    ...signOffBlock(meeting, signOff),
  ];
}
