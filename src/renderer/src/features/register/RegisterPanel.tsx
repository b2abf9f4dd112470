import { useId, useMemo, useState } from 'react';
import {
  compareMembersForRegister,
  currentTermStart,
  DEFAULT_TERM_YEARS,
  formatLongDate,
  isInOfficeOn,
  isIsoDate,
  membersInOfficeOn,
  nameWithTitle,
  todayIso,
  type Board,
  type IsoDate,
} from '@shared/model';
import { selectBoardMembers, selectBoardMembersLoaded, useMembersStore } from '../../stores';
import { MemberDialog } from './MemberDialog';
import { MemberTable } from './MemberTable';
import { DateInput } from '../../components/DateInput';

type RegisterView = 'in-office' | 'everyone';

export function RegisterPanel({ board }: { board: Board }) {
  const members = useMembersStore(useMemo(() => selectBoardMembers(board.id), [board.id]));
  const loaded = useMembersStore(useMemo(() => selectBoardMembersLoaded(board.id), [board.id]));
  const addMember = useMembersStore((state) => state.addMember);
  const [view, setView] = useState<RegisterView>('in-office');
  const [onDate, setOnDate] = useState<IsoDate>(todayIso());
  const [editing, setEditing] = useState<{ id: string; isNew: boolean } | null>(null);
  const [viewNotice, setViewNotice] = useState<string | null>(null);
  const headingId = useId();
  const viewName = useId();

  function showView(next: RegisterView) {
    setView(next);
    setViewNotice(null);
  }

  const validDate = isIsoDate(onDate);
  const shown = useMemo(
    () =>
      view === 'everyone' || !validDate
        ? [...members].sort(compareMembersForRegister)
        : membersInOfficeOn(members, onDate),
    [members, onDate, validDate, view],
  );
  const editingMember = editing ? members.find((member) => member.id === editing.id) : undefined;
  const statusOn = view === 'in-office' && validDate ? onDate : todayIso();
  const summary =
    view === 'everyone'
      ? `${members.length} ${members.length === 1 ? 'person' : 'people'} in the register, past and present`
      : `${shown.length} ${shown.length === 1 ? 'member' : 'members'} in office on ${formatLongDate(onDate)}`;

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>Register of members</h2>
        <button
          type="button"
          className="button"
          onClick={() => {
            // A new member joins the board's current term, not a term of their own from today.
            const termStart = currentTermStart(members, todayIso(), DEFAULT_TERM_YEARS);
            void addMember(board.id, termStart).then((member) =>
              setEditing({ id: member.id, isNew: true }),
            );
          }}
        >
          Add member
        </button>
      </div>
      <div className="register-toolbar">
        <fieldset>
          <legend>Show</legend>
          <label className="choice">
            <input
              type="radio"
              name={viewName}
              checked={view === 'in-office'}
              onChange={() => showView('in-office')}
            />
            Members in office on
          </label>
          <DateInput
            aria-label="In office on date"
            value={onDate}
            onChange={(date) => {
              setOnDate(date);
              showView('in-office');
            }}
          />
          <label className="choice">
            <input
              type="radio"
              name={viewName}
              checked={view === 'everyone'}
              onChange={() => showView('everyone')}
            />
            Everyone in the register
          </label>
        </fieldset>
      </div>
      <p role="status" className="panel__hint">
        {loaded ? summary : 'Reading the register…'}
      </p>
      {viewNotice && <p className="notice notice--info">{viewNotice}</p>}
      {loaded && members.length === 0 && (
        <div className="empty-state">
          <p>No members yet. Use “Add member” to enter the board’s register.</p>
        </div>
      )}
      {loaded && members.length > 0 && shown.length === 0 && (
        <div className="empty-state">
          <p>
            Nobody was in office on that date. Choose another date or show everyone in the register.
          </p>
        </div>
      )}
      {shown.length > 0 && (
        <MemberTable
          members={shown}
          caption={summary}
          statusOn={statusOn}
          onEdit={(member) => setEditing({ id: member.id, isNew: false })}
        />
      )}
      {editing && editingMember && (
        <MemberDialog
          member={editingMember}
          isNew={editing.isNew}
          onClose={() => {
            setEditing(null);
            // Someone entered with a past or future term would otherwise vanish from the list as the dialog closes.
            if (view === 'in-office' && validDate && !isInOfficeOn(editingMember, onDate)) {
              setView('everyone');
              setViewNotice(
                `${nameWithTitle(editingMember) || 'This member'} is not in office on ${formatLongDate(onDate)}, so everyone in the register is shown.`,
              );
            }
          }}
        />
      )}
    </section>
  );
}
