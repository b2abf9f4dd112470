import { LevelFormat, type ILevelsOptions, type INumberingOptions } from 'docx';

/** The document's two list definitions, which the List Bullet and List Number styles point at. */
export const LIST_REFERENCE = {
  bullets: 'minute-book-bullets',
  numbers: 'minute-book-numbers',
} as const;

/** Word's own list indents: 0.25 inch per level, the marker hanging in that space. */
function indent(level: number) {
  return { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } };
}

const BULLETS = ['•', '–', '▪'];
const NUMBER_LEVELS: readonly { format: ILevelsOptions['format']; text: string }[] = [
  { format: LevelFormat.DECIMAL, text: '%1.' },
  { format: LevelFormat.LOWER_LETTER, text: '%2)' },
  { format: LevelFormat.LOWER_ROMAN, text: '%3.' },
];

export const LIST_DEPTH = 3;

function bulletLevels(): ILevelsOptions[] {
  return BULLETS.map((text, level) => ({
    level,
    format: LevelFormat.BULLET,
    text,
    style: indent(level),
  }));
}

/** `start` lets a list that the notes begin at "3." keep its numbers. */
export function numberLevels(start = 1): ILevelsOptions[] {
  return NUMBER_LEVELS.map(({ format, text }, level) => ({
    level,
    format,
    text,
    start: level === 0 ? start : 1,
    style: indent(level),
  }));
}

export function documentNumbering(): INumberingOptions {
  return {
    config: [
      { reference: LIST_REFERENCE.bullets, levels: bulletLevels() },
      { reference: LIST_REFERENCE.numbers, levels: numberLevels() },
    ],
  };
}

/**
 * Hands out a new list instance for each numbered list, so every list in the notes counts from
 * its own start rather than carrying on from the list in the item before.
 */
export class ListInstances {
  private last = 0;

  next(): number {
    this.last += 1;
    return this.last;
  }
}
