import { Footer, Header, PageNumber, Paragraph, Tab, TextRun } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { MeetingFile } from '../../shared/model';
import { FONT } from './palette';
import { CHARACTER_STYLE, STYLE } from './styles';
import { isApproved, statusLine } from './wording';

/**
 * The header names the board and the document's standing on every page, so a page that travels
 * alone (printed, or pasted into a board pack) still says whose it is and whether it is final.
 * Minutes not yet approved also carry a faint DRAFT across each page, as Word's own watermark.
 */
export function pageHeader(meeting: MeetingFile, audience: 'internal' | 'public'): Header {
  const approved = isApproved(meeting.status);
  const standing = new TextRun({
    text: statusLine(meeting.status),
    style: approved ? undefined : CHARACTER_STYLE.draftMark,
  });
  const children: TextRun[] = [
    new TextRun({ children: [meeting.board, new Tab()] }),
    ...(audience === 'public' ? [new TextRun('Public version · ')] : []),
    standing,
  ];
  if (!approved) {
    children.push(
      new TextWatermark({ text: 'DRAFT', font: FONT, bold: true, color: 'C8CDD1', opacity: 0.35 }),
    );
  }
  return new Header({ children: [new Paragraph({ style: STYLE.header, children })] });
}

/** "Page 2 of 5", from Word's PAGE and NUMPAGES fields, so it stays right as the text changes. */
export function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        children: [
          new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}
