import { Lexer, type MarkedToken, type Token, type Tokens } from 'marked';
import { recogniseLine } from '../../shared/model';
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
  /**
   * Where the lines go. Every function adds to this one array: a file is several hundred lines,
   * and an array per token joined with flatMap and spreads cost more than reading the tokens.
   */
  out: SourceLine[];
}

/** A paragraph's lines as written, so "Attendees" on one line and a name on the next stay apart. */
function paragraphLines(text: string, context: Context): void {
  // The text was read with its line endings made "\n", so they need no pattern to find.
  for (const raw of text.split('\n')) {
    const each = raw.trim();
    if (each !== '') {
      context.out.push(line({ kind: 'text', markdown: each, inNoteBlock: context.inNoteBlock }));
    }
  }
}

/** Undoes the common indentation of a fenced block, so its lists read as lists again. */
function dedent(text: string): string {
  // No line starts with a space or tab, as in almost every block: there is nothing to undo.
  if (!/(?:^|\n)[ \t]/.test(text)) return text;
  const lines = text.split('\n');
  let common = Infinity;
  for (const each of lines) {
    if (each.trim() === '') continue;
    const indent = /^[ \t]*/.exec(each)?.[0].length ?? 0;
    if (indent < common) common = indent;
  }
  if (common === Infinity || common === 0) return text;
  return lines.map((each) => each.slice(common)).join('\n');
}

function writtenNumber(raw: string): number | undefined {
  const match = /^\s*(\d{1,9})[.)]/.exec(raw);
  return match ? Number(match[1]) : undefined;
}

function listLines(list: Tokens.List, depth: number, context: Context): void {
  const listId = context.nextListId.value++;
  const start = typeof list.start === 'number' ? list.start : 1;
  list.items.forEach((item, index) => {
    itemLines(item, {
      kind: list.ordered ? 'numbered' : 'bullet',
      depth,
      // The number as typed: marked counts on from the list's start even when the writer did not.
      number: list.ordered ? (writtenNumber(item.raw) ?? start + index) : undefined,
      listId,
      listSize: list.items.length,
      context,
    });
  });
}

interface ItemPlace {
  kind: 'numbered' | 'bullet';
  depth: number;
  number: number | undefined;
  listId: number;
  listSize: number;
  context: Context;
}

function itemLines(item: Tokens.ListItem, place: ItemPlace): void {
  const { context } = place;
  let first = true;
  for (const token of item.tokens.map(known)) {
    if ((token.type === 'text' || token.type === 'paragraph') && first) {
      first = false;
      const [head = '', ...wrapped] = token.text.split('\n').map((each) => each.trim());
      // "- last point\nACTION: Ann to…": Markdown reads the unindented line as the point's text
      // wrapped, but minutes mean it as a line of its own, as it reads.
      const standsAlone = wrapped.findIndex((each) => recogniseLine(each) !== undefined);
      const rest = standsAlone >= 0 ? wrapped.slice(0, standsAlone) : wrapped;
      const after = standsAlone >= 0 ? wrapped.slice(standsAlone) : [];
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
        context.out.push(point, BREAK);
        paragraphLines(rest.join('\n'), context);
      } else if (rest.length === 0) {
        context.out.push(point);
      } else {
        const joined = [head, ...rest].filter(Boolean).join(' ');
        context.out.push({ ...point, markdown: joined, text: plainText(joined) });
      }
      if (after.length > 0) {
        context.out.push(BREAK);
        paragraphLines(after.join('\n'), context);
      }
    } else if (token.type === 'list') {
      listLines(token, place.depth + 1, context);
    } else {
      blockLines(token, context);
    }
  }
}

function tableLines(table: Tokens.Table, context: Context): void {
  const rows = [table.header, ...table.rows].map((cells) => cells.map((cell) => cell.text));
  for (const cells of rows) {
    context.out.push(
      line({
        kind: 'row',
        markdown: cells.join(' | '),
        cells: cells.map(plainText),
        inNoteBlock: context.inNoteBlock,
      }),
    );
  }
}

function blockLines(token: MarkedToken, context: Context): void {
  const { out } = context;
  switch (token.type) {
    case 'heading':
      out.push(line({ kind: 'heading', markdown: token.text, level: token.depth }), BREAK);
      return;
    case 'paragraph':
    case 'text':
      paragraphLines(token.text, context);
      out.push(BREAK);
      return;
    case 'list':
      listLines(token, 0, context);
      out.push(BREAK);
      return;
    case 'table':
      tableLines(token, context);
      out.push(BREAK);
      return;
    case 'code': {
      out.push(BREAK);
      const notes = dedent(token.text);
      const inside = { ...context, inNoteBlock: true };
      if (!proseLines(notes, inside)) tokenLines(notes, inside);
      out.push(BREAK);
      return;
    }
    case 'blockquote':
      for (const inner of token.tokens) blockLines(known(inner), context);
      return;
    case 'html':
      paragraphLines(token.text.replace(/<[^>]*>/g, ' '), context);
      out.push(BREAK);
      return;
    default:
      out.push(BREAK);
  }
}

