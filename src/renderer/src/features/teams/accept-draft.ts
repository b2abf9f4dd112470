import type { AgendaItem, Member } from '@shared/model';
import type { CandidateAction, SpokenSentence } from '@shared/teams/draft';
import { actionAsMinuted, decisionAsMinuted } from '@shared/teams/minute-wording';
import type { ActionsState } from '../../stores/actions-store';
import type { MinutesState } from '../../stores/minutes-store';

/** What accepting a proposal writes to, through the stores every other screen uses. */
export interface DraftTargets {
  boardId: string;
  meetingId: string;
  members: readonly Member[];
  minutes: Pick<MinutesState, 'setNotes' | 'addDecision'>;
  actions: Pick<ActionsState, 'addAction'>;
}

/** A key sentence joins the item's notes as a paragraph, naming who said it, for the secretary to edit. */
export function acceptSentence(targets: DraftTargets, item: AgendaItem, sentence: SpokenSentence) {
  const paragraph = `${sentence.speaker}: ${sentence.text}`;
  targets.minutes.setNotes(
    item.id,
    item.notes.trim() ? `${item.notes.trimEnd()}\n\n${paragraph}` : paragraph,
  );
}

/** A decision joins the item as one typed by hand would, without the talk that led into it. */
export async function acceptDecision(targets: DraftTargets, item: AgendaItem, text: string) {
  await targets.minutes.addDecision(item.id, decisionAsMinuted(text), 'manual');
}

/**
 * The action as minutes word one ("Mary Amanuel to draft …", not "I will draft …"); the owner is the
 * register's member when the name is theirs, else kept as a name.
 */
export async function acceptAction(
  targets: DraftTargets,
  item: AgendaItem,
  action: CandidateAction,
) {
  const member = targets.members.find((each) => each.fullName === action.owner);
  await targets.actions.addAction({
    boardId: targets.boardId,
    meetingId: targets.meetingId,
    itemId: item.id,
    text: actionAsMinuted(action),
    source: 'manual',
    ownerMemberId: member?.id ?? '',
    ownerName: member ? '' : action.owner,
    due: action.due,
  });
}
