import {
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { Lexer, type MarkedToken, type Token, type Tokens } from 'marked';
import { boundMarkdownNesting } from '../files/markdown-nesting';
import { linesAsMeant } from './line-breaks';
import { LIST_DEPTH, LIST_REFERENCE, numberLevels, type ListInstances } from './numbering';
import { STYLE } from './styles';
import { TABLE_STYLE } from './table-styles';

/**
 * The minutes of an item are typed as light Markdown (docs/meeting-file.md): paragraphs, bullet and
 * numbered lists, nested lists, bold. Here they become Word paragraphs in the document's own
 * styles, so a list in the notes is a real Word list that Word can renumber and restyle.
 */

export type Block = Paragraph | Table;

interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
}

// Token is MarkedToken or a catch-all for extensions; this lexer has none, so the switch is exhaustive.
const known = (token: Token): MarkedToken => token as MarkedToken;

/** A line break typed inside a paragraph is a space, as in Markdown itself. */
function softBreaks(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
}

function inlineRuns(tokens: readonly Token[], format: RunFormat = {}): TextRun[] {
  return tokens.flatMap((token) => inlineRun(known(token), format));
}

function textRun(text: string, format: RunFormat): TextRun[] {
  return text === '' ? [] : [new TextRun({ text, ...format })];
}

function inlineRun(token: MarkedToken, format: RunFormat): TextRun[] {
  switch (token.type) {
    case 'text':
      return token.tokens
        ? inlineRuns(token.tokens, format)
        : textRun(softBreaks(token.text), format);
    case 'escape':
    case 'codespan':
      return textRun(token.text, format);
    case 'strong':
      return inlineRuns(token.tokens, { ...format, bold: true });
    case 'em':
      return inlineRuns(token.tokens, { ...format, italics: true });
    case 'del':
      return inlineRuns(token.tokens, { ...format, strike: true });
    case 'br':
      return [new TextRun({ break: 1, ...format })];
    case 'link': {
      const label = inlineRuns(token.tokens, format);
      // The document is read on paper and offline: the address itself is the useful part.
      return token.text === token.href ? label : [...label, ...textRun(` (${token.href})`, format)];
    }
    case 'image':
      return textRun(token.text ? `[${token.text}]` : '', format);
    case 'checkbox':
      return textRun(token.checked ? '☒ ' : '☐ ', format);
    case 'html':
      // Angle brackets typed in the notes ("<5 members", "<b>") stay as typed.
      return textRun(softBreaks(token.text), format);
    default:
      return textRun(softBreaks(token.raw), format);
  }
}

function paragraph(children: TextRun[], options: Omit<IParagraphOptions, 'children'> = {}) {
  return new Paragraph({ ...options, children });
}

function listReference(list: Tokens.List) {
  if (!list.ordered) return LIST_REFERENCE.bullets;
  const start = typeof list.start === 'number' ? list.start : 1;
  if (start === 1) return LIST_REFERENCE.numbers;
  return { reference: `${LIST_REFERENCE.numbers}-from-${start}`, levels: numberLevels(start) };
}

class NotesConverter {
  constructor(private readonly lists: ListInstances) {}

  blocks(tokens: readonly Token[], quoted = false): Block[] {
    return tokens.flatMap((token) => this.block(known(token), quoted));
  }

  private block(token: MarkedToken, quoted: boolean): Block[] {
    const style = quoted ? STYLE.quote : undefined;
    switch (token.type) {
      case 'paragraph':
        return [paragraph(inlineRuns(token.tokens), { style })];
      case 'text':
        return [paragraph(token.tokens ? inlineRuns(token.tokens) : textRun(token.text, {}))];
      case 'heading':
        return [paragraph(inlineRuns(token.tokens), { style: STYLE.heading3 })];
      case 'list':
        return this.list(token, 0);
      case 'blockquote':
        return this.blocks(token.tokens, true);
      case 'code':
        // Lines indented four spaces are a code block to Markdown, but to a secretary just text.
        return [paragraph(this.lines(token.text), { style })];
      case 'html':
        return token.text.trim() ? [paragraph(this.lines(token.text.trim()), { style })] : [];
      case 'table':
        return [this.table(token)];
      default:
        return [];
    }
  }

  private lines(text: string): TextRun[] {
    return text
      .split(/\r?\n/)
      .map((line, index) => new TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}) }));
  }

  private list(list: Tokens.List, depth: number): Block[] {
    const level = Math.min(depth, LIST_DEPTH - 1);
    const reference = listReference(list);
    const instance = list.ordered ? this.lists.next() : undefined;
    const style = (list.ordered ? STYLE.listNumber : STYLE.listBullet)[level];
    const blocks: Block[] = [];
    for (const item of list.items) {
      let numbered = false;
      for (const token of item.tokens.map(known)) {
        if (token.type === 'list') {
          blocks.push(...this.list(token, depth + 1));
        } else if (token.type === 'text' || token.type === 'paragraph') {
          const runs = token.tokens ? inlineRuns(token.tokens) : textRun(token.text, {});
          blocks.push(
            numbered
              ? // A second paragraph of the same point: indented with it, without a number of its own.
                paragraph(runs, { style: STYLE.listContinue[level] })
              : paragraph(runs, {
                  style,
                  numbering: { reference, level, instance, custom: true },
                }),
          );
          numbered = true;
        } else {
          blocks.push(...this.block(token, false));
        }
      }
      if (!numbered && item.tokens.length === 0) {
        blocks.push(
          paragraph([], { style, numbering: { reference, level, instance, custom: true } }),
        );
      }
    }
    return blocks;
  }

  private table(table: Tokens.Table): Table {
    const row = (cells: readonly Tokens.TableCell[], header: boolean) =>
      new TableRow({
        tableHeader: header,
        children: cells.map(
          (cell) =>
            new TableCell({
              children: [
                paragraph(inlineRuns(cell.tokens), {
                  style: header ? STYLE.tableHeading : STYLE.tableText,
                }),
              ],
            }),
        ),
      });
    return new Table({
      style: TABLE_STYLE.grid,
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [row(table.header, true), ...table.rows.map((cells) => row(cells, false))],
    });
  }
}

/** Converts one item's notes; `lists` numbers each numbered list in the document on its own. */
export function notesToBlocks(markdown: string, lists: ListInstances): Block[] {
  if (markdown.trim() === '') return [];
  try {
    // Word shows nine list levels; lines nested past sixteen keep their words, not their depth.
    const tokens = new Lexer({ gfm: true }).lex(linesAsMeant(boundMarkdownNesting(markdown).text));
    return new NotesConverter(lists).blocks(tokens);
  } catch (error) {
    // marked recurses once per level of nesting, so notes such as "1. 1. 1. …" or ">>>…" a few
    // thousand deep overflow the stack. Such notes are still exported, line by line, as written.
    if (!(error instanceof RangeError)) throw error;
    return markdown
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .map((line) => paragraph(textRun(line, {})));
  }
}
