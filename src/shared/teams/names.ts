import { NAME_TITLES } from '../model/person-match';

/**
 * How a name in a Teams file is compared with a name in the register: Teams shows people as their
 * organisation's directory spells them ("Bailey, Mark (NHS Digital)", "Dr Sarah O'Neill (Guest)"),
 * the register as the board does.
 */

/** Brackets Teams adds after a name: "(Guest)", "(External)", "(Unverified)", an organisation. */
const BRACKETS = /\s*[([][^)\]]*[)\]]\s*/g;

/** The words of a name, lower-case, without accents, titles or bracketed additions. */
export function nameWords(name: string): string[] {
  let text = name.normalize('NFKD').replace(/\p{M}/gu, '').replace(BRACKETS, ' ');
  // "Bailey, Mark" is the directory's surname-first form.
  const comma = /^([^,]+),\s*([^,]+)$/.exec(text.trim());
  if (comma?.[1] && comma[2] && !/\b(phd|md|mba|msc|frcp|obe|mbe)\b/i.test(comma[2]))
    text = `${comma[2]} ${comma[1]}`;
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .filter((word, index, words) => !(NAME_TITLES.has(word) && index < words.length - 1));
}

/** One comparable form of a name: "dr  Sárah  O'Neill (Guest)" → "sarah oneill". */
export function comparableName(name: string): string {
  return nameWords(name).join(' ');
}

/** First and last word, so "Mark A. Bailey" matches "Mark Bailey". */
export function firstAndLast(name: string): string {
  const words = nameWords(name);
  return words.length > 1 ? `${words[0]} ${words.at(-1)}` : (words[0] ?? '');
}

/** What Teams says about a person in brackets after the name. */
export function nameLabel(name: string): 'guest' | 'external' | '' {
  if (/\(\s*guest\s*\)/i.test(name)) return 'guest';
  if (/\(\s*(external|unverified)\s*\)/i.test(name)) return 'external';
  return '';
}

/** The name as it should be written: without "(Guest)"/"(External)" and extra spaces. */
export function displayName(name: string): string {
  return name
    .replace(/\s*\(\s*(guest|external|unverified)\s*\)\s*/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function comparableEmail(email: string): string {
  return email.trim().toLowerCase();
}
