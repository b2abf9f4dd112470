import { Document } from 'docx';
import type { MeetingFile } from '../../shared/model';
import { viewFor, type Audience } from './audience';
import { formalLayout } from './formal-layout';
import { documentNumbering, ListInstances } from './numbering';
import { pageFooter, pageHeader } from './page-furniture';
import { PAGE } from './palette';
import { signOffKind } from './sign-off';
import { documentStyles } from './styles';
import { TABLE_STYLES_XML } from './table-styles';
import { summaryLayout } from './summary-layout';
import { documentKind, isApproved, ordinalDate } from './wording';

export type DocxLayout = 'summary' | 'formal';

export interface DocxExportOptions {
  layout: DocxLayout;
  audience: Audience;
  /** A copy printed for signing in ink: a signature line instead of the digital sign-off. */
  handSignature?: boolean;
}

/** Title, subject and the rest of File › Info › Properties, so a filed copy can be found again. */
function properties(meeting: MeetingFile, options: DocxExportOptions) {
  const kind = documentKind(meeting.title, options.layout);
  const date = ordinalDate(meeting.date);
  const standing = isApproved(meeting.status) ? 'Approved' : 'Draft, not yet approved';
  const version = options.audience === 'public' ? 'Public version' : 'Internal version';
  return {
    title: `${meeting.board}: ${kind}, ${date}`,
    subject: `${kind} of the meeting held on ${date}`,
    creator: `${meeting.board} secretariat`,
    lastModifiedBy: 'Minute Book',
    description: `${standing}. ${version}.`,
    keywords: [meeting.board, kind, date].join('; '),
  };
}

/**
 * Builds the Word document for a meeting: pure, no files, so the app, the command line, the tests
 * and the benchmark all build exactly the same document from the same meeting file.
 */
export function buildMeetingDocument(meeting: MeetingFile, options: DocxExportOptions): Document {
  const view = viewFor(meeting, options.audience);
  const lists = new ListInstances();
  const layout = options.layout === 'formal' ? formalLayout : summaryLayout;
  return new Document({
    ...properties(meeting, options),
    externalStyles: TABLE_STYLES_XML,
    styles: documentStyles(),
    numbering: documentNumbering(),
    sections: [
      {
        properties: {
          page: {
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
        headers: { default: pageHeader(meeting, options.audience) },
        footers: { default: pageFooter() },
        children: layout(
          meeting,
          view,
          lists,
          signOffKind(meeting, options.handSignature ?? false),
        ),
      },
    ],
  });
}
