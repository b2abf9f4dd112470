/**
 * The one shape every reader (Markdown, plain text, Word) turns a document into, so the minutes
 * are recognised by one set of rules whatever file they came from.
 */
export interface SourceLine {
  /** `break` separates paragraphs: lines between two breaks are one paragraph. */
  kind: 'heading' | 'text' | 'bullet' | 'numbered' | 'row' | 'break';
  /** The text without Markdown marks, for recognising names, dates and titles. */
  text: string;
  /** The same as light Markdown (bold, italic), as it is kept in an item's notes. */
  markdown: string;
  /** The whole line is bold: the example's item titles and "**Attendees**". */
  bold: boolean;
  /** For headings: 1 for the document title, 2 for sections and so on. */
  level: number;
  /** How deep a list point is nested, 0 at the top. */
  depth: number;
  /** For numbered points: their number, as written or counted. */
  number?: number;
  /** Points of the same list share an id; `listSize` counts its top-level points. */
  listId?: number;
  listSize?: number;
  /** For table rows: the text of each cell. */
  cells?: string[];
  /** Read from a fenced block, which the board's summaries use for an item's notes. */
  inNoteBlock: boolean;
}

export function line(fields: Partial<SourceLine> & Pick<SourceLine, 'kind'>): SourceLine {
  const markdown = fields.markdown ?? fields.text ?? '';
  // Every field named, never spread: a file makes hundreds of lines, and an object spread over
  // defaults was the costliest part of making one.
  return {
    kind: fields.kind,
    text: fields.text ?? plainText(markdown),
    markdown,
    bold: fields.bold ?? wholeLineBold(markdown),
    level: fields.level ?? 0,
    depth: fields.depth ?? 0,
    number: fields.number,
    listId: fields.listId,
    listSize: fields.listSize,
    cells: fields.cells,
    inNoteBlock: fields.inNoteBlock ?? false,
  };
}

/** Adds a wrapped line's text to a line, in place, so lists that hold it see the change. */
export function extendLine(target: SourceLine, more: string): void {
  target.markdown = `${target.markdown} ${more.trim()}`.trim();
  target.text = plainText(target.markdown);
  target.bold = wholeLineBold(target.markdown);
}

export const BREAK: SourceLine = line({ kind: 'break', text: '' });

/** "**Attendees**", "__Apologies:__": the style of a section or item title. */
export function wholeLineBold(markdown: string): boolean {
  const trimmed = markdown.trim();
  // Only a line that starts with * or _ can be bold throughout; most lines are spared the pattern.
  const first = trimmed.charCodeAt(0);
  if (first !== 0x2a && first !== 0x5f) return false;
  return /^(\*\*|__)(?:(?!\1).)+\1:?$/.test(trimmed);
}

/** Markdown marks removed: "Alex Cheung - NHSE/I **(Chair)**" → "Alex Cheung - NHSE/I (Chair)". */
export function plainText(markdown: string): string {
  // Most lines have no marks at all: one test spares them four replacements.
  if (!/[\\`*_\t]| {2}/.test(markdown)) return markdown.trim();
  return markdown
    .replace(/\\([\\`*_{}[\]()#+\-.!|~>])/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=$|[\s).,;:!?])/g, '$1$2')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
