import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { MeetingFile } from '../../shared/model';
import type { Block } from './notes';
import { body, heading1, styled } from './paragraphs';
import { personName } from './people';
import { PAGE } from './palette';
import { CHARACTER_STYLE, STYLE } from './styles';
import { TABLE_STYLE } from './table-styles';
import { isApproved, ordinalDate } from './wording';

/**
 * How a copy is signed, which decides its sign-off:
 * - `digital`: the file itself is signed (Minute Book, Word or LibreOffice). The page names each
 *   signer, their role, the day and their certificate's SHA-256 fingerprint, and says how to check
 *   the signatures; it has no line to sign on, since a printout of it carries no signature.
 * - `hand`: a copy printed for the Chair to sign in ink, with a signature and date line and no
 *   word about digital signatures.
 * - `none`: minutes circulated to be read, not signed.
 * Only approved minutes are signed, so a draft has no sign-off whatever is asked.
 */
export type SignOffKind = 'none' | 'digital' | 'hand';

export function signOffKind(meeting: MeetingFile, handSignature: boolean): SignOffKind {
  if (!isApproved(meeting.status)) return 'none';
  if (handSignature) return 'hand';
  return meeting.signatories.length > 0 ? 'digital' : 'none';
}

type Signatory = MeetingFile['signatories'][number];

function signerLine(signatory: Signatory): Paragraph {
  const who = signatory.role ? `, ${signatory.role}` : '';
  const when = signatory.signedOn ? `, on ${ordinalDate(signatory.signedOn)}` : '';
  const runs = [new TextRun({ text: signatory.name, bold: true }), new TextRun(`${who}${when}`)];
  if (signatory.certificateSha256) {
    runs.push(
      new TextRun({
        text: 'Certificate SHA-256 fingerprint:',
        break: 1,
        style: CHARACTER_STYLE.entryDetail,
      }),
      new TextRun({
        text: signatory.certificateSha256,
        break: 1,
        style: CHARACTER_STYLE.entryDetail,
      }),
    );
  }
  return new Paragraph({ style: STYLE.signOffEntry, children: runs });
}

const HOW_TO_CHECK = [
  'The signatures are in this file, not on the page: a printed copy is not signed. ' +
    'To check them in Microsoft Word, choose File ▸ Info ▸ View Signatures; in LibreOffice, ' +
    'choose File ▸ Digital Signatures ▸ Digital Signatures. Each signer should be listed, and ' +
    'each signature shown as valid; any change to the document after signing makes the ' +
    'signatures invalid.',
  'A signer’s certificate is their own rather than issued by a certification authority, so Word ' +
    'and LibreOffice may say that it cannot be verified. Compare its SHA-256 fingerprint with the ' +
    'one printed here, or with the one the signer reads out from their copy of Minute Book: in ' +
    'LibreOffice, select the signature and choose View Certificate ▸ Details; in Word, open the ' +
    'signature’s details and view the certificate.',
];

/**
 * Names who signed the file digitally, and how to check it. Written before signing, from the
 * meeting file: a signature covers the document's content, so signing it changes no word of it.
 * Signatories whose certificate is not yet known sign the same file later, each adding a signature.
 */
function digitalSignOff(meeting: MeetingFile): Block[] {
  const signed = meeting.signatories.filter((each) => each.certificateSha256);
  const toSign = meeting.signatories.filter((each) => !each.certificateSha256);
  return [
    heading1('Sign-off'),
    ...(signed.length > 0
      ? [
          kept('These minutes were approved as a correct record and are signed digitally by:'),
          ...signed.map(signerLine),
        ]
      : []),
    ...(toSign.length > 0
      ? [
          kept(
            signed.length > 0
              ? 'They are to be signed digitally also by:'
              : 'These minutes were approved as a correct record and are to be signed digitally by:',
          ),
          ...toSign.map(signerLine),
        ]
      : []),
    ...HOW_TO_CHECK.map(
      (text, index) =>
        new Paragraph({
          style: STYLE.notice,
          keepNext: index < HOW_TO_CHECK.length - 1,
          keepLines: true,
          children: [new TextRun(text)],
        }),
    ),
  ];
}

function kept(text: string): Paragraph {
  return new Paragraph({ keepNext: true, children: [new TextRun(text)] });
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

/** Who signs in ink: the named signatories, else whoever chaired the meeting. */
function handSigners(meeting: MeetingFile): string[] {
  if (meeting.signatories.length > 0) {
    return meeting.signatories.map((each) =>
      each.role ? `${each.name}, ${each.role}` : each.name,
    );
  }
  const chair = meeting.attendance.find((attendee) => attendee.chair);
  if (!chair) return ['Chair of the meeting'];
  const role = chair.role.trim();
  if (/^chair$/i.test(role)) return [`${personName(chair)}, Chair`];
  return [`${personName(chair)}, ${role ? `${role}, ` : ''}in the chair`];
}

/** Lines to sign and date on a copy printed for signing by hand. */
function handSignOff(meeting: MeetingFile): Block[] {
  const columns = [62, 38];
  return [
    heading1('Approval'),
    body('Signed as a correct record of the meeting:'),
    new Table({
      style: TABLE_STYLE.layout,
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: columns.map((percent) => Math.round((PAGE.contentWidth * percent) / 100)),
      rows: handSigners(meeting).map(
        (signer) =>
          new TableRow({
            cantSplit: true,
            children: [signatureCell(`Signed: ${signer}`, 62), signatureCell('Date', 38)],
          }),
      ),
    }),
  ];
}

export function signOffBlock(meeting: MeetingFile, kind: SignOffKind): Block[] {
  switch (kind) {
    case 'digital':
      return digitalSignOff(meeting);
    case 'hand':
      return handSignOff(meeting);
    case 'none':
      return [];
  }
}
