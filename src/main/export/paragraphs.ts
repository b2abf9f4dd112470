import { Paragraph, Tab, TextRun } from 'docx';
import { LIST_REFERENCE } from './numbering';
import { STYLE } from './styles';

/** Small constructors for the paragraphs both layouts share; each names its style, nothing else. */

type Content = string | TextRun[];

function runs(content: Content): TextRun[] {
  return typeof content === 'string' ? [new TextRun(content)] : content;
}

export function styled(style: string, content: Content): Paragraph {
  return new Paragraph({ style, children: runs(content) });
}

export function body(content: Content): Paragraph {
  return new Paragraph({ children: runs(content) });
}

export function heading1(text: string): Paragraph {
  return styled(STYLE.heading1, text);
}

export function heading2(text: string): Paragraph {
  return styled(STYLE.heading2, text);
}

export function heading3(text: string): Paragraph {
  return styled(STYLE.heading3, text);
}

/** "1⇥Welcome and Check-in": the number is the item's own, so it survives items left out. */
export function itemHeading(number: number, title: string): Paragraph {
  return new Paragraph({
    style: STYLE.heading2,
    children: [new TextRun({ children: [`${number}.`, new Tab(), title] })],
  });
}

export function bullet(content: Content): Paragraph {
  return new Paragraph({
    style: STYLE.listBullet[0],
    numbering: { reference: LIST_REFERENCE.bullets, level: 0, custom: true },
    children: runs(content),
  });
}

/** "**Decision:** text": a bold label opening an otherwise plain line. */
export function labelled(label: string, text: string): TextRun[] {
  return [new TextRun({ text: `${label} `, bold: true }), new TextRun(text)];
}
