import type { IParagraphStyleOptions, IStylesOptions } from 'docx';
import { LIST_REFERENCE } from './numbering';
import { COLOUR, FONT, PAGE, pt } from './palette';

/**
 * Every paragraph and character style the exported documents use (table styles are in
 * table-styles.ts), declared once so that the text itself carries no formatting and a secretary
 * can restyle the whole document in Word by changing a style. The ids
 * are Word's own where Word has the style (Title, Heading 1, List Bullet…), so Word's style gallery,
 * navigation pane and outline all work on the export.
 */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  listBullet: ['ListBullet', 'ListBullet2', 'ListBullet3'],
  listNumber: ['ListNumber', 'ListNumber2', 'ListNumber3'],
  listContinue: ['ListContinue', 'ListContinue2', 'ListContinue3'],
  quote: 'Quote',
  itemDetails: 'ItemDetails',
  notice: 'Notice',
  header: 'Header',
  footer: 'Footer',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  tableNote: 'TableNote',
  signatureSpace: 'SignatureSpace',
  signatureLabel: 'SignatureLabel',
  closing: 'Closing',
  decision: 'Decision',
  action: 'Action',
  signOffEntry: 'SignOffEntry',
} as const;

export const CHARACTER_STYLE = {
  draftMark: 'DraftMark',
  leadIn: 'LeadIn',
  entryLabel: 'EntryLabel',
  entryDetail: 'EntryDetail',
} as const;

/**
 * A decision or action stands apart from the prose around it: indented, with a rule down its left
 * edge, and kept on one page so that its owner and due date never end up overleaf.
 */
function entryStyle(id: string, name: string): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    paragraph: {
      indent: { left: 227 },
      spacing: { before: 60, after: 120 },
      keepLines: true,
      border: { left: { style: 'single', size: 18, color: COLOUR.blue, space: 8 } },
    },
  };
}

const LIST_LEVELS = [0, 1, 2] as const;

/** Points of a list sit close together; the list as a whole keeps a paragraph's space after it. */
const LIST_SPACING = { spacing: { after: 120 }, contextualSpacing: true } as const;

function listStyles(): IParagraphStyleOptions[] {
  return LIST_LEVELS.flatMap((level) => {
    const suffix = level === 0 ? '' : ` ${level + 1}`;
    const indent = { left: 360 * (level + 1) };
    return [
      {
        id: STYLE.listBullet[level],
        name: `List Bullet${suffix}`,
        basedOn: 'Normal',
        quickFormat: level === 0,
        paragraph: {
          numbering: { reference: LIST_REFERENCE.bullets, level },
          ...LIST_SPACING,
        },
      },
      {
        id: STYLE.listNumber[level],
        name: `List Number${suffix}`,
        basedOn: 'Normal',
        quickFormat: level === 0,
        paragraph: {
          numbering: { reference: LIST_REFERENCE.numbers, level },
          ...LIST_SPACING,
        },
      },
      {
        id: STYLE.listContinue[level],
        name: `List Continue${suffix}`,
        basedOn: 'Normal',
        paragraph: { indent, ...LIST_SPACING },
      },
    ];
  });
}

