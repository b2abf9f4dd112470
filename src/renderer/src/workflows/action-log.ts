import type { Action } from '@shared/model';
import { itemLabels } from '../db/meetings-repository';
import type { WorkflowContext } from './context';

/** "3. Finance" for each agenda item that raised one of these actions, by item id. */
export function itemLabelsOf(
  context: WorkflowContext,
  actions: readonly Pick<Action, 'meetingId' | 'itemId'>[],
): Promise<Map<string, string>> {
  return itemLabels(context.db, actions);
}
