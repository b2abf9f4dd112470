import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import JSZip from 'jszip';

/** WordprocessingML's main namespace: every w: element. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxParagraph {
  /** The paragraph style id; Normal when the paragraph names none. */
  style: string;
  /** The text as read: w:t joined, a w:tab as "\t", a w:br as "\n". */
  text: string;
  /** The list the paragraph is in (w:numPr), if any. */
  list?: { numId: string; level: number };
  /** Texts of the runs in bold, in order. */
  bold: string[];
  inTable: boolean;
}

function elements(parent: Document | Element, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(W, localName));
}

function child(parent: Element, localName: string): Element | undefined {
  return Array.from(parent.childNodes).find(
    (node): node is Element =>
      node.nodeType === 1 &&
      (node as Element).localName === localName &&
      (node as Element).namespaceURI === W,
  );
}

function val(element: Element | undefined): string | undefined {
  return element?.getAttributeNS(W, 'val') ?? undefined;
}

/** The visible text under a node, skipping paragraph and run properties and field instructions. */
export function textOf(node: Node): string {
  let text = '';
  for (const each of Array.from(node.childNodes)) {
    if (each.nodeType !== 1) continue;
    const element = each as Element;
    if (element.namespaceURI !== W) {
      text += textOf(element);
      continue;
    }
    switch (element.localName) {
      case 'pPr':
      case 'rPr':
      case 'instrText':
        break;
      case 't':
        text += element.textContent ?? '';
        break;
      case 'tab':
        text += '\t';
        break;
      case 'br':
        text += '\n';
        break;
      case 'noBreakHyphen':
        text += '-';
        break;
      default:
        text += textOf(element);
    }
  }
  return text;
}

function isBold(run: Element): boolean {
  const rPr = child(run, 'rPr');
  const bold = rPr ? child(rPr, 'b') : undefined;
  if (!bold) return false;
  const value = val(bold);
  return value === undefined || value === null || value === '' || value === 'true' || value === '1';
}

function insideTable(element: Element): boolean {
  for (let node = element.parentNode; node; node = node.parentNode) {
    if (node.nodeType === 1 && (node as Element).localName === 'tbl') return true;
  }
  return false;
}

export function readParagraphs(document: Document | Element): DocxParagraph[] {
  return elements(document, 'p').map((paragraph) => {
    const pPr = child(paragraph, 'pPr');
    const numPr = pPr ? child(pPr, 'numPr') : undefined;
    const numId = numPr ? val(child(numPr, 'numId')) : undefined;
    const level = numPr ? val(child(numPr, 'ilvl')) : undefined;
    return {
      style: (pPr && val(child(pPr, 'pStyle'))) || 'Normal',
      text: textOf(paragraph),
      ...(numId ? { list: { numId, level: Number(level ?? 0) } } : {}),
      bold: elements(paragraph, 'r').filter(isBold).map(textOf),
      inTable: insideTable(paragraph),
    };
  });
}

export interface OpenedDocx {
  zip: JSZip;
  part: (name: string) => Promise<string>;
  xml: (name: string) => Promise<Document>;
  /** The body's paragraphs, tables' included, in document order. */
  paragraphs: DocxParagraph[];
  /** The number format of a list level: "bullet", "decimal", "lowerLetter"… */
  listFormat: (numId: string, level: number) => Promise<string | undefined>;
}

export async function openDocx(bytes: Uint8Array): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`The document has no ${name}`);
    return file.async('string');
  };
  const xml = async (name: string) => new DOMParser().parseFromString(await part(name), 'text/xml');
  const body = await xml('word/document.xml');
  const listFormat = async (numId: string, level: number) => {
    const numbering = await xml('word/numbering.xml');
    const num = elements(numbering, 'num').find(
      (each) => each.getAttributeNS(W, 'numId') === numId,
    );
    const abstractId = num ? val(child(num, 'abstractNumId')) : undefined;
    const abstract = elements(numbering, 'abstractNum').find(
      (each) => each.getAttributeNS(W, 'abstractNumId') === abstractId,
    );
    const lvl = abstract
      ? elements(abstract, 'lvl').find((each) => each.getAttributeNS(W, 'ilvl') === String(level))
      : undefined;
    return lvl ? val(child(lvl, 'numFmt')) : undefined;
  };
  return { zip, part, xml, paragraphs: readParagraphs(body), listFormat };
}

/** The header and footer parts the body's section points at, read as text. */
export async function headerAndFooterXml(
  docx: OpenedDocx,
): Promise<{ header: string; footer: string }> {
  const names = Object.keys(docx.zip.files);
  const header = names.filter((name) => /^word\/header\d+\.xml$/.test(name));
  const footer = names.filter((name) => /^word\/footer\d+\.xml$/.test(name));
  return {
    header: (await Promise.all(header.map(docx.part))).join('\n'),
    footer: (await Promise.all(footer.map(docx.part))).join('\n'),
  };
}
