import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { IsoDate } from '../model/dates';
import { recogniseDueDate } from '../model/due-date';
import { recogniseLines, recogniseOwner } from '../model/recognition';
import { TRANSITION, type AgendaHeading } from './split-transcript';
import type { Cue } from './transcript';

/** The English model ships inside its npm package: nothing is downloaded and nothing leaves the laptop. */
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export interface SpokenSentence {
  speaker: string;
  text: string;
}

export interface CandidateAction {
  text: string;
  /** The person named as owner (as the meeting names them), or '' when none is recognised. */
  owner: string;
  due: IsoDate | '';
}

/** A proposed draft for one agenda item: nothing here is in the minutes until the secretary accepts it. */
export interface ItemDraft {
  number: number;
  title: string;
  /** Who spoke, most first. */
  speakers: string[];
  keySentences: SpokenSentence[];
  candidateDecisions: Array<{ text: string }>;
  candidateActions: CandidateAction[];
  /** The cues the item covers, [first, end), so the secretary can see and move the boundary. */
  firstCue: number;
  endCue: number;
}

export interface DraftContext {
  meetingDate: IsoDate;
  nextMeetingDate: IsoDate | '';
  /** The people of the meeting, to recognise an action's owner as live minutes does. */
  people: readonly string[];
  /** How many key sentences each item gets. */
  keySentenceCount?: number;
}

export const UNKNOWN_SPEAKER = 'Unknown speaker';

const DECISION =
  /\b(agreed|approved|resolved|decided|ratified|endorsed|accepted the|noted and approved|motion (was )?carried|we('ll| will) go with)\b/i;
const ACTION_VERBS =
  'send|circulate|share|draft|write|prepare|arrange|update|contact|email|e-mail|set up|organise|organize|review|check|follow up|look into|bring|report|confirm|book|invite|find|ask|produce|publish|finalise|finalize|compile|chase|add|amend|revise|speak to|liaise|present';
const ACTION = new RegExp(
  `\\b(will|'ll|shall|agreed to|is to|are to)\\s+(?:[\\w-]+\\s+){0,2}?(${ACTION_VERBS})\\b|\\baction (for|on)\\b|^action\\s*:`,
  'i',
);
/** Words said on any call that say nothing of the business. */
const CHATTER =
  /^(yeah|yes|no|ok|okay|thanks|thank you|right|sure|great|hi|hello|morning|afternoon|sorry|noted)\b|\b(hear me|on mute|muted|microphone|see my screen|share my screen|you're breaking up)\b/i;

/** Consecutive cues of one speaker as one turn, so a sentence split across cues is read whole. */
function turns(cues: readonly Cue[]): SpokenSentence[] {
  const joined: SpokenSentence[] = [];
  for (const cue of cues) {
    const speaker = cue.speaker || UNKNOWN_SPEAKER;
    const last = joined.at(-1);
    if (last && last.speaker === speaker) last.text = `${last.text} ${cue.text}`;
    else joined.push({ speaker, text: cue.text });
  }
  return joined;
}

interface ScoredSentence extends SpokenSentence {
  order: number;
  words: string[];
}

function sentencesOf(cues: readonly Cue[]): ScoredSentence[] {
  const found: ScoredSentence[] = [];
  for (const turn of turns(cues)) {
    const doc = nlp.readDoc(turn.text);
    doc.sentences().each((sentence: ItemSentence) => {
      const text = sentence.out().trim();
      const words = sentence
        .tokens()
        .filter(
          (token: ItemToken) =>
            token.out(its.type) === 'word' &&
            !token.out(its.stopWordFlag) &&
            token.out().length > 2,
        )
        .out(its.normal);
      if (text) found.push({ speaker: turn.speaker, text, order: found.length, words });
    });
  }
  return found;
}

/**
 * The sentences that carry most of the item: each scored by how often the item's content words
 * recur (a frequency-based extractive summary), chatter and very short sentences left out, the best
 * returned in the order they were said.
 */
function keySentences(sentences: readonly ScoredSentence[], count: number): SpokenSentence[] {
  const frequency = new Map<string, number>();
  for (const sentence of sentences)
    for (const word of sentence.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  return (
    sentences
      // A question, or the Chair moving on ("Now to item four"), led to the business; neither records it.
      .filter(
        (sentence) =>
          sentence.words.length >= 3 &&
          !CHATTER.test(sentence.text) &&
          !/\?["”’)]*$/.test(sentence.text) &&
          !(TRANSITION.test(sentence.text) && sentence.words.length <= 8),
      )
      .map((sentence) => ({
        sentence,
        score:
          sentence.words.reduce((total, word) => total + (frequency.get(word) ?? 0), 0) /
          Math.sqrt(sentence.words.length),
      }))
      .sort((a, b) => b.score - a.score || a.sentence.order - b.sentence.order)
      .slice(0, count)
      .sort((a, b) => a.sentence.order - b.sentence.order)
      .map(({ sentence }) => ({ speaker: sentence.speaker, text: sentence.text }))
  );
}

/** Speakers by how much they said, most first. */
function speakersOf(cues: readonly Cue[]): string[] {
  const said = new Map<string, number>();
  for (const cue of cues) {
    const speaker = cue.speaker || UNKNOWN_SPEAKER;
    said.set(speaker, (said.get(speaker) ?? 0) + cue.text.length);
  }
  return [...said.entries()].sort((a, b) => b[1] - a[1]).map(([speaker]) => speaker);
}

/** The owner as live minutes recognises one, or the speaker who says "I will". */
function ownerOf(sentence: SpokenSentence, context: DraftContext): string {
  const people = context.people.map((name) => ({ id: name, fullName: name }));
  // "I'll send it to Haris": the speaker takes the action, whoever else is named.
  if (/\b(I will|I'll|I shall|I can|I'm going to)\b/i.test(sentence.text))
    return sentence.speaker === UNKNOWN_SPEAKER ? '' : sentence.speaker;
  return recogniseOwner(sentence.text, people);
}

function withoutLabel(text: string): string {
  const [line] = recogniseLines(text);
  return line?.text ?? text;
}

/** A proposed draft for one item from its cues. */
export function draftItem(
  heading: AgendaHeading,
  cues: readonly Cue[],
  range: [number, number],
  context: DraftContext,
): ItemDraft {
  const own = cues.slice(range[0], range[1]);
  const sentences = sentencesOf(own);
  const actions = sentences.filter((sentence) => ACTION.test(sentence.text));
  const decisions = sentences.filter(
    (sentence) => DECISION.test(sentence.text) && !actions.includes(sentence),
  );
  // A sentence proposed as a decision or an action is not offered again as a key sentence, so
  // accepting both cannot put it in the minutes twice.
  const rest = sentences.filter(
    (sentence) => !actions.includes(sentence) && !decisions.includes(sentence),
  );
  return {
    number: heading.number,
    title: heading.title,
    speakers: speakersOf(own),
    keySentences: keySentences(rest, context.keySentenceCount ?? 3),
    candidateDecisions: decisions.map((sentence) => ({ text: withoutLabel(sentence.text) })),
    candidateActions: actions.map((sentence) => ({
      text: withoutLabel(sentence.text),
      owner: ownerOf(sentence, context),
      due: recogniseDueDate(sentence.text, context.meetingDate, context.nextMeetingDate),
    })),
    firstCue: range[0],
    endCue: range[1],
  };
}
