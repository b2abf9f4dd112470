import type { AgendaItem } from '@shared/model';
import { loadMeetingContents } from '../db/meetings-repository';
import type { WorkflowContext } from './context';

/** What a new meeting's agenda copies from an item of the last one: its heading, never its notes. */
function copyItem(item: AgendaItem): Partial<AgendaItem> {
  const { title, presenter, reference, allowanceMinutes, private: isPrivate, kind } = item;
  return { title, presenter, reference, allowanceMinutes, private: isPrivate, kind };
}

/** The agenda of a meeting, as the agenda of the next one: its items in order, nothing minuted. */
export async function agendaCopiedFrom(
  context: WorkflowContext,
  meetingId: string,
): Promise<Partial<AgendaItem>[]> {
  return (await loadMeetingContents(context.db, meetingId)).items.map(copyItem);
}
