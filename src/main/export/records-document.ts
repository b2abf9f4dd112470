import {
  Document,
  Header,
  PageOrientation,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { documentNumbering } from './numbering';
import { pageFooter } from './page-furniture';
import { PAGE } from './palette';
import { documentStyles, STYLE } from './styles';
import { TABLE_STYLES_XML } from './table-styles';
import type { Block } from './notes';

/** A4 landscape: 297 mm wide, for a matrix with a column per meeting. */
const LANDSCAPE_CONTENT_WIDTH = 16838 - 2 * PAGE.margin;

export type Orientation = 'portrait' | 'landscape';

export function contentWidth(orientation: Orientation): number {
  return orientation === 'landscape' ? LANDSCAPE_CONTENT_WIDTH : PAGE.contentWidth;
}

/** The board's name on the left and what the document is on the right, on every page. */
function recordHeader(board: string, standing: string, orientation: Orientation): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        // The header style's right tab stop is at the portrait width: a landscape page clears it.
        tabStops: [
          ...(orientation === 'landscape'
            ? [{ type: TabStopType.CLEAR, position: PAGE.contentWidth }]
            : []),
          { type: TabStopType.RIGHT, position: contentWidth(orientation) },
        ],
        children: [new TextRun({ children: [board, new Tab(), standing] })],
      }),
    ],
  });
}

export interface RecordSection {
  orientation: Orientation;
  children: Block[];
}

export interface RecordDocumentOptions {
  board: string;
  /** What the header says on the right, e.g. "Attendance record 2025". */
  standing: string;
  properties: { title: string; subject: string; description: string; keywords: string };
  sections: RecordSection[];
}

/**
 * A board's standing record (attendance, register of interests) as a Word document in the house
 * style: the same styles, lists, table styles and page furniture as the minutes, so it restyles
 * with them and can be pasted into the annual report as it is.
 */
export function buildRecordDocument(options: RecordDocumentOptions): Document {
  const sections: ISectionOptions[] = options.sections.map((section) => ({
    properties: {
      page: {
        size:
          section.orientation === 'landscape'
            ? { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 }
            : { orientation: PageOrientation.PORTRAIT, width: 11906, height: 16838 },
        margin: {
          top: PAGE.topMargin,
          bottom: PAGE.margin,
          left: PAGE.margin,
          right: PAGE.margin,
          header: PAGE.headerDistance,
          footer: PAGE.headerDistance,
        },
      },
    },
    headers: { default: recordHeader(options.board, options.standing, section.orientation) },
    footers: { default: pageFooter() },
    children: section.children,
  }));
  return new Document({
    ...options.properties,
    creator: `${options.board} secretariat`,
    lastModifiedBy: 'Minute Book',
    externalStyles: TABLE_STYLES_XML,
    styles: documentStyles(),
    numbering: documentNumbering(),
    sections,
  });
}
