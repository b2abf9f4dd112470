import { draftItem, type DraftContext, type ItemDraft } from './draft';
import { findItemStarts, itemRanges, validStarts, type AgendaHeading } from './split-transcript';
import { comparableName, displayName, firstAndLast } from './names';
import type { Cue } from './transcript';

/**
 * Speakers as the meeting names them: Teams writes "Bailey, Mark (NHS England)" where the register
 * has "Mark A. Bailey". A speaker nobody matches keeps their Teams name without "(Guest)".
 */
export function nameSpeakers(cues: readonly Cue[], people: readonly string[]): Cue[] {
  const names = new Map<string, string>();
  const find = (speaker: string) => {
    for (const form of [comparableName, firstAndLast]) {
      const wanted = form(speaker);
      const found = people.filter((person) => form(person) === wanted);
      if (wanted && found.length === 1 && found[0]) return found[0];
    }
    return displayName(speaker);
  };
  return cues.map((cue) => {
    if (!cue.speaker) return cue;
    let name = names.get(cue.speaker);
    if (name === undefined) {
      name = find(cue.speaker);
      names.set(cue.speaker, name);
    }
    return name === cue.speaker ? cue : { ...cue, speaker: name };
  });
}

export interface TranscriptDrafts {
  /** Where each item starts, one cue index per item: what the secretary moves. */
  starts: number[];
  items: ItemDraft[];
}

/**
 * Splits the transcript by the agenda and drafts each item. `starts`, when given, are the
 * boundaries as the secretary moved them; otherwise they are found from the agenda's titles and
 * the Chair's transitions.
 */
export function draftTranscript(
  cues: readonly Cue[],
  headings: readonly AgendaHeading[],
  context: DraftContext,
  starts?: readonly number[],
): TranscriptDrafts {
  const named = nameSpeakers(cues, context.people);
  const chosen =
    starts && validStarts(starts, named.length, headings.length)
      ? [...starts]
      : findItemStarts(named, headings);
  const ranges = itemRanges(chosen, named.length);
  return {
    starts: chosen,
    items: headings.map((heading, index) =>
      draftItem(heading, named, ranges[index] ?? [named.length, named.length], context),
    ),
  };
}
