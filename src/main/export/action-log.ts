import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import {
  minuteReference,
  type ActionStatus,
  type IsoDate,
  type MeetingFile,
} from '../../shared/model';
import type { MeetingView } from './audience';
import { entrySentence } from './entry-paragraph';
import { itemReference } from './items';
import { entriesOf, entryCitation, notesParts } from './minute-entries';
import { PAGE } from './palette';
import { STYLE } from './styles';
import { TABLE_STYLE } from './table-styles';
import { ACTION_STATUS_WORDS, ordinalDate } from './wording';

export interface LogRow {
  text: string;
  owner: string;
  due: IsoDate | '';
  status: ActionStatus;
  meetingDate: IsoDate;
  item?: number | undefined;
  /** "NPB/21/07/03 A1" for this meeting's actions; an earlier meeting's item reference, if known. */
  reference: string;
}

/**
 * The board's running log as the meeting file gives it (actions of earlier meetings still open),
 * then this meeting's actions, each once, in the order the minutes print them and cited by the
 * same references. Actions of items left out for the audience are left out too.
 */
export function actionLogRows(meeting: MeetingFile, view: MeetingView): LogRow[] {
  // The running log may already list this meeting's actions: its status is the one that counts.
  const loggedHere = new Map(
    meeting.actionLog
      .filter((row) => row.meetingDate === meeting.date)
      .map((row) => [row.text.trim(), row]),
  );
  const thisMeeting = new Set(
    meeting.items.flatMap((item) => item.actions.map((action) => action.text.trim())),
  );
  const fromThisMeeting: LogRow[] = view.items.flatMap((item) => {
    const reference = itemReference(meeting, item);
    return entriesOf(notesParts(item))
      .filter((entry) => entry.kind === 'action')
      .map((entry) => ({
        text: entrySentence(entry),
        owner: entry.owner,
        due: entry.due,
        status: loggedHere.get(entry.text.trim())?.status ?? entry.status,
        meetingDate: meeting.date,
        item: item.number,
        reference: entryCitation(reference, entry),
      }));
  });
  const earlier: LogRow[] = meeting.actionLog
    .filter((row) => row.meetingDate !== meeting.date || !thisMeeting.has(row.text.trim()))
    .filter((row) => !(row.meetingDate === meeting.date && row.item && view.omitted.has(row.item)))
    .map((row) => ({
      ...row,
      reference:
        row.item === undefined
          ? ''
          : minuteReference(
              meeting.minuteReferencePattern ?? '',
              meeting.board,
              row.meetingDate,
              row.item,
            ),
    }));
  return [...earlier, ...fromThisMeeting];
}

const COLUMNS = [
  { heading: 'Ref.', percent: 20 },
  { heading: 'Action', percent: 38 },
  { heading: 'Owner', percent: 17 },
  { heading: 'Due', percent: 14 },
  { heading: 'Status', percent: 11 },
] as const;

function cell(children: Paragraph[], percent: number): TableCell {
  return new TableCell({ width: { size: percent, type: WidthType.PERCENTAGE }, children });
}

function text(style: string, value: string): Paragraph {
  return new Paragraph({ style, children: [new TextRun(value)] });
}

/** Actions carried from an earlier meeting say which; this meeting's are cited by reference alone. */
function origin(row: LogRow, meetingDate: IsoDate): string {
  return row.meetingDate === meetingDate ? '' : `From ${ordinalDate(row.meetingDate)}`;
}

export function actionLogTable(rows: readonly LogRow[], meetingDate: IsoDate): Table {
  const [reference, action, owner, due, status] = COLUMNS;
  return new Table({
    style: TABLE_STYLE.grid,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: COLUMNS.map((column) => Math.round((PAGE.contentWidth * column.percent) / 100)),
    tableLook: { firstRow: true, lastRow: false, firstColumn: false, lastColumn: false },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: COLUMNS.map((column) =>
          cell([text(STYLE.tableHeading, column.heading)], column.percent),
        ),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell([text(STYLE.tableNote, row.reference || '—')], reference.percent),
              cell(
                [
                  text(STYLE.tableText, row.text),
                  ...(origin(row, meetingDate)
                    ? [text(STYLE.tableNote, origin(row, meetingDate))]
                    : []),
                ],
                action.percent,
              ),
              cell([text(STYLE.tableText, row.owner || '—')], owner.percent),
              cell([text(STYLE.tableText, row.due ? ordinalDate(row.due) : '—')], due.percent),
              cell([text(STYLE.tableText, ACTION_STATUS_WORDS[row.status])], status.percent),
            ],
          }),
      ),
    ],
  });
}