/** A line of nothing but spaces and tabs: what ends a paragraph, and what marked calls space. */
function isBlank(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

/**
 * What may start a line of plain prose: a letter, or an opening bracket or quote. None of these can
 * begin a Markdown block (a list, heading, quote, fence, table, HTML or indented code), nor underline
 * a heading, nor make a line blank.
 */
const PROSE_START = /^[\p{L}("'“‘]/u;

function startsProse(text: string): boolean {
  const code = text.charCodeAt(0) | 0x20;
  // ASCII letters, by far the most common, without the Unicode pattern.
  return (code >= 0x61 && code <= 0x7a) || PROSE_START.test(text);
}

/**
 * The lines of a fenced block that is only paragraphs of prose, as marked would give them, without
 * lexing it again. An item's notes are almost always such a block, and marked's paragraph rules,
 * which look for the start of every other kind of block at each line, were most of its work on
 * them. Returns false, adding nothing, when any line could be anything else.
 */
function proseLines(text: string, context: Context): boolean {
  if (text === '' || text.includes('\r')) return false;
  const lines = text.split('\n');
  for (const each of lines) {
    if (!isBlank(each) && !startsProse(each)) return false;
  }
  const { out } = context;
  let index = 0;
  // Blank lines before the first paragraph are a space token of their own.
  if (isBlank(lines[0] ?? '')) {
    out.push(BREAK);
    while (index < lines.length && isBlank(lines[index] ?? '')) index += 1;
  }
  while (index < lines.length) {
    for (; index < lines.length && !isBlank(lines[index] ?? ''); index += 1) {
      out.push(
        line({
          kind: 'text',
          markdown: (lines[index] ?? '').trim(),
          inNoteBlock: context.inNoteBlock,
        }),
      );
    }
    out.push(BREAK);
    const blankFrom = index;
    while (index < lines.length && isBlank(lines[index] ?? '')) index += 1;
    const blanks = index - blankFrom;
    // One blank line at the very end is not a space token: marked keeps the newline before it
    // with the paragraph, and a last line of spaces with no newline after it inside the paragraph.
    const lastLine = index === lines.length && blanks === 1;
    if (blanks > 0 && !lastLine) out.push(BREAK);
  }
  return true;
}

/**
 * marked's time on one block grows with the square of its lines (a table of 200,000 rows took
 * four times as long as one of 100,000), so the text is lexed in pieces: cut at a blank line once
 * a piece has CHUNK_LINES lines, and inside a block that runs on for more than MAX_BLOCK_LINES
 * lines without one. Minutes never have a block that long; below both, the text is lexed whole.
 */
const CHUNK_LINES = 2_000;
const MAX_BLOCK_LINES = 1_000;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

function* pieces(markdown: string): Generator<string> {
  const lines = markdown.split('\n');
  if (lines.length <= MAX_BLOCK_LINES) {
    yield markdown;
    return;
  }
  let start = 0;
  let blockStart = 0;
  // Never inside a fenced block (where minutes keep their notes): a cut there would end the fence.
  let fence = '';
  for (let index = 0; index < lines.length; index += 1) {
    const marker = FENCE.exec(lines[index] ?? '')?.[1];
    if (marker !== undefined && (fence === '' || marker.startsWith(fence))) {
      fence = fence === '' ? marker : '';
      blockStart = index + 1;
    } else if (fence !== '') {
      blockStart = index + 1;
    } else if (isBlank(lines[index] ?? '')) {
      if (index + 1 - start >= CHUNK_LINES) {
        yield `${lines.slice(start, index + 1).join('\n')}\n`;
        start = index + 1;
      }
      blockStart = index + 1;
    } else if (index - blockStart >= MAX_BLOCK_LINES) {
      yield `${lines.slice(start, index).join('\n')}\n`;
      start = index;
      blockStart = index;
    }
  }
  if (start < lines.length) yield lines.slice(start).join('\n');
}

function tokenLines(markdown: string, context: Context): void {
  // Block tokens only: lines are read from their text, so marked's inline pass (most of its time
  // on a large import) would be work thrown away.
  for (const piece of pieces(markdown.replace(/\r\n?/g, '\n'))) {
    for (const token of new Lexer().blockTokens(piece, [])) blockLines(known(token), context);
  }
}

export function markdownLines(markdown: string): SourceLine[] {
  const out: SourceLine[] = [];
  tokenLines(markdown, { inNoteBlock: false, nextListId: { value: 1 }, out });
  return out;
}
