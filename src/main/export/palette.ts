/** The document's typeface, colours and page, shared by its paragraph and table styles. */

/** Arial is on every Windows and Mac; LibreOffice draws it with the metric-compatible Liberation Sans. */
export const FONT = 'Arial';

/** NHS identity colours: the board's audience knows them, and they print legibly in greyscale. */
export const COLOUR = {
  blue: '005EB8',
  darkBlue: '003087',
  text: '212B32',
  secondary: '4C6272',
  rule: 'AEB7BD',
  shade: 'E8EDEE',
  red: 'D5281B',
} as const;

/** A4 with 2 cm margins: the width the tab stops and tables are measured against (twips). */
export const PAGE = {
  margin: 1134,
  /** Leaves the running header room above the title. */
  topMargin: 1531,
  contentWidth: 11906 - 2 * 1134,
  headerDistance: 680,
} as const;

/** Sizes in half-points, as WordprocessingML counts them. */
export const pt = (points: number): number => points * 2;
