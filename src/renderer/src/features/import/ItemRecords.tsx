import { useEffect, useRef } from 'react';
import { TextField } from '../../components/TextField';
import { ACTION_STATUSES, type MeetingFile } from '@shared/model';
import { ACTION_STATUS_LABEL } from '../meetings';
import {
  addAction,
  addDecision,
  correctAction,
  correctDecision,
  ownerChoices,
  removeAction,
  removeDecision,
} from './corrections';
import { SelectField } from './SelectField';

type Change = (change: (meeting: MeetingFile) => MeetingFile) => void;

/** Where the keyboard goes next: a record just added, or the add button after a removal. */
type FocusTarget = { kind: 'decision' | 'action'; at: number } | 'add-decision' | 'add-action';

/**
 * One item's decisions and actions as recognised, to correct, add to or take away from: each
 * action with its owner, chosen from the meeting's people, its due date and its status.
 */
export function ItemRecords({
  meeting,
  itemIndex,
  onChange,
}: {
  meeting: MeetingFile;
  itemIndex: number;
  onChange: Change;
}) {
  const item = meeting.items[itemIndex];
  const number = itemIndex + 1;
  // Set by a button, followed once the change has been drawn.
  const pendingFocus = useRef<FocusTarget | null>(null);
  const recordsRef = useRef<HTMLDivElement>(null);
  const addDecisionRef = useRef<HTMLButtonElement>(null);
  const addActionRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const focus = pendingFocus.current;
    if (focus === null) return;
    pendingFocus.current = null;
    if (focus === 'add-decision') addDecisionRef.current?.focus();
    else if (focus === 'add-action') addActionRef.current?.focus();
    else {
      recordsRef.current
        ?.querySelector<HTMLInputElement>(`[data-record="${focus.kind}-${focus.at}"] input`)
        ?.focus();
    }
  });
  const setFocus = (target: FocusTarget) => {
    pendingFocus.current = target;
  };

  if (!item) return null;
  return (
    <div className="import-item-records" ref={recordsRef}>
      {(item.decisions.length > 0 || item.actions.length > 0) && (
        <ul className="import-records">
          {item.decisions.map((decision, at) => (
            <li
              key={`d${at}`}
              className="import-record import-record--decision"
              data-record={`decision-${at}`}
            >
              <TextField
                label={`Decision ${at + 1} of item ${number}`}
                value={decision.text}
                onChange={(text) => onChange((m) => correctDecision(m, itemIndex, at, text))}
              />
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={`Remove decision ${at + 1} of item ${number}`}
                onClick={() => {
                  onChange((m) => removeDecision(m, itemIndex, at));
                  setFocus('add-decision');
                }}
              >
                Remove
              </button>
            </li>
          ))}
          {item.actions.map((action, at) => (
            <li
              key={`a${at}`}
              className="import-record import-record--action"
              data-record={`action-${at}`}
            >
              <TextField
                label={`Action ${at + 1} of item ${number}`}
                value={action.text}
                onChange={(text) => onChange((m) => correctAction(m, itemIndex, at, { text }))}
              />
              <SelectField
                label="Owner"
                accessibleName={`Owner of action ${at + 1} of item ${number}`}
                value={action.owner}
                options={[
                  ['', 'No owner'],
                  ...ownerChoices(meeting, action.owner).map(
                    (name) => [name, name] as [string, string],
                  ),
                ]}
                onChange={(owner) => onChange((m) => correctAction(m, itemIndex, at, { owner }))}
              />
              <TextField
                label="Due date"
                aria-label={`Due date of action ${at + 1} of item ${number}`}
                type="date"
                value={action.due}
                onChange={(due) => onChange((m) => correctAction(m, itemIndex, at, { due }))}
              />
              <SelectField
                label="Status"
                accessibleName={`Status of action ${at + 1} of item ${number}`}
                value={action.status}
                options={ACTION_STATUSES.map((status) => [status, ACTION_STATUS_LABEL[status]])}
                onChange={(status) =>
                  onChange((m) =>
                    correctAction(m, itemIndex, at, {
                      status: ACTION_STATUSES.find((each) => each === status) ?? 'open',
                    }),
                  )
                }
              />
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={`Remove action ${at + 1} of item ${number}`}
                onClick={() => {
                  onChange((m) => removeAction(m, itemIndex, at));
                  setFocus('add-action');
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-inputs">
        <button
          type="button"
          className="button button--secondary button--small"
          ref={addDecisionRef}
          aria-label={`Add a decision to item ${number}`}
          onClick={() => {
            onChange((m) => addDecision(m, itemIndex));
            setFocus({ kind: 'decision', at: item.decisions.length });
          }}
        >
          Add a decision
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          ref={addActionRef}
          aria-label={`Add an action to item ${number}`}
          onClick={() => {
            onChange((m) => addAction(m, itemIndex));
            setFocus({ kind: 'action', at: item.actions.length });
          }}
        >
          Add an action
        </button>
      </div>
    </div>
  );
}
