import { Lexer, type MarkedToken, type Token, type Tokens } from 'marked';
import { BREAK, line, plainText, type SourceLine } from './source-lines';

/**
 * Reads Markdown minutes with marked's lexer: headings, paragraphs, lists with their numbers and
 * nesting, tables, and fenced blocks, which the board's summaries use to hold an item's notes and
 * whose content is itself read as Markdown.
 */

// Token is MarkedToken or a catch-all for extensions; this lexer has none.
const known = (token: Token): MarkedToken => token as MarkedToken;

interface Context {
  inNoteBlock: boolean;
  nextListId: { value: number };
}

/** A paragraph's lines as written, so "Attendees" on one line and a name on the next stay apart. */
function paragraphLines(text: string, context: Context): SourceLine[] {
  return text
    .split(/\r?\n/)
    .map((each) => each.trim())
    .filter((each) => each !== '')
    .map((each) => line({ kind: 'text', markdown: each, inNoteBlock: context.inNoteBlock }));
}

/** Undoes the common indentation of a fenced block, so its lists read as lists again. */
function dedent(text: string): string {
  const lines = text.split(/\r?\n/);
  const indents = lines
    .filter((each) => each.trim() !== '')
    .map((each) => /^[ \t]*/.exec(each)?.[0].length ?? 0);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((each) => each.slice(common)).join('\n');
}

function writtenNumber(raw: string): number | undefined {
  const match = /^\s*(\d{1,9})[.)]/.exec(raw);
  return match ? Number(match[1]) : undefined;
}

function listLines(list: Tokens.List, depth: number, context: Context): SourceLine[] {
  const listId = context.nextListId.value++;
  const start = typeof list.start === 'number' ? list.start : 1;
  return list.items.flatMap((item, index) =>
    itemLines(item, {
      kind: list.ordered ? 'numbered' : 'bullet',
      depth,
      // The number as typed: marked counts on from the list's start even when the writer did not.
      number: list.ordered ? (writtenNumber(item.raw) ?? start + index) : undefined,
      listId,
      listSize: list.items.length,
      context,
    }),
  );
}

interface ItemPlace {
  kind: 'numbered' | 'bullet';
  depth: number;
  number: number | undefined;
  listId: number;
  listSize: number;
  context: Context;
}

function itemLines(item: Tokens.ListItem, place: ItemPlace): SourceLine[] {
  const { context } = place;
  const out: SourceLine[] = [];
  let first = true;
  for (const token of item.tokens.map(known)) {
    if ((token.type === 'text' || token.type === 'paragraph') && first) {
      first = false;
      const [head = '', ...rest] = token.text.split(/\r?\n/).map((each) => each.trim());
      const point = line({
        kind: place.kind,
        markdown: head,
        depth: place.depth,
        number: place.number,
        listId: place.listId,
        listSize: place.listSize,
        inNoteBlock: context.inNoteBlock,
      });
      // "1. **Welcome**" with text on the next lines: a title, then its notes.
      if (point.bold && place.kind === 'numbered') {
        out.push(point, BREAK, ...paragraphLines(rest.join('\n'), context));
      } else {
        const joined = [head, ...rest].filter(Boolean).join(' ');
        out.push({ ...point, markdown: joined, text: plainText(joined) });
      }
    } else if (token.type === 'list') {
      out.push(...listLines(token, place.depth + 1, context));
    } else {
      out.push(...blockLines(token, context));
    }
  }
  return out;
}

function tableLines(table: Tokens.Table, context: Context): SourceLine[] {
  const rows = [table.header, ...table.rows].map((cells) => cells.map((cell) => cell.text));
  return rows.map((cells) =>
    line({
      kind: 'row',
      markdown: cells.join(' | '),
      cells: cells.map(plainText),
      inNoteBlock: context.inNoteBlock,
    }),
  );
}

function blockLines(token: MarkedToken, context: Context): SourceLine[] {
  switch (token.type) {
    case 'heading':
      return [line({ kind: 'heading', markdown: token.text, level: token.depth }), BREAK];
    case 'paragraph':
    case 'text':
      return [...paragraphLines(token.text, context), BREAK];
    case 'list':
      return [...listLines(token, 0, context), BREAK];
    case 'table':
      return [...tableLines(token, context), BREAK];
    case 'code':
      return [BREAK, ...tokenLines(dedent(token.text), { ...context, inNoteBlock: true }), BREAK];
    case 'blockquote':
      return token.tokens.map(known).flatMap((inner) => blockLines(inner, context));
    case 'html':
      return [...paragraphLines(token.text.replace(/<[^>]*>/g, ' '), context), BREAK];
    default:
      return [BREAK];
  }
}

function tokenLines(markdown: string, context: Context): SourceLine[] {
  // Block tokens only: lines are read from their text, so marked's inline pass (most of its time
  // on a large import) would be work thrown away.
  return new Lexer()
    .blockTokens(markdown.replace(/\r\n?/g, '\n'), [])
    .map(known)
    .flatMap((token) => blockLines(token, context));
}

export function markdownLines(markdown: string): SourceLine[] {
  return tokenLines(markdown, { inNoteBlock: false, nextListId: { value: 1 } });
}
