/**
 * Markdown nested far deeper than minutes ever are (quotes in quotes, lists in lists) costs
 * marked's lexer time that grows much faster than the text: a list 2,000 levels deep took minutes
 * to lex. Importing and exporting both bring such lines back within these bounds first.
 */

/** Deeper than any minutes nest quotes; marked's lexer recurses once per level. */
export const MAX_QUOTE_DEPTH = 16;
/** Sixteen levels of list at four columns each; marked's list lexing grows fast with depth. */
export const MAX_INDENT_COLUMNS = 64;

const QUOTE_MARKERS = /^(?:[ \t]{0,3}>){17,}/;

function indentColumns(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === ' ') columns += 1;
    else if (char === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/**
 * Markdown with lines nested deeper than minutes ever are brought back within the bounds, keeping
 * every word: quote markers beyond MAX_QUOTE_DEPTH and indentation beyond MAX_INDENT_COLUMNS are
 * dropped. Returns the text and how many lines were flattened.
 */
export function boundMarkdownNesting(text: string): { text: string; flattened: number } {
  // One linear scan first: almost every file has nothing to flatten.
  if (!/(?:^|\n)(?:[ \t]{65}|(?:[ \t]{0,3}>){17})/.test(text)) return { text, flattened: 0 };
  let flattened = 0;
  const lines = text.split('\n').map((line) => {
    let bounded = line;
    const quotes = QUOTE_MARKERS.exec(bounded);
    if (quotes) {
      bounded = `${'>'.repeat(MAX_QUOTE_DEPTH)} ${bounded.slice(quotes[0].length).trimStart()}`;
    }
    if (indentColumns(bounded) > MAX_INDENT_COLUMNS) {
      bounded = `${' '.repeat(MAX_INDENT_COLUMNS)}${bounded.trimStart()}`;
    }
    if (bounded !== line) flattened += 1;
    return bounded;
  });
  return { text: lines.join('\n'), flattened };
}
