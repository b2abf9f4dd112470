import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { MeetingFile } from '../../shared/model';
import type { Block } from './notes';
import { body, bullet, heading1, styled } from './paragraphs';
import { personName } from './people';
import { PAGE } from './palette';
import { STYLE } from './styles';
import { TABLE_STYLE } from './table-styles';

export const VERIFY_COMMAND = 'npm run cli -- verify <file>';

/**
 * Names the people who are to sign and says how to check their signatures. It is written from the
 * meeting file alone, never from the signatures themselves: a digital signature covers the
 * document's content, so adding one must not change a word of it.
 */
export function signatoriesBlock(meeting: MeetingFile): Block[] {
  if (meeting.signatories.length === 0) return [];
  return [
    heading1('Sign-off'),
    body('This document is to be signed by:'),
    ...meeting.signatories.map((signatory) =>
      bullet(signatory.role ? `${signatory.name}, ${signatory.role}` : signatory.name),
    ),
    styled(STYLE.notice, [
      new TextRun(
        'It is signed digitally rather than by hand. To check the signatures, open the document in ' +
          'Microsoft Word and choose File › Info › View Signatures, or run ',
      ),
      new TextRun({ text: VERIFY_COMMAND, bold: true }),
      new TextRun(' in the Minute Book folder.'),
    ]),
  ];
}

function signatureCell(label: string, widthPercent: number): TableCell {
  return new TableCell({
    width: { size: widthPercent, type: WidthType.PERCENTAGE },
    children: [
      new Paragraph({ style: STYLE.signatureSpace, children: [] }),
      styled(STYLE.signatureLabel, label),
    ],
  });
}

/** Where the Chair signs the printed minutes once the board has approved them. */
export function chairSignatureBlock(meeting: MeetingFile): Block[] {
  const chair = meeting.attendance.find((attendee) => attendee.chair);
  const signer = chair ? `${personName(chair)}, Chair` : 'Chair';
  const columns = [62, 38];
  return [
    heading1('Approval'),
    body('Signed by the Chair as a correct record of the meeting:'),
    new Table({
      style: TABLE_STYLE.layout,
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: columns.map((percent) => Math.round((PAGE.contentWidth * percent) / 100)),
      rows: [
        new TableRow({
          cantSplit: true,
          children: [signatureCell(`Signed: ${signer}`, 62), signatureCell('Date', 38)],
        }),
      ],
    }),
  ];
}
