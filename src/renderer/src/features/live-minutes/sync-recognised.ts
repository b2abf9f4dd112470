import {
  planRecognisedSync,
  recogniseDueDate,
  recogniseLines,
  recogniseOwner,
  type AgendaItem,
  type Meeting,
  type Member,
} from '@shared/model';
import { useActionsStore, useMinutesStore } from '../../stores';

let queue: Promise<void> = Promise.resolve();

/**
 * Brings the item's decisions and actions into line with its `DECISION:` and `ACTION:` lines.
 * Runs one at a time, so two quick edits never create the same record twice.
 */
export function syncRecognised(
  item: AgendaItem,
  meeting: Meeting,
  people: readonly Member[],
): Promise<void> {
  queue = queue.then(() => applySync(item, meeting, people)).catch(() => undefined);
  return queue;
}

async function applySync(
  item: AgendaItem,
  meeting: Meeting,
  people: readonly Member[],
): Promise<void> {
  const lines = recogniseLines(item.notes);
  const minutes = useMinutesStore.getState();
  const decisionRecords = minutes.decisions.filter(
    (each) => each.itemId === item.id && each.source === 'notes',
  );
  const decisionPlan = planRecognisedSync(
    lines.filter((line) => line.kind === 'decision').map((line) => line.text),
    decisionRecords,
  );
  for (const text of decisionPlan.create) await minutes.addDecision(item.id, text, 'notes');
  for (const { id, text } of decisionPlan.update) minutes.updateDecision(id, { text });
  for (const id of decisionPlan.remove) await minutes.removeDecision(id);

  const actions = useActionsStore.getState();
  const actionRecords = (actions.actionsByBoard[meeting.boardId] ?? []).filter(
    (each) => each.itemId === item.id && each.source === 'notes',
  );
  const actionPlan = planRecognisedSync(
    lines.filter((line) => line.kind === 'action').map((line) => line.text),
    actionRecords,
  );
  const guess = (text: string) => ({
    ownerMemberId: recogniseOwner(text, people),
    due: recogniseDueDate(text, meeting.date, meeting.nextMeetingDate),
  });
  for (const text of actionPlan.create) {
    await actions.addAction({
      boardId: meeting.boardId,
      meetingId: meeting.id,
      itemId: item.id,
      text,
      source: 'notes',
      ...guess(text),
    });
  }
  for (const { id, text } of actionPlan.update) {
    const action = actionRecords.find((each) => each.id === id);
    if (!action) continue;
    const { ownerMemberId, due } = guess(text);
    actions.updateAction(action, {
      text,
      ...(action.ownerCorrected ? {} : { ownerMemberId }),
      ...(action.dueCorrected ? {} : { due }),
    });
  }
  for (const id of actionPlan.remove) {
    const action = actionRecords.find((each) => each.id === id);
    if (action) await actions.removeAction(action);
  }
}
