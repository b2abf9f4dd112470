/**
 * Reads one attendee line of old minutes: "Dr Mark A. Bailey -Gloucestershire Royal Hospital",
 * "Haris Shuaib MPhys MSc MIPEM MFCI - Guy’s & St. Thomas NHS Foundation Trust",
 * "Craig R. Shenton, PhD - NHSX", "Alex Cheung - NHSE/I (Chair)". Pure.
 */

export interface RecognisedPerson {
  title: string;
  name: string;
  postNominals: string;
  organisation: string;
  role: string;
  chair: boolean;
  note: string;
}

const TITLE =
  /^(Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Rev|Revd|Cllr|Lord|Lady)\.?\s+/i;

/** The roles a board writes in brackets after a name; anything else in brackets is said otherwise. */
const ROLES: readonly (readonly [RegExp, string])[] = [
  [/^(?:vice|deputy)[\s-]?chair(?:man|person|woman)?$/i, 'Vice-Chair'],
  [/^(?:co-?)?chair(?:man|person|woman)?$/i, 'Chair'],
  [/^(?:board\s+)?secretary$|^minutes$|^minute[\s-]?taker$/i, 'Secretary'],
  [/^observer$/i, 'Observer'],
];

/** Brackets about the person's presence ("joined during item 3") rather than their organisation. */
const PRESENCE = /\b(joined|left|arrived|departed|until|items?\s+\d|part of)\b/i;

/**
 * Separators between a name and an organisation: " - ", " – ", " — ", and the typing slips
 * " -Organisation" and "Name- Organisation". A hyphen inside a word ("Smith-Jones") is not one.
 */
const ORGANISATION_SEPARATOR = /\s+[-–—]\s*|[-–—]\s+/;

/** A clan prefix makes "McDonald" or "DeVito" a surname, though it has two capitals. */
const SURNAME_WITH_CAPITALS = /^(Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]{2,}$/;

/** Letters after a name: PhD, MSc, MPhys, MIPEM, FRCP, MBChB, OBE, BSc(Hons). */
function isPostNominal(token: string): boolean {
  const letters = token.replace(/\((Hons|Oxon|Cantab|Lond)\)$/i, '');
  if (!/^[A-Z][A-Za-z]{0,9}$/.test(letters) || SURNAME_WITH_CAPITALS.test(letters)) return false;
  return (letters.match(/[A-Z]/g) ?? []).length >= 2;
}

function role(bracketed: string): string | null {
  const text = bracketed.trim();
  return ROLES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** Takes "(Chair)" and other brackets off the end of the line, wherever they were written. */
function takeBrackets(text: string): { rest: string; bracketed: string[] } {
  const bracketed: string[] = [];
  const rest = text.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => {
    // "BSc(Hons)" is a qualification, not a remark.
    if (/^(Hons|Oxon|Cantab|Lond)$/i.test(inner.trim()) && !/^\s/.test(whole)) return whole;
    bracketed.push(inner.trim());
    return '';
  });
  return { rest: rest.trim(), bracketed };
}

/** "Craig R. Shenton, PhD" and "Haris Shuaib MPhys MSc": the name and its letters apart. */
function splitPostNominals(text: string): { name: string; postNominals: string } {
  const parts = text.split(/\s*,\s*/);
  const letters: string[] = [];
  // Comma-separated groups after the name: ", PhD" or ", PhD, FRCP".
  while (parts.length > 1) {
    const last = parts[parts.length - 1] ?? '';
    const tokens = last.split(/\s+/);
    if (!tokens.every(isPostNominal)) break;
    letters.unshift(...tokens);
    parts.pop();
  }
  const tokens = parts.join(', ').split(/\s+/);
  const trailing: string[] = [];
  // Space-separated letters, keeping at least a first name and a surname.
  while (tokens.length > 2 && isPostNominal(tokens[tokens.length - 1] ?? '')) {
    trailing.unshift(tokens.pop() ?? '');
  }
  return { name: tokens.join(' '), postNominals: [...trailing, ...letters].join(' ') };
}

export function parsePerson(line: string): RecognisedPerson | null {
  const { rest, bracketed } = takeBrackets(line.replace(/\s+/g, ' ').trim());
  const separator = ORGANISATION_SEPARATOR.exec(rest);
  const who = (separator ? rest.slice(0, separator.index) : rest).trim();
  let organisation = separator ? rest.slice(separator.index + separator[0].length).trim() : '';

  let roleName = '';
  const notes: string[] = [];
  for (const inner of bracketed) {
    const found = role(inner);
    if (found) roleName ||= found;
    else if (!organisation && inner && !PRESENCE.test(inner)) organisation = inner;
    else if (inner) notes.push(inner);
  }

  const titleMatch = TITLE.exec(who);
  const title = titleMatch ? (titleMatch[1] ?? '') : '';
  const { name, postNominals } = splitPostNominals(who.slice(titleMatch?.[0].length ?? 0).trim());
  if (!/\p{L}/u.test(name)) return null;
  return {
    title,
    name,
    postNominals,
    organisation,
    role: roleName,
    chair: roleName === 'Chair',
    note: notes.join('; '),
  };
}
