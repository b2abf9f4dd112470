import { fold } from './normalise';

const LETTER = '[\\p{L}\\p{M}\\p{N}]';
const NON_ASCII = /[\u0080-\uffff]/;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A test for a phrase in a text: its words in order with only spaces or punctuation between them.
 * Built once per search and run on many candidates' texts, so the common case (plain ASCII words) is
 * a case-insensitive regular expression over the text as it is, which the regex engine scans fast;
 * only a text with accents is folded the way the query was, and tested again.
 */
export function phraseMatcher(phrases: readonly (readonly string[])[]): (text: string) => boolean {
  const quick = phrases.map((words) =>
    words.every((word) => !NON_ASCII.test(word))
      ? new RegExp(`\\b${words.map(escape).join('[^a-z0-9]+')}\\b`, 'i')
      : null,
  );
  const thorough = phrases.map(
    (words) =>
      new RegExp(
        `(?<!${LETTER})${words.map(escape).join('[^\\p{L}\\p{M}\\p{N}]+')}(?!${LETTER})`,
        'u',
      ),
  );
  return (text) => {
    let folded: string | undefined;
    return thorough.every((pattern, index) => {
      if (quick[index]?.test(text) === true) return true;
      if (quick[index] !== undefined && quick[index] !== null && !NON_ASCII.test(text))
        return false;
      folded ??= fold(text);
      return pattern.test(folded);
    });
  };
}
