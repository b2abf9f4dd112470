import {
  formalName,
  type Action,
  type ActionStatus,
  type ActionUpdate,
  type Member,
} from '@shared/model';
import { DateInput } from '../../components/DateInput';
import { useActionsStore } from '../../stores';
import { ACTION_STATUS_LABEL } from '../meetings';

interface ActionFieldsProps {
  action: Action;
  people: readonly Member[];
  /** Words that tell this action's fields apart from others' for screen readers. */
  label: string;
  /** Under matters arising: the meeting at which a change of status is recorded as an update. */
  updatedAtMeetingId?: string;
}

/** Owner, due date and status of an action: what a secretary corrects after the notes guessed. */
export function ActionFields({ action, people, label, updatedAtMeetingId }: ActionFieldsProps) {
  const updateAction = useActionsStore((state) => state.updateAction);
  const ownerKnown = people.some((person) => person.id === action.ownerMemberId);
  return (
    <div className="inline-inputs">
      <select
        aria-label={`Owner of ${label}`}
        value={action.ownerMemberId}
        onChange={(event) =>
          updateAction(action, { ownerMemberId: event.target.value, ownerCorrected: true })
        }
      >
        <option value="">{action.ownerName ? action.ownerName : 'No owner yet'}</option>
        {!ownerKnown && action.ownerMemberId && (
          <option value={action.ownerMemberId}>A former member</option>
        )}
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {formalName(person)}
          </option>
        ))}
      </select>
      <DateInput
        aria-label={`Due date of ${label}`}
        value={action.due}
        onChange={(due) => updateAction(action, { due, dueCorrected: true })}
      />
      <select
        aria-label={`Status of ${label}`}
        value={action.status}
        onChange={(event) => {
          const status = event.target.value as ActionStatus;
          updateAction(
            action,
            updatedAtMeetingId
              ? { status, updates: withUpdate(action, updatedAtMeetingId, { status }) }
              : { status },
          );
        }}
      >
        {(Object.keys(ACTION_STATUS_LABEL) as ActionStatus[]).map((status) => (
          <option key={status} value={status}>
            {ACTION_STATUS_LABEL[status]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The action's updates with this meeting's entry changed (or added): one entry per meeting. */
export function withUpdate(
  action: Action,
  meetingId: string,
  changes: Partial<ActionUpdate>,
): ActionUpdate[] {
  const current = action.updates.find((update) => update.meetingId === meetingId);
  const next: ActionUpdate = {
    meetingId,
    status: action.status,
    note: '',
    ...current,
    ...changes,
    at: new Date().toISOString(),
  };
  return [...action.updates.filter((update) => update.meetingId !== meetingId), next];
}
