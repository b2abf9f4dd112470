import { memo, useMemo } from 'react';
import type { Meeting, Member } from '@shared/model';
import { selectBoardActions, useActionsStore, useMinutesStore } from '../../stores';
import { ActionFields } from '../actions';

interface ItemRecordsProps {
  itemId: string;
  number: number;
  meeting: Meeting;
  people: readonly Member[];
  /** Signed minutes: no hint about adding what cannot be added. */
  readOnly: boolean;
}

/** Memoised: it depends on the item's records, not its notes, so typing leaves it alone. */
export const ItemRecords = memo(function ItemRecords({
  itemId,
  number,
  meeting,
  people,
  readOnly,
}: ItemRecordsProps) {
  const allDecisions = useMinutesStore((state) => state.decisions);
  const boardActions = useActionsStore(
    useMemo(() => selectBoardActions(meeting.boardId), [meeting.boardId]),
  );
  const decisions = allDecisions.filter((decision) => decision.itemId === itemId);
  const actions = boardActions.filter((action) => action.itemId === itemId);
  return (
    <div className="item-records">
      <section aria-label={`Decisions on item ${number}`}>
        <h3>Decisions</h3>
        {decisions.length === 0 ? (
          <p className="panel__hint">
            None recorded.{!readOnly && ' Start a line with DECISION: to record one.'}
          </p>
        ) : (
          <ol className="record-list">
            {decisions.map((decision) => (
              <li key={decision.id}>{decision.text}</li>
            ))}
          </ol>
        )}
      </section>
      <section aria-label={`Actions on item ${number}`}>
        <h3>Actions</h3>
        {actions.length === 0 ? (
          <p className="panel__hint">
            None recorded.{!readOnly && ' Start a line with ACTION: to record one.'}
          </p>
        ) : (
          <ol className="record-list">
            {actions.map((action, index) => (
              <li key={action.id}>
                <p>{action.text}</p>
                <ActionFields
                  action={action}
                  people={people}
                  label={`action ${index + 1} on item ${number}`}
                />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
});
