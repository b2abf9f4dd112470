import type { IsoDate } from './dates';

/**
 * A board's pattern for minute references, such as "NPB/{yy}/{mm}/{nn}", which gives "NPB/21/07/03"
 * for item 3 of the meeting held in July 2021. Formal minutes head each item with its reference,
 * and decisions and actions are cited by it ("NPB/21/07/03 A1").
 */
export const MINUTE_REFERENCE_FIELDS = {
  '{yyyy}': 'the year, 2021',
  '{yy}': 'the year, 21',
  '{mm}': 'the month, 07',
  '{dd}': 'the day, 27',
  '{nn}': 'the item number, 03',
  '{n}': 'the item number, 3',
} as const;

export const MINUTE_REFERENCE_MAX_LENGTH = 40;

const FIELD = /\{[^{}]*\}/g;

/** Words of the board's name that start with a capital: "NHS Python Community Board" → "NPCB". */
function initials(boardName: string): string {
  const letters = boardName
    .split(/[\s\-–/&]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0] ?? '')
    .join('');
  return letters.slice(0, 6);
}

/** What a board starts with until the secretary sets its own: its initials, year, month, item. */
export function defaultMinuteReferencePattern(boardName: string): string {
  const prefix = initials(boardName);
  return prefix ? `${prefix}/{yy}/{mm}/{nn}` : '{yy}/{mm}/{nn}';
}

/** Why a pattern cannot be used, in words for the secretary, or '' when it is fine. */
export function minuteReferenceProblem(pattern: string): string {
  const trimmed = pattern.trim();
  if (!trimmed) return 'Enter a pattern, such as NPB/{yy}/{mm}/{nn}.';
  if (trimmed.length > MINUTE_REFERENCE_MAX_LENGTH)
    return `Keep the pattern to ${MINUTE_REFERENCE_MAX_LENGTH} characters or fewer.`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(trimmed))
    return 'The pattern cannot contain control characters.';
  const unknown = (trimmed.match(FIELD) ?? []).filter(
    (field) => !(field in MINUTE_REFERENCE_FIELDS),
  );
  if (unknown.length > 0)
    return `${unknown[0] ?? ''} is not a field; use ${Object.keys(MINUTE_REFERENCE_FIELDS).join(', ')}.`;
  if (/[{}]/.test(trimmed.replace(FIELD, '')))
    return 'A brace must open and close a field, such as {yy}.';
  if (!trimmed.includes('{nn}') && !trimmed.includes('{n}'))
    return 'Include the item number, {nn} or {n}, so each item has its own reference.';
  return '';
}

/** The reference of one item: "NPB/21/07/03". A pattern that cannot be used falls back to the default. */
export function minuteReference(
  pattern: string,
  boardName: string,
  meetingDate: IsoDate,
  itemNumber: number,
): string {
  const usable = minuteReferenceProblem(pattern) === '' ? pattern.trim() : '';
  const chosen = usable || defaultMinuteReferencePattern(boardName);
  const [year = '', month = '', day = ''] = meetingDate.split('-');
  const values: Record<string, string> = {
    '{yyyy}': year,
    '{yy}': year.slice(-2),
    '{mm}': month,
    '{dd}': day,
    '{nn}': String(itemNumber).padStart(2, '0'),
    '{n}': String(itemNumber),
  };
  return chosen.replace(FIELD, (field) => values[field] ?? field);
}
