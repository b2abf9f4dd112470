/**
 * Telling that two written names are one person: "Dr Jane Roe", "Jane Roe FRCP", "jane roe";
 * "Siobhán O’Neill" and "Siobhan O'Neill"; "Okonkwo-Ndiaye" and "Okonkwo Ndiaye". Titles,
 * post-nominals, accents, apostrophes, hyphens, dots, case and spacing are set aside. Pure.
 */

/** Titles written before a name, lower-case and without a full stop. */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'dr',
  'doctor',
  'prof',
  'professor',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'sir',
  'dame',
  'rev',
  'revd',
  'cllr',
  'councillor',
  'lord',
  'lady',
  'father',
  'canon',
]);

/** Letters after a name, as written in capitals: "FRCP", "PhD", "MBChB", "OBE". */
function isPostNominal(word: string): boolean {
  const letters = word.replace(/\((?:hons|oxon|cantab|lond)\)$/i, '');
  return /^[A-Z][A-Za-z]{1,9}$/.test(letters) && (letters.match(/[A-Z]/g) ?? []).length >= 2;
}

/**
 * Keys already worked out: an import of thousands of minutes of one board names the same people
 * in file after file, and each key takes several passes over the name.
 */
const personKeys = new Map<string, string>();
const PERSON_KEYS_KEPT = 20_000;

/** The name as a key: "Dr Siobhán O’Neill, PhD" → "siobhan oneill". */
export function personKey(name: string): string {
  // Only names as long as names are: the keys kept stay small whatever a file holds.
  if (name.length > 200) return personKeyOf(name);
  let key = personKeys.get(name);
  if (key === undefined) {
    if (personKeys.size >= PERSON_KEYS_KEPT) personKeys.clear();
    key = personKeyOf(name);
    personKeys.set(name, key);
  }
  return key;
}

function personKeyOf(name: string): string {
  const words = name.replace(/,.*$/, '').split(/\s+/).filter(Boolean);
  while (words.length > 1 && NAME_TITLES.has((words[0] ?? '').replace(/\.$/, '').toLowerCase())) {
    words.shift();
  }
  // Letters after the name, before apostrophes go: "O’Neill" is a surname, "ONeill" would not be.
  while (words.length > 2 && isPostNominal(words[words.length - 1] ?? '')) words.pop();
  return words
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`´]/g, '')
    .replace(/[-‐–.]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/** Whether two written names are the same person's. */
export function samePerson(a: string, b: string): boolean {
  const key = personKey(a);
  return key !== '' && key === personKey(b);
}
