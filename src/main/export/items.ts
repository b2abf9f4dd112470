import type { MeetingFileAction, MeetingFileItem } from '../../shared/model';
import { citationParagraphs } from './citation';
import type { ListInstances } from './numbering';
import { notesToBlocks, type Block } from './notes';
import { bullet, heading3, itemHeading, labelled, styled } from './paragraphs';
import { STYLE } from './styles';
import { ordinalDate } from './wording';

/** "Circulate the terms of reference – Alex Cheung, by 27th July 2021". */
export function actionLine(action: MeetingFileAction): string {
  const who = [action.owner.trim(), action.due ? `by ${ordinalDate(action.due)}` : '']
    .filter(Boolean)
    .join(', ');
  return who ? `${action.text} – ${who}` : action.text;
}

/** Reference, presenter and privacy: what formal minutes say under an item's title. */
function itemDetails(item: MeetingFileItem): string {
  return [
    item.reference.trim() ? `Ref. ${item.reference.trim()}` : '',
    item.presenter.trim() ? `Presented by ${item.presenter.trim()}` : '',
    item.private ? 'Taken in private' : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A summary keeps to the house style: the notes, with decisions and actions as labelled points. */
export function summaryItem(item: MeetingFileItem, lists: ListInstances): Block[] {
  return [
    itemHeading(item.number, item.title),
    ...(item.private ? [styled(STYLE.itemDetails, 'Taken in private')] : []),
    ...citationParagraphs(item),
    ...notesToBlocks(item.notes, lists),
    ...item.decisions.map((decision) => bullet(labelled('Decision:', decision.text))),
    ...item.actions.map((action) => bullet(labelled('Action:', actionLine(action)))),
  ];
}

/** Formal minutes set each item's decisions and actions apart, where they can be found again. */
export function formalItem(item: MeetingFileItem, lists: ListInstances): Block[] {
  const details = itemDetails(item);
  return [
    itemHeading(item.number, item.title),
    ...(details ? [styled(STYLE.itemDetails, details)] : []),
    ...citationParagraphs(item),
    ...notesToBlocks(item.notes, lists),
    ...(item.decisions.length > 0
      ? [heading3('Decisions'), ...item.decisions.map((decision) => bullet(decision.text))]
      : []),
    ...(item.actions.length > 0
      ? [heading3('Actions'), ...item.actions.map((action) => bullet(actionLine(action)))]
      : []),
  ];
}
