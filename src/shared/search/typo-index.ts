/**
 * Typo tolerance over the vocabulary (symmetric delete, edit distance 1). Every indexed word is
 * stored under itself and each of its one-letter deletions; a typed word's deletions are looked up the
 * same way, so a substitution, an insertion, a missing letter or two swapped letters all meet their
 * word in a handful of map lookups, whatever the size of the archive. The corrected words are then
 * searched exactly, which is far cheaper than fuzzy matching inside the index.
 */

/** Shorter words have too many neighbours one letter away for a correction to be a good guess. */
export const MIN_TYPO_LENGTH = 4;
const HAS_DIGIT = /\d/;

function deletions(word: string): string[] {
  const result: string[] = [];
  for (let i = 0; i < word.length; i++) result.push(word.slice(0, i) + word.slice(i + 1));
  return result;
}

/** True when a and b differ by one substitution, insertion, deletion or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const diff = a.length - b.length;
  if (diff > 1 || diff < -1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (diff === 1) return a.slice(i + 1) === b.slice(i);
  if (diff === -1) return a.slice(i) === b.slice(i + 1);
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

export class TypoIndex {
  private readonly words = new Set<string>();
  /** Deletion → the word, or the words, it comes from. A lone string saves an array per entry. */
  private readonly neighbours = new Map<string, string | string[]>();
  /**
   * Words added but not yet linked under their deletions. Linking a year's vocabulary is most of the
   * cost of loading the first saved year, and only a misspelt word needs it: it is done on the first
   * lookup instead, so the newest year is searchable sooner.
   */
  private pending: string[] = [];

  get size(): number {
    return this.words.size;
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Words are only ever added: a word whose items are gone costs a lookup and finds nothing. */
  add(word: string): void {
    if (this.words.has(word)) return;
    this.words.add(word);
    if (word.length < MIN_TYPO_LENGTH - 1 || HAS_DIGIT.test(word)) return;
    this.pending.push(word);
  }

  private linkPending(): void {
    if (this.pending.length === 0) return;
    const words = this.pending;
    this.pending = [];
    for (const word of words) {
      this.link(word, word);
      for (const key of deletions(word)) this.link(key, word);
    }
  }

  /** Vocabulary words one edit away from `typed`. */
  candidates(typed: string): string[] {
    if (typed.length < MIN_TYPO_LENGTH - 1 || HAS_DIGIT.test(typed)) return [];
    this.linkPending();
    const found = new Set<string>();
    for (const key of [typed, ...deletions(typed)]) {
      const entry = this.neighbours.get(key);
      if (entry === undefined) continue;
      for (const word of typeof entry === 'string' ? [entry] : entry) {
        if (withinOneEdit(typed, word)) found.add(word);
      }
    }
    return [...found];
  }

  private link(key: string, word: string): void {
    const entry = this.neighbours.get(key);
    if (entry === undefined) this.neighbours.set(key, word);
    else if (typeof entry === 'string') {
      if (entry !== word) this.neighbours.set(key, [entry, word]);
    } else if (!entry.includes(word)) entry.push(word);
  }
}
