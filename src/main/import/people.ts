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
  /^(Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Rev|Revd|Cllr|Councillor|Lord|Lady|Father|Canon)\.?\s+/i;

/** Police and armed-forces ranks, in capitals as written, so "Di Smith" keeps her first name. */
const RANK = /^(PC|DC|Sgt|DS|DI|DCI|Insp|Supt|Det\.? Supt|Ch\.? Supt|Maj|Col|Capt|Cdr)\.?\s+/;

/** The roles a board writes in brackets after a name; anything else in brackets is said otherwise. */
const ROLES: readonly (readonly [RegExp, string])[] = [
  [/^(?:vice|deputy)[\s-]?chair(?:man|person|woman)?$/i, 'Vice-Chair'],
  [
    /^(?:co-?)?chair(?:man|person|woman)?(?:\s+of\s+(?:the\s+)?(?:governors|trustees|board|committee|council|meeting))?$|^in the chair$/i,
    'Chair',
  ],
  [/^(?:board\s+)?secretary$|^minutes$|^minute[\s-]?taker$/i, 'Secretary'],
  [/^observer$/i, 'Observer'],
];

/** Brackets about the person's presence ("joined during item 3") rather than their organisation. */
const PRESENCE =
  /\b(joined|left|arrived|departed|until|for\s+(?:the\s+)?(?:items?|minutes?|papers?|agenda)|from\s+item|items?\s+[A-Z]{0,6}[\s/]?\d|part of|observing|observer|presenting|presented|deputising|deputy for|on behalf|shadowing|minutes|note[- ]?taker)\b/i;

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
  // "(Clinical Director, Chair)": the role may share the brackets with what the person does.
  const parts = bracketed.flatMap((inner) => {
    const pieces = inner.split(/\s*[,;]\s*/);
    const roles = pieces.filter((piece) => role(piece));
    if (roles.length === 0 || pieces.length === 1) return [inner];
    return [...roles, pieces.filter((piece) => !role(piece)).join(', ')].filter(Boolean);
  });
  for (const inner of parts) {
    const found = role(inner);
    if (found) {
      roleName ||= found;
      // "(minutes)" says both what they were there as and what the minutes should say of them.
      if (/^minute/i.test(inner)) notes.push(inner);
    } else if (!organisation && inner && !PRESENCE.test(inner)) organisation = inner;
    else if (inner) notes.push(inner);
  }

  const titleMatch = TITLE.exec(who) ?? RANK.exec(who);
  const title = titleMatch ? (titleMatch[1] ?? '') : '';
  const split = splitPostNominals(who.slice(titleMatch?.[0].length ?? 0).trim());
  const { postNominals } = split;
  // "Dr Priya Nair, Chief Executive": what follows the comma is what they are, not their name.
  const comma = split.name.indexOf(',');
  const name = comma > 0 ? split.name.slice(0, comma).trim() : split.name;
  const jobTitle = comma > 0 ? split.name.slice(comma + 1).trim() : '';
  if (jobTitle) {
    const asRole = role(jobTitle);
    if (asRole) roleName ||= asRole;
    else if (!roleName) roleName = jobTitle;
    else if (!organisation) organisation = jobTitle;
  }
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
