/**
 * Markdown joins the lines of a paragraph with spaces and lets a line run on into the list point
 * above it. Notes typed in live minutes are not Markdown written by hand: a secretary who presses
 * Enter after a sentence, or starts a list under a sentence, means a new line. This reads the
 * notes as the secretary meant them before the Markdown lexer sees them:
 * - a list point under a line of prose starts a list, and a line of prose under a list point ends
 *   the list (a point's own continuation lines are indented, and stay with it);
 * - within a paragraph, a line that ends a sentence followed by one that starts a new sentence is
 *   kept as a line break, unless the paragraph is hard-wrapped prose (pasted from an e-mail, say),
 *   whose lines all run close to one width: that flows as one paragraph.
 */

const LIST_POINT = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+\S/;
const FENCE = /^\s{0,3}(```|~~~)/;
const SENTENCE_END = /[.!?:;]["'”’)]?$/;
const SENTENCE_START = /^["“‘'(£$€]?[\p{Lu}\p{N}]/u;
/** Lines of hard-wrapped text: a mail client wraps at 72 to 80 characters, an editor up to 100. */
const WRAPPED_LINE = { min: 50, max: 100 };

type Kind = 'blank' | 'list' | 'indented' | 'prose';

function kindOf(line: string): Kind {
  if (line.trim() === '') return 'blank';
  if (LIST_POINT.test(line)) return 'list';
  if (/^\s/.test(line)) return 'indented';
  return 'prose';
}

function endsSentence(line: string, next: string): boolean {
  return SENTENCE_END.test(line.trimEnd()) && SENTENCE_START.test(next.trim());
}

/** Lines all near one width, at least one of them cut mid-sentence: text wrapped by a program. */
function hardWrapped(paragraph: readonly string[]): boolean {
  if (paragraph.length < 2) return false;
  const broken = paragraph.slice(0, -1);
  const evenWidth = broken.every((line) => {
    const length = line.trim().length;
    return length >= WRAPPED_LINE.min && length <= WRAPPED_LINE.max;
  });
  return evenWidth && broken.some((line, index) => !endsSentence(line, paragraph[index + 1] ?? ''));
}

/** Marks the sentence breaks of one run of prose lines as Markdown hard breaks ("\" at the end). */
function keepSentenceBreaks(paragraph: readonly string[]): string[] {
  if (hardWrapped(paragraph)) return [...paragraph];
  return paragraph.map((line, index) => {
    const next = paragraph[index + 1];
    if (next === undefined) return line;
    return endsSentence(line, next) ? `${line.trimEnd()}\\` : line;
  });
}

export function linesAsMeant(markdown: string): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  /** What the lines above belong to: a paragraph, a list, or nothing yet. */
  let block: 'none' | 'prose' | 'list' = 'none';
  let inFence = false;
  const flush = () => {
    out.push(...keepSentenceBreaks(paragraph));
    paragraph = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    if (inFence || FENCE.test(line)) {
      flush();
      if (FENCE.test(line)) inFence = !inFence;
      out.push(line);
      block = 'none';
      continue;
    }
    const kind = kindOf(line);
    if (kind === 'blank') {
      flush();
      out.push(line);
      block = 'none';
    } else if (kind === 'list') {
      flush();
      if (block === 'prose') out.push('');
      out.push(line);
      block = 'list';
    } else if (kind === 'indented') {
      if (block === 'prose') paragraph.push(line);
      else out.push(line);
    } else {
      if (block === 'list') out.push('');
      paragraph.push(line);
      block = 'prose';
    }
  }
  flush();
  return out.join('\n');
}
