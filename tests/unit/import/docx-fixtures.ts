import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

/** Old minutes as Word documents, made with the `docx` library the way Word lays them out. */

function cell(text: string): TableCell {
  return new TableCell({ children: [new Paragraph(text)] });
}

function row(cells: string[]): TableRow {
  return new TableRow({ children: cells.map(cell) });
}

/** Attendance in a table with a header row; items as headings, one numbered and one not. */
export function tableAndHeadingsDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Finance Committee', heading: HeadingLevel.TITLE }),
          new Paragraph('Minutes of the meeting held on Thursday 3 February 2022'),
          new Paragraph({ text: 'Attendance', heading: HeadingLevel.HEADING_1 }),
          new Table({
            rows: [
              row(['Name', 'Organisation', 'Role', 'Status']),
              row(['Dr Ann Shah FRCP', 'Trust', 'Chair', 'Present']),
              row(['Ben Okafor', 'PCN', 'Member', 'Apologies']),
              row(['Zoë Núñez', 'Auditors', 'External auditor', 'In attendance']),
            ],
          }),
          new Paragraph({ text: '1. Welcome', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('The Chair welcomed members to the cafÃ© meeting room.'),
          new Paragraph({ text: 'Budget 2022/23', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new TextRun('The committee reviewed the '),
              new TextRun({ text: 'draft', bold: true }),
              new TextRun(' budget:'),
            ],
          }),
          new Paragraph({ text: 'pay costs', bullet: { level: 0 } }),
          new Paragraph({ text: 'estates', bullet: { level: 0 } }),
          new Paragraph({ text: 'backlog maintenance', bullet: { level: 1 } }),
          new Paragraph('DECISION: The budget was approved.'),
          new Paragraph('ACTION: Ben to circulate the final budget.'),
          new Paragraph('Next meeting: 3 March 2022'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** Items as Word's own numbered paragraphs with notes between them; attendance as bullet lists. */
export function numberedParagraphsDocx(): Promise<Buffer> {
  const item = (text: string) =>
    new Paragraph({
      children: [new TextRun({ text, bold: true })],
      numbering: { reference: 'items', level: 0 },
    });
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'items',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Quality Committee', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('14/03/2024 | Meeting Summary'),
          new Paragraph({ children: [new TextRun({ text: 'Present', bold: true })] }),
          new Paragraph({ text: 'Ann Shah - Trust (Chair)', bullet: { level: 0 } }),
          new Paragraph({ text: 'Cy Morgan, PhD - ICS', bullet: { level: 0 } }),
          new Paragraph({ children: [new TextRun({ text: 'Apologies:', bold: true })] }),
          new Paragraph({ text: 'Fay Lee -Trust', bullet: { level: 0 } }),
          item('Welcome and apologies'),
          new Paragraph('The Chair welcomed members.'),
          item('Risk register'),
          new Paragraph('The committee reviewed the risk register.'),
          new Paragraph('Action: Cy to update the register'),
          item('Any other business'),
          new Paragraph('None.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
