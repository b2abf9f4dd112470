import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ActionStatus, IsoDate, MeetingFile } from '../../shared/model';
import type { MeetingView } from './audience';
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
}

/**
 * The board's running log as the meeting file gives it, plus any action of this meeting the log
 * does not list yet, so the table is complete whether or not the app had already logged them.
 * Actions of items left out for the audience are left out too.
 */
export function actionLogRows(meeting: MeetingFile, view: MeetingView): LogRow[] {
  const hidden = (row: Pick<LogRow, 'meetingDate' | 'item'>) =>
    row.meetingDate === meeting.date && row.item !== undefined && view.omitted.has(row.item);
  const logged: LogRow[] = meeting.actionLog.filter((row) => !hidden(row));
  const key = (row: LogRow) => `${row.meetingDate}|${row.item ?? ''}|${row.text}`;
  const known = new Set(logged.map(key));
  const fromThisMeeting: LogRow[] = view.items.flatMap((item) =>
    item.actions.map((action) => ({ ...action, meetingDate: meeting.date, item: item.number })),
  );
  return [...logged, ...fromThisMeeting.filter((row) => !known.has(key(row)))];
}

const COLUMNS = [
  { heading: 'Action', percent: 46 },
  { heading: 'Owner', percent: 20 },
  { heading: 'Due', percent: 18 },
  { heading: 'Status', percent: 16 },
] as const;

function cell(children: Paragraph[], percent: number): TableCell {
  return new TableCell({ width: { size: percent, type: WidthType.PERCENTAGE }, children });
}

function text(style: string, value: string): Paragraph {
  return new Paragraph({ style, children: [new TextRun(value)] });
}

function origin(row: LogRow): string {
  const item = row.item === undefined ? '' : `, item ${row.item}`;
  return `From ${ordinalDate(row.meetingDate)}${item}`;
}

export function actionLogTable(rows: readonly LogRow[]): Table {
  const [action, owner, due, status] = COLUMNS;
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
              cell(
                [text(STYLE.tableText, row.text), text(STYLE.tableNote, origin(row))],
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
