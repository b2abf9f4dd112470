import { useMemo } from 'react';
import {
  actionsArising,
  formatShortDate,
  formalName,
  type Meeting,
  type Member,
} from '@shared/model';
import {
  selectBoardActions,
  selectBoardMeetings,
  useActionsStore,
  useMeetingsStore,
} from '../../stores';
import { ActionFields, withUpdate } from '../actions';

/** Open actions from earlier meetings, each brought up to date during this one. */
export function MattersArising({
  meeting,
  people,
}: {
  meeting: Meeting;
  people: readonly Member[];
}) {
  const actions = useActionsStore(
    useMemo(() => selectBoardActions(meeting.boardId), [meeting.boardId]),
  );
  const meetings = useMeetingsStore(
    useMemo(() => selectBoardMeetings(meeting.boardId), [meeting.boardId]),
  );
  const updateAction = useActionsStore((state) => state.updateAction);
  const arising = useMemo(
    () => actionsArising(actions, meetings, meeting),
    [actions, meetings, meeting],
  );
  const dateOf = (meetingId: string) => meetings.find((each) => each.id === meetingId)?.date ?? '';
  const ownerOf = (memberId: string) => {
    const owner = people.find((person) => person.id === memberId);
    return owner ? formalName(owner) : '';
  };

  return (
    <section aria-label="Actions from earlier meetings" className="matters-arising">
      <h3>Actions from earlier meetings</h3>
      {arising.length === 0 ? (
        <p className="panel__hint">No open actions from earlier meetings.</p>
      ) : (
        <ol className="record-list">
          {arising.map((action, index) => {
            const update = action.updates.find((each) => each.meetingId === meeting.id);
            return (
              <li key={action.id}>
                <p>
                  {action.text}{' '}
                  <span className="panel__hint">
                    (from {formatShortDate(dateOf(action.meetingId))}
                    {ownerOf(action.ownerMemberId) ? `, ${ownerOf(action.ownerMemberId)}` : ''})
                  </span>
                </p>
                <ActionFields
                  action={action}
                  people={people}
                  label={`earlier action ${index + 1}`}
                  updatedAtMeetingId={meeting.id}
                />
                <input
                  aria-label={`Update on earlier action ${index + 1}`}
                  placeholder="Update given at this meeting"
                  value={update?.note ?? ''}
                  onChange={(event) =>
                    updateAction(action, {
                      updates: withUpdate(action, meeting.id, { note: event.target.value }),
                    })
                  }
                />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
