import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { BREAK, line, plainText, type SourceLine } from './source-lines';

/**
 * Reads the HTML mammoth makes of a Word document: headings stay headings, Word's numbered and
 * bulleted paragraphs are lists, tables keep their cells (attendance is often a table), and bold
 * and italic become the notes' light Markdown.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

function children(node: Node): Node[] {
  return Array.from(node.childNodes);
}

function tag(node: Node): string {
  return isElement(node) ? node.tagName.toLowerCase() : '';
}

function wrap(mark: string, inner: string): string {
  const trimmed = inner.trim();
  if (trimmed === '') return inner;
  const lead = inner.slice(0, inner.indexOf(trimmed));
  return `${lead}${mark}${trimmed}${mark}${inner.slice(lead.length + trimmed.length)}`;
}

/** The inline content as light Markdown; a line break (Shift+Enter in Word) stays a line break. */
function inline(node: Node, skipLists = false): string {
  return children(node)
    .map((child) => {
      if (child.nodeType === TEXT_NODE) return (child.nodeValue ?? '').replace(/\s+/g, ' ');
      const name = tag(child);
      if (skipLists && (name === 'ul' || name === 'ol')) return '';
      if (name === 'br') return '\n';
      if (name === 'strong' || name === 'b') return wrap('**', inline(child));
      if (name === 'em' || name === 'i') return wrap('_', inline(child));
      if (name === 'img') return '';
      return inline(child);
    })
    .join('');
}

/** A cell's paragraphs joined with spaces: "Ann Shah" and "Trust" on two lines are not "Ann ShahTrust". */
function cellText(node: Node): string {
  const parts = children(node).map((child) =>
    tag(child) === 'p' ? plainText(inline(child)) : (child.textContent ?? ''),
  );
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function paragraphLines(markdown: string): SourceLine[] {
  return markdown
    .split('\n')
    .map((each) => each.trim())
    .filter((each) => each !== '')
    .map((each) => line({ kind: 'text', markdown: each }));
}

interface Counter {
  value: number;
}

function listLines(list: Node, depth: number, ids: Counter): SourceLine[] {
  const listId = ids.value++;
  const points = children(list).filter((child) => tag(child) === 'li');
  const ordered = tag(list) === 'ol';
  return points.flatMap((point, index) => {
    const [head = '', ...rest] = inline(point, true)
      .split('\n')
      .map((each) => each.trim());
    const nested = children(point).filter((child) => ['ul', 'ol'].includes(tag(child)));
    return [
      line({
        kind: ordered ? 'numbered' : 'bullet',
        markdown: head,
        depth,
        // Word keeps the numbers in its numbering definitions, which mammoth does not carry over.
        number: ordered ? index + 1 : undefined,
        listId,
        listSize: points.length,
      }),
      ...paragraphLines(rest.join('\n')),
      ...nested.flatMap((inner) => listLines(inner, depth + 1, ids)),
    ];
  });
}

function tableLines(table: Node): SourceLine[] {
  const rows: Node[] = [];
  const collect = (node: Node) => {
    for (const child of children(node)) {
      if (tag(child) === 'tr') rows.push(child);
      else if (['thead', 'tbody', 'tfoot'].includes(tag(child))) collect(child);
    }
  };
  collect(table);
  return rows.map((row) => {
    const cells = children(row)
      .filter((cell) => ['td', 'th'].includes(tag(cell)))
      .map(cellText);
    return line({ kind: 'row', markdown: cells.join(' | '), cells });
  });
}

function blockLines(node: Node, ids: Counter): SourceLine[] {
  const name = tag(node);
  const heading = /^h([1-6])$/.exec(name);
  if (heading) {
    return [
      line({ kind: 'heading', markdown: inline(node).trim(), level: Number(heading[1]) }),
      BREAK,
    ];
  }
  if (name === 'p') return [...paragraphLines(inline(node)), BREAK];
  if (name === 'ul' || name === 'ol') return [...listLines(node, 0, ids), BREAK];
  if (name === 'table') return [...tableLines(node), BREAK];
  if (node.nodeType === TEXT_NODE) return paragraphLines(node.nodeValue ?? '');
  return children(node).flatMap((child) => blockLines(child, ids));
}

export function htmlLines(html: string): SourceLine[] {
  const document = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><body>${html}</body></html>`,
    'text/html',
  );
  const body = document.getElementsByTagName('body')[0];
  return body ? blockLines(body, { value: 1 }) : [];
}
