import type { CandidateAction } from './draft';

/** Words that open a spoken sentence but not a minute: "So,", "OK", "Then", "Right,". */
const OPENERS =
  /^(?:(?:so|then|ok|okay|right|well|and|great|good|fine|yes|yeah|alright|all right)\b[,.]?\s+)+/i;
/** "I will", "I'll", "I'm going to": the speaker taking the action on. */
const FIRST_PERSON = /^(?:I will|I['’]ll|I shall|I can|I['’]m going to|I am going to)\s+/i;
/** "… and I'll send it": the same speaker again, later in the sentence. */
const FIRST_PERSON_AGAIN = /\band I(?: will|['’]ll| shall)\s+/gi;
/** "Arouba will contact …", "Craig Shenton is to …": a name, then what they will do. */
const NAMED_DOER =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:will|shall|is going to|is to|agreed to)\s+/u;

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function withoutOpeners(text: string): string {
  return capitalised(text.trim().replace(OPENERS, ''));
}

/** Whether every word of a name as said ("Arouba") is a word of the owner's name. */
function names(said: string, owner: string): boolean {
  const ownerWords = new Set(owner.toLowerCase().split(/[\s,]+/));
  return said
    .toLowerCase()
    .split(/\s+/)
    .every((word) => ownerWords.has(word));
}

/** A decision as the minutes put it: the words said, without the talk that led into them. */
export function decisionAsMinuted(text: string): string {
  return withoutOpeners(text);
}

/**
 * An action as minutes write one: "Mary Amanuel to draft the schedule … by 31 August", not the
 * "I will draft …" that was said, so the minutes never speak in the first person.
 */
export function actionAsMinuted(action: CandidateAction): string {
  const text = withoutOpeners(action.text);
  if (!action.owner) return text;
  const firstPerson = FIRST_PERSON.exec(text);
  const named = NAMED_DOER.exec(text);
  const rest = firstPerson
    ? text.slice(firstPerson[0].length)
    : named?.[1] && names(named[1], action.owner)
      ? text.slice(named[0].length)
      : null;
  if (rest === null) return text;
  return `${action.owner} to ${rest.replace(FIRST_PERSON_AGAIN, 'and ')}`;
}
