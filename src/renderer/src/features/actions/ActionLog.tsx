import { useEffect, useId, useMemo, useState } from 'react';
import {
  compareMembersForRegister,
  formalName,
  formatShortDate,
  isOverdue,
  todayIso,
  type ActionStatus,
  type Board,
} from '@shared/model';
import {
  selectBoardActions,
  selectBoardMeetings,
  selectBoardMembers,
  useActionsStore,
  useMeetingsStore,
  useMembersStore,
} from '../../stores';
import { itemLabelsOf } from '../../workflows';
import { ActionFields } from './ActionFields';
import { ACTION_STATUS_LABEL } from '../meetings';

/** Every action the board has raised, filterable by owner, status and overdue. */
export function ActionLog({ board }: { board: Board }) {
  const actions = useActionsStore(useMemo(() => selectBoardActions(board.id), [board.id]));
  const meetings = useMeetingsStore(useMemo(() => selectBoardMeetings(board.id), [board.id]));
  const members = useMembersStore(useMemo(() => selectBoardMembers(board.id), [board.id]));
  const loadActions = useActionsStore((state) => state.loadBoard);
  const loadMeetings = useMeetingsStore((state) => state.loadBoard);
  const [owner, setOwner] = useState('');
  const [status, setStatus] = useState<ActionStatus | ''>('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [itemNames, setItemNames] = useState<ReadonlyMap<string, string>>(new Map());
  const headingId = useId();
  const today = todayIso();

  useEffect(() => {
    void loadActions(board.id);
    void loadMeetings(board.id);
  }, [board.id, loadActions, loadMeetings]);

  // Labels are read again only when the actions' items change, not on every edit of an action.
  const itemKey = actions.map((action) => `${action.meetingId}/${action.itemId}`).join(',');
  useEffect(() => {
    let current = true;
    const places = itemKey
      ? itemKey.split(',').map((key) => {
          const [meetingId = '', itemId = ''] = key.split('/');
          return { meetingId, itemId };
        })
      : [];
    void itemLabelsOf(places).then((labels) => current && setItemNames(labels));
    return () => {
      current = false;
    };
  }, [itemKey]);

  // As the register lists them: the Chair first, then by surname.
  const ownersInOrder = useMemo(() => [...members].sort(compareMembersForRegister), [members]);
  const dateOf = (meetingId: string) =>
    meetings.find((meeting) => meeting.id === meetingId)?.date ?? '';
  const shown = actions
    .filter((action) => !owner || action.ownerMemberId === owner)
    .filter((action) => !status || action.status === status)
    .filter((action) => !overdueOnly || isOverdue(action, today))
    .sort((a, b) => (a.due || '9999').localeCompare(b.due || '9999'));

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Action log</h2>
      <div className="inline-inputs" role="group" aria-label="Filter actions">
        <select aria-label="Owner" value={owner} onChange={(event) => setOwner(event.target.value)}>
          <option value="">Every owner</option>
          {ownersInOrder.map((member) => (
            <option key={member.id} value={member.id}>
              {formalName(member)}
            </option>
          ))}
        </select>
        <select
          aria-label="Status"
          value={status}
          onChange={(event) => setStatus(event.target.value as ActionStatus | '')}
        >
          <option value="">Every status</option>
          {(Object.keys(ACTION_STATUS_LABEL) as ActionStatus[]).map((each) => (
            <option key={each} value={each}>
              {ACTION_STATUS_LABEL[each]}
            </option>
          ))}
        </select>
        <label className="choice">
          <input
            type="checkbox"
            checked={overdueOnly}
            onChange={(event) => setOverdueOnly(event.target.checked)}
          />
          Overdue only
        </label>
      </div>
      <p role="status" className="panel__hint">
        {shown.length} of {actions.length} {actions.length === 1 ? 'action' : 'actions'}
      </p>
      {shown.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Raised at</th>
                <th scope="col">Owner, due date and status</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((action, index) => (
                <tr key={action.id} className={isOverdue(action, today) ? 'is-overdue' : undefined}>
                  <th scope="row">
                    {action.text}
                    {isOverdue(action, today) && (
                      <span className="badge badge--overdue"> Overdue</span>
                    )}
                  </th>
                  <td>
                    {formatShortDate(dateOf(action.meetingId))}
                    {itemNames.get(action.itemId) && (
                      <span className="member-letters">Item {itemNames.get(action.itemId)}</span>
                    )}
                  </td>
                  <td>
                    <ActionFields
                      action={action}
                      people={members}
                      label={`logged action ${index + 1}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
