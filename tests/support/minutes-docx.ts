import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

const WORDS = (
  'the board noted the report and agreed that the secretary would circulate the revised terms of ' +
  'reference to members before the next meeting with comments on governance finance and membership'
).split(' ');

/** Deterministic filler prose of `count` words. */
function prose(count: number, seed: number): string {
  const words: string[] = [];
  for (let index = 0; index < count; index++)
    words.push(WORDS[(seed * 7 + index * 3) % WORDS.length] ?? 'board');
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * A board's minutes as a .docx made with the `docx` library: a heading, an attendance table and
 * `items` agenda items sharing about `words` words of notes. Test data for signing, not the app's export.
 */
export async function makeMinutesDocx({
  items = 40,
  words = 5000,
  title = 'Minutes of the Board, 21 June 2021',
}: { items?: number; words?: number; title?: string } = {}): Promise<Buffer> {
  const perItem = Math.max(1, Math.floor(words / items));
  const attendance = new Table({
    rows: ['Alice Chair', 'Bob Member', 'Siân Secretary'].map(
      (name) =>
        new TableRow({
          children: [
            new TableCell({ children: [new Paragraph(name)] }),
            new TableCell({ children: [new Paragraph('Present')] }),
          ],
        }),
    ),
  });
  const body = Array.from({ length: items }, (_, index) => [
    new Paragraph({
      text: `${index + 1}. Agenda item ${index + 1}`,
      heading: HeadingLevel.HEADING_2,
    }),
    new Paragraph({ children: [new TextRun(prose(perItem, index))] }),
  ]).flat();
  const document = new Document({
    creator: 'Minute Book tests',
    title,
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
          attendance,
          ...body,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A short document that is not minutes, e.g. a board's terms of reference. */
export async function makeTermsOfReferenceDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Terms of Reference', heading: HeadingLevel.TITLE }),
          new Paragraph('1. Purpose. The board advises on the community programme.'),
          new Paragraph('2. Quorum. Five members, including the Chair or Vice-Chair.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
