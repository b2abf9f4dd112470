import { minuteReference, type MeetingFile, type MeetingFileItem } from '../../shared/model';
import { citationParagraphs } from './citation';
import { entryParagraph, type EntryContext } from './entry-paragraph';
import { notesParts } from './minute-entries';
import type { ListInstances } from './numbering';
import { notesToBlocks, type Block } from './notes';
import { itemHeading, styled } from './paragraphs';
import { STYLE } from './styles';

/** "NPB/21/07/03": the item's minute reference, from the board's pattern. */
export function itemReference(meeting: MeetingFile, item: Pick<MeetingFileItem, 'number'>): string {
  return minuteReference(
    meeting.minuteReferencePattern ?? '',
    meeting.board,
    meeting.date,
    item.number,
  );
}

/** Minute reference, paper, presenter and privacy: what formal minutes say under an item's title. */
function itemDetails(item: MeetingFileItem, reference: string): string {
  return [
    `Minute ${reference}`,
    item.reference.trim() ? `Paper ${item.reference.trim()}` : '',
    item.presenter.trim() ? `Presented by ${item.presenter.trim()}` : '',
    item.private ? 'Taken in private' : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The item's notes in the secretary's order: prose as paragraphs and lists, and each decision and
 * action as its own paragraph where it was written, once.
 */
function itemBody(item: MeetingFileItem, lists: ListInstances, context: EntryContext): Block[] {
  return notesParts(item).flatMap((part) =>
    part.kind === 'notes'
      ? notesToBlocks(part.markdown, lists)
      : [entryParagraph(part.entry, context)],
  );
}

function context(meeting: MeetingFile, itemReference: string): EntryContext {
  return { meetingDate: meeting.date, nextMeetingDate: meeting.nextMeetingDate, itemReference };
}

/** A summary keeps to the house style: the title, then the notes with their decisions and actions. */
export function summaryItem(
  meeting: MeetingFile,
  item: MeetingFileItem,
  lists: ListInstances,
): Block[] {
  return [
    itemHeading(item.number, item.title),
    ...(item.private ? [styled(STYLE.itemDetails, 'Taken in private')] : []),
    ...citationParagraphs(item),
    ...itemBody(item, lists, context(meeting, '')),
  ];
}

/** Formal minutes add the item's reference, by which its decisions and actions are cited. */
export function formalItem(
  meeting: MeetingFile,
  item: MeetingFileItem,
  lists: ListInstances,
): Block[] {
  const reference = itemReference(meeting, item);
  return [
    itemHeading(item.number, item.title),
    styled(STYLE.itemDetails, itemDetails(item, reference)),
    ...citationParagraphs(item),
    ...itemBody(item, lists, context(meeting, reference)),
  ];
}
