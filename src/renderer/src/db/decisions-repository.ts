import type { Decision } from '../../../shared/model';
import type { MinuteBookDatabase } from './database';
import { nowStamp } from './ids';

/**
 * A decision has no time of its own for edits, only when it was made. Changing or removing one
 * stamps its item (or its meeting, for a decision on no item) in the same transaction, so that
 * whatever catches up with changes by time, such as the search after a restart, sees it.
 */
async function stampOwner(db: MinuteBookDatabase, decision: Decision): Promise<void> {
  const updatedAt = nowStamp();
  if (decision.itemId !== '' && (await db.agendaItems.update(decision.itemId, { updatedAt })) > 0)
    return;
  await db.meetings.update(decision.meetingId, { updatedAt });
}

export async function writeDecisionChanges(
  db: MinuteBookDatabase,
  id: string,
  changes: Partial<Omit<Decision, 'id'>>,
): Promise<void> {
  await db.transaction('rw', [db.decisions, db.agendaItems, db.meetings], async () => {
    if ((await db.decisions.update(id, changes)) === 0) return;
    const decision = await db.decisions.get(id);
    if (decision !== undefined) await stampOwner(db, decision);
  });
}

export async function deleteDecision(db: MinuteBookDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.decisions, db.agendaItems, db.meetings], async () => {
    const decision = await db.decisions.get(id);
    if (decision === undefined) return;
    await db.decisions.delete(id);
    await stampOwner(db, decision);
  });
}
