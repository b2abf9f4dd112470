/**
 * The rows of a Teams attendance report. Teams downloads it as UTF-16LE with a byte-order mark and
 * tabs between cells; saved again from Excel it is UTF-8 (with or without a mark) and may use
 * commas with quoted cells. Both are read here.
 */

/** Far beyond any meeting: a report for 1,000 people who each rejoined a few times. */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;
export const MAX_REPORT_ROWS = 20_000;

export class ReportFormatError extends Error {}

/** The report's bytes as text: UTF-16 (either order) by its mark or its zero bytes, else UTF-8. */
export function decodeReport(bytes: Uint8Array): string {
  if (bytes.length > MAX_REPORT_BYTES)
    throw new ReportFormatError('This file is too large to be a Teams attendance report.');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  // UTF-16 saved without its mark: every other byte of ASCII text is zero.
  if (bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0)
    return new TextDecoder('utf-16le').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** Splits one line into cells, honouring double quotes around a cell that holds the separator. */
function splitLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === separator) {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

/** The report as rows of trimmed cells; blank lines are kept as empty rows (they end a table). */
export function reportRows(text: string): string[][] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  if (lines.length > MAX_REPORT_ROWS)
    throw new ReportFormatError('This file has too many rows to be a Teams attendance report.');
  const separator = lines.some((line) => line.includes('\t')) ? '\t' : ',';
  return lines.map((line) => (line.trim() === '' ? [] : splitLine(line, separator)));
}
