import { BREAK, extendLine, line, type SourceLine } from './source-lines';

/**
 * Reads plain-text minutes line by line: a blank line ends a paragraph, "- ", "* ", "• " start a
 * point, "1. " or "1) " a numbered point. Numbered lines with nothing else between them are one
 * list, so an agenda typed as "1. … 2. … 3. …" is read as items.
 */
const BULLET = /^(\s*)[-*•·–]\s+(.*)$/;
const NUMBERED = /^(\s*)(\d{1,3})[.)]\s+(.*)$/;

function depthOf(indent: string): number {
  return Math.floor(indent.replace(/\t/g, '  ').length / 2);
}

function continuesPoint(lines: readonly SourceLine[]): boolean {
  const last = lines[lines.length - 1];
  return last?.kind === 'bullet' || last?.kind === 'numbered';
}

export function textLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let listId = 0;
  let list: SourceLine[] = [];
  const endList = () => {
    for (const point of list) point.listSize = list.length;
    list = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const numbered = NUMBERED.exec(raw);
    const bullet = BULLET.exec(raw);
    if (raw.trim() === '') {
      out.push(BREAK);
    } else if (numbered) {
      if (list.length === 0) listId += 1;
      const point = line({
        kind: 'numbered',
        markdown: (numbered[3] ?? '').trim(),
        depth: depthOf(numbered[1] ?? ''),
        number: Number(numbered[2]),
        listId,
      });
      list.push(point);
      out.push(point);
      continue;
    } else if (bullet) {
      out.push(
        line({
          kind: 'bullet',
          markdown: (bullet[2] ?? '').trim(),
          depth: depthOf(bullet[1] ?? ''),
        }),
      );
    } else if (/^\s+\S/.test(raw) && continuesPoint(out)) {
      // An indented line under a point is the point's text wrapped onto the next line.
      const point = out[out.length - 1];
      if (point) extendLine(point, raw);
      continue;
    } else {
      out.push(line({ kind: 'text', markdown: raw.trim() }));
    }
    // Other text ends a list of numbered lines (so each item title with notes after it stands
    // alone); a blank line between numbered lines does not.
    if (raw.trim() !== '' && !numbered) endList();
  }
  endList();
  return out;
}
