import { mayHoldRecognisedLine, recogniseLine } from '../../shared/model';
import type { SourceLine } from './source-lines';

/**
 * Writes an item's lines as the notes' light Markdown (docs/meeting-file.md): lines wrapped inside
 * a paragraph are joined with a space, paragraphs are separated by a blank line, and points keep
 * their nesting ("- " indented by two spaces a level, numbered points by three).
 */

type Block = { list: false; text: string } | { list: true; points: SourceLine[] };

function tidy(text: string): string {
  // Most lines hold no tab and no double space: replacing each single space with itself is work.
  return (/\t| {2}/.test(text) ? text.replace(/[ \t]+/g, ' ') : text).trim();
}

/** A list indented as a whole (the example's "  - " under a paragraph) starts at the margin. */
function listText(points: readonly SourceLine[]): string {
  const base = Math.min(...points.map((point) => point.depth));
  return points
    .map((point) => {
      const depth = point.depth - base;
      return point.kind === 'numbered'
        ? `${'   '.repeat(depth)}${point.number ?? 1}. ${tidy(point.markdown)}`
        : `${'  '.repeat(depth)}- ${tidy(point.markdown)}`;
    })
    .join('\n');
}

function lineText(line: SourceLine): string {
  if (line.kind === 'row') return (line.cells ?? []).join(' | ');
  if (line.kind === 'heading') return line.text ? `**${line.text}**` : '';
  return line.markdown;
}

export function notesFromLines(lines: readonly SourceLine[]): string {
  const blocks: Block[] = [];
  let open = false;
  for (const line of lines) {
    const last = blocks[blocks.length - 1];
    if (line.kind === 'break') {
      open = false;
      continue;
    }
    if (line.kind === 'bullet' || line.kind === 'numbered') {
      // A blank line between points does not end the list (the example's points are spaced out).
      if (last?.list) last.points.push(line);
      else blocks.push({ list: true, points: [line] });
      open = false;
      continue;
    }
    const text = tidy(lineText(line));
    if (text === '') continue;
    // ACTION:, DECISION:, "RESOLVED that…" lines stand alone, so the app recognises each of them.
    const recognised =
      line.kind === 'text' &&
      mayHoldRecognisedLine(line.markdown) &&
      recogniseLine(line.markdown) !== undefined;
    if (open && last && !last.list && line.kind === 'text' && !recognised) {
      // A wrapped line: part of the paragraph above, as in Markdown itself.
      last.text = `${last.text} ${text}`;
      continue;
    }
    blocks.push({ list: false, text });
    open = line.kind === 'text' && !recognised;
  }
  return blocks.map((block) => (block.list ? listText(block.points) : block.text)).join('\n\n');
}
