/**
 * Item and paper references as boards and committees number their minutes: "TB 23/101",
 * "QC/24/034", "FPC/2024/05", "23/101", at the start of an item's title ("TB 23/101 Chief
 * Executive's report", "Minute 23/101 – Finance") or in brackets at its end ("Quality dashboard
 * (QC/24/034)"); and the marks that put an item in private ("(Part 2)", "[Confidential]"). Pure;
 * every pattern is anchored and bounded.
 */

const REFERENCE = '(?:[A-Z][A-Z&]{0,6}[ /-]{0,2})?\\d{1,4}/\\d{1,4}(?:/\\d{1,4})?';

const LEADING = new RegExp(
  `^(?:[Mm]inute|MINUTE|[Ii]tem|ITEM|[Pp]aper|[Rr]ef(?:erence)?\\.?)?[ \\t]{0,3}(${REFERENCE})(?![\\d/])[ \\t]{0,3}(?:[-–—:.)][ \\t]{0,3})?`,
);
const TRAILING = new RegExp(
  `[ \\t]{0,3}[([](?:[Pp]aper|[Rr]ef(?:erence)?|[Mm]inute)?[ \\t.:]{0,3}(${REFERENCE})[)\\]][ \\t]{0,3}$`,
);
const PRIVATE_MARK =
  /[ \t]{0,3}[([](?:part[ \t]{0,3}(?:2|ii|two|b)|private|confidential|in[ \t]{1,3}private|commercial[ \t]{1,3}in[ \t]{1,3}confidence)[)\]][ \t]{0,3}$/i;

/** Whether a line starts with a reference: such a line starts an item of minutes numbered that way. */
export function startsWithReference(text: string): boolean {
  const match = LEADING.exec(text.trim());
  return match !== null && /\p{L}/u.test(text.trim().slice(match[0].length));
}

export interface ItemTitle {
  title: string;
  reference: string;
  private: boolean;
}

/** "TB 23/108 Estates update (Part 2)" → "Estates update", reference "TB 23/108", in private. */
export function readItemTitle(written: string): ItemTitle {
  let title = written.trim();
  let isPrivate = false;
  const mark = PRIVATE_MARK.exec(title);
  if (mark) {
    isPrivate = true;
    title = title.slice(0, mark.index).trim();
  }
  let reference = '';
  const leading = LEADING.exec(title);
  if (leading && /\p{L}/u.test(title.slice(leading[0].length))) {
    reference = leading[1] ?? '';
    title = title.slice(leading[0].length).trim();
  } else {
    const trailing = TRAILING.exec(title);
    if (trailing && trailing.index > 0) {
      reference = trailing[1] ?? '';
      title = title.slice(0, trailing.index).trim();
    }
  }
  return {
    title: title.replace(/[\s:–—-]+$/, '').trim() || written.trim(),
    reference,
    private: isPrivate,
  };
}

/** A reference written in a note: "(for item QC/24/034)". */
export const REFERENCE_IN_TEXT = new RegExp(`(?<![\\w/])${REFERENCE}(?![\\d/])`, 'g');

/** The same reference however it is spaced or cased: "TB 23/101", "TB23/101", "tb/23/101". */
export function referenceKey(reference: string): string {
  return reference.toUpperCase().replace(/[ /-]+/g, '/');
}
