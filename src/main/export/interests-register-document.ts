import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type Document } from 'docx';
import {
  INTEREST_CATEGORY_WORDS,
  type InterestsRegisterDocument,
  type RegisterMember,
} from '../../shared/model';
import type { Block } from './notes';
import { heading1, heading2, styled } from './paragraphs';
import { buildRecordDocument, contentWidth } from './records-document';
import { STYLE } from './styles';
import { TABLE_STYLE } from './table-styles';
import { ordinalDate } from './wording';

const COLUMNS = [
  { heading: 'Type of interest', percent: 20 },
  { heading: 'Description', percent: 36 },
  { heading: 'Organisation', percent: 20 },
  { heading: 'Declared', percent: 12 },
  { heading: 'Ended', percent: 12 },
] as const;

function text(style: string, value: string): Paragraph {
  return new Paragraph({ style, children: [new TextRun(value)] });
}

function entriesTable(member: RegisterMember, audience: 'internal' | 'public'): Table {
  const width = contentWidth('portrait');
  const twips = (percent: number) => Math.round((width * percent) / 100);
  const cell = (children: Paragraph[], percent: number) =>
    new TableCell({ width: { size: twips(percent), type: WidthType.DXA }, children });
  const [category, description, organisation, declared, ended] = COLUMNS;
  return new Table({
    style: TABLE_STYLE.grid,
    width: { size: width, type: WidthType.DXA },
    columnWidths: COLUMNS.map((column) => twips(column.percent)),
    tableLook: { firstRow: true, lastRow: false, firstColumn: false, lastColumn: false },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: COLUMNS.map((column) =>
          cell([text(STYLE.tableHeading, column.heading)], column.percent),
        ),
      }),
      ...member.entries.map(
        (entry) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(
                [text(STYLE.tableText, INTEREST_CATEGORY_WORDS[entry.category])],
                category.percent,
              ),
              cell(
                [
                  text(STYLE.tableText, entry.description),
                  // The internal copy says which lines the public one leaves out.
                  ...(audience === 'internal' && !entry.publish
                    ? [text(STYLE.tableNote, 'Not for publication')]
                    : []),
                ],
                description.percent,
              ),
              cell([text(STYLE.tableText, entry.organisation || '—')], organisation.percent),
              cell([text(STYLE.tableText, ordinalDate(entry.declaredOn))], declared.percent),
              cell(
                [text(STYLE.tableText, entry.endedOn ? ordinalDate(entry.endedOn) : '—')],
                ended.percent,
              ),
            ],
          }),
      ),
    ],
  });
}

function confirmation(member: RegisterMember): string {
  if (member.confirmedOn === '') return 'Not yet confirmed by the member.';
  const date = ordinalDate(member.confirmedOn);
  return member.nilReturn
    ? `Nil return made on ${date}: nothing to declare.`
    : `Confirmed by the member on ${date}.`;
}

function memberBlock(member: RegisterMember, audience: 'internal' | 'public'): Block[] {
  const about = [member.role, member.organisation].filter(Boolean).join(', ');
  return [
    heading2(member.name),
    ...(about ? [styled(STYLE.itemDetails, about)] : []),
    member.entries.length > 0
      ? entriesTable(member, audience)
      : // The public version cannot tell "none" from "none to publish", so it claims only the latter.
        styled(
          'Normal',
          audience === 'public' ? 'No interests to publish.' : 'No interests declared.',
        ),
    styled(STYLE.tableNote, confirmation(member)),
  ];
}

/**
 * The register of interests for publication, in the house style. The public version is built
 * from a register that already left out what the board marked not for publication, and says so.
 */
export function buildInterestsRegisterDocument(register: InterestsRegisterDocument): Document {
  const asOf = ordinalDate(register.asOf);
  const isPublic = register.audience === 'public';
  const notices = [
    styled(
      STYLE.notice,
      'Interests are listed in the four categories of NHS England’s guidance on managing conflicts of interest. An interest that has ended stays on the register for six months.',
    ),
    ...(isPublic
      ? [
          styled(
            STYLE.notice,
            'Published version: entries the board has agreed not to publish are left out.',
          ),
        ]
      : []),
  ];
  return buildRecordDocument({
    board: register.board,
    standing: isPublic ? 'Register of interests · Public version' : 'Register of interests',
    properties: {
      title: `${register.board}: register of interests, ${asOf}`,
      subject: `Register of interests of ${register.board} as at ${asOf}`,
      description: isPublic ? 'Public version.' : 'Internal version.',
      keywords: [register.board, 'register of interests', register.asOf].join('; '),
    },
    sections: [
      {
        orientation: 'portrait',
        children: [
          styled(STYLE.title, register.board),
          styled(STYLE.subtitle, [
            new TextRun({ text: 'Register of interests', bold: true }),
            new TextRun(` | as at ${asOf}`),
          ]),
          ...notices,
          heading1('Members'),
          ...(register.members.length > 0
            ? register.members.flatMap((member) => memberBlock(member, register.audience))
            : [styled('Normal', 'No member is in office on this date.')]),
        ],
      },
    ],
  });
}