function paragraphStyles(): IParagraphStyleOptions[] {
  return [
    {
      id: 'Normal',
      name: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: pt(11), color: COLOUR.text },
      paragraph: { spacing: { after: 120, line: 276 } },
    },
    {
      id: STYLE.title,
      name: 'Title',
      basedOn: 'Normal',
      next: STYLE.subtitle,
      quickFormat: true,
      run: { size: pt(24), bold: true, color: COLOUR.darkBlue },
      paragraph: { spacing: { after: 60, line: 240 }, keepNext: true },
    },
    {
      id: STYLE.subtitle,
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: pt(13), color: COLOUR.secondary },
      paragraph: {
        spacing: { after: 240 },
        border: { bottom: { style: 'single', size: 12, color: COLOUR.blue, space: 8 } },
      },
    },
    {
      id: STYLE.heading1,
      name: 'heading 1',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: pt(15), bold: true, color: COLOUR.blue },
      paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, outlineLevel: 0 },
    },
    {
      id: STYLE.heading2,
      name: 'heading 2',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: pt(12), bold: true, color: COLOUR.text },
      // The item number and a tab open the heading; the hanging indent keeps a long title clear of it.
      paragraph: {
        spacing: { before: 240, after: 100 },
        indent: { left: 567, hanging: 567 },
        leftTabStop: 567,
        keepNext: true,
        outlineLevel: 1,
      },
    },
    {
      id: STYLE.heading3,
      name: 'heading 3',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: pt(11), bold: true, color: COLOUR.secondary },
      paragraph: { spacing: { before: 160, after: 60 }, keepNext: true, outlineLevel: 2 },
    },
    ...listStyles(),
    {
      id: STYLE.quote,
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      run: { italics: true, color: COLOUR.secondary },
      paragraph: { indent: { left: 567, right: 567 } },
    },
    {
      id: STYLE.itemDetails,
      name: 'Item Details',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: pt(9.5), color: COLOUR.secondary },
      paragraph: { spacing: { before: 0, after: 120 }, keepNext: true },
    },
    {
      id: STYLE.notice,
      name: 'Notice',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: pt(10), color: COLOUR.secondary, italics: true },
      paragraph: { spacing: { before: 120 } },
    },
    {
      id: STYLE.closing,
      name: 'Closing',
      basedOn: 'Normal',
      paragraph: { spacing: { before: 240 }, keepLines: true },
    },
    {
      id: STYLE.header,
      name: 'header',
      basedOn: 'Normal',
      run: { size: pt(9), color: COLOUR.secondary },
      paragraph: {
        spacing: { after: 0 },
        rightTabStop: PAGE.contentWidth,
        border: { bottom: { style: 'single', size: 4, color: COLOUR.rule, space: 4 } },
      },
    },
    {
      id: STYLE.footer,
      name: 'footer',
      basedOn: 'Normal',
      run: { size: pt(9), color: COLOUR.secondary },
      paragraph: { spacing: { after: 0 }, alignment: 'center' },
    },
    {
      id: STYLE.tableText,
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: pt(10) },
      paragraph: { spacing: { before: 40, after: 40, line: 252 } },
    },
    {
      id: STYLE.tableHeading,
      name: 'Table Heading',
      basedOn: STYLE.tableText,
      run: { bold: true },
    },
    {
      id: STYLE.tableNote,
      name: 'Table Note',
      basedOn: STYLE.tableText,
      run: { size: pt(8.5), color: COLOUR.secondary },
      paragraph: { spacing: { before: 0, after: 40 } },
    },
    {
      id: STYLE.signatureSpace,
      name: 'Signature Space',
      basedOn: 'Normal',
      next: STYLE.signatureLabel,
      // The space to sign in is the paragraph itself: tall, with its bottom border as the line.
      paragraph: {
        spacing: { before: 720, after: 40 },
        border: { bottom: { style: 'single', size: 6, color: COLOUR.text, space: 1 } },
        keepNext: true,
      },
    },
    entryStyle(STYLE.decision, 'Decision'),
    entryStyle(STYLE.action, 'Action'),
    {
      id: STYLE.signOffEntry,
      name: 'Sign-off Entry',
      basedOn: 'Normal',
      paragraph: { spacing: { after: 60 }, keepLines: true, keepNext: true },
    },
    {
      id: STYLE.signatureLabel,
      name: 'Signature Label',
      basedOn: 'Normal',
      run: { size: pt(9.5), color: COLOUR.secondary },
      paragraph: { spacing: { after: 0 } },
    },
  ];
}

export function documentStyles(): IStylesOptions {
  return {
    default: { document: { run: { font: FONT, size: pt(11) } } },
    paragraphStyles: paragraphStyles(),
    characterStyles: [
      {
        id: CHARACTER_STYLE.draftMark,
        name: 'Draft Mark',
        basedOn: 'DefaultParagraphFont',
        run: { bold: true, color: COLOUR.red },
      },
      {
        id: CHARACTER_STYLE.leadIn,
        name: 'Lead In',
        basedOn: 'DefaultParagraphFont',
        run: { bold: true, color: COLOUR.darkBlue },
      },
      {
        id: CHARACTER_STYLE.entryLabel,
        name: 'Entry Label',
        basedOn: 'DefaultParagraphFont',
        run: { bold: true, color: COLOUR.secondary, size: pt(10) },
      },
      {
        id: CHARACTER_STYLE.entryDetail,
        name: 'Entry Detail',
        basedOn: 'DefaultParagraphFont',
        run: { color: COLOUR.secondary, size: pt(10) },
      },
    ],
  };
}
