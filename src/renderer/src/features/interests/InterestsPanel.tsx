import { useEffect, useId, useMemo, useState } from 'react';
import {
  formatLongDate,
  isIsoDate,
  membersInOfficeOn,
  onRegisterAsOf,
  todayIso,
  type Board,
  type IsoDate,
} from '@shared/model';
import {
  selectBoardMembers,
  useMembersStore,
  useRecordFocusStore,
  type RecordFocus,
} from '../../stores';
import { AddInterestForm } from './AddInterestForm';
import { ConfirmationRound } from './ConfirmationRound';
import { ExportRegisterButtons } from './ExportRegisterButtons';
import { MemberInterests } from './MemberInterests';
import { useBoardInterests } from './use-board-interests';
import '../../styles/standing-records.css';
import './interests.css';
import { DateInput } from '../../components/DateInput';

/** The register of interests: each member's entries, this year's confirmations, and the exports. */
export function InterestsPanel({ board }: { board: Board }) {
  const members = useMembersStore(useMemo(() => selectBoardMembers(board.id), [board.id]));
  const { interests, confirmations, loaded } = useBoardInterests(board.id);
  const today = todayIso();
  const [asOf, setAsOf] = useState<IsoDate>(today);
  const headingId = useId();
  const dateField = useId();
  const date = isIsoDate(asOf) ? asOf : today;
  const inOffice = useMemo(() => membersInOfficeOn(members, date), [members, date]);
  const inOfficeToday = useMemo(() => membersInOfficeOn(members, today), [members, today]);
  const focusWanted = useRecordFocusStore((state) => state.focus);
  const [focusTaken, setFocusTaken] = useState<RecordFocus | null>(null);
  const [focusedMemberId, setFocusedMemberId] = useState<string | null>(null);

  // Opened from a search result: show the register on a day the entry is on it, at its member.
  if (
    focusWanted !== null &&
    focusWanted !== focusTaken &&
    focusWanted.boardId === board.id &&
    focusWanted.kind === 'interest' &&
    loaded &&
    members.length > 0
  ) {
    const interest = interests.find((each) => each.id === focusWanted.recordId);
    const member = members.find((each) => each.id === focusWanted.memberId);
    const shownToday =
      interest !== undefined &&
      member !== undefined &&
      onRegisterAsOf(interest, today) &&
      membersInOfficeOn([member], today).length > 0;
    setFocusTaken(focusWanted);
    setAsOf(shownToday ? today : focusWanted.date);
    setFocusedMemberId(focusWanted.memberId);
  }
  // Once shown, the search's request is forgotten, so the next visit opens as usual.
  useEffect(() => {
    if (focusTaken !== null) useRecordFocusStore.getState().take(board.id, 'interest');
  }, [focusTaken, board.id]);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>Register of interests</h2>
        {loaded && inOffice.length > 0 && (
          <ExportRegisterButtons
            board={board}
            members={members}
            interests={interests}
            confirmations={confirmations}
            asOf={date}
          />
        )}
      </div>
      <p className="panel__hint">
        Each member’s interests in the four NHS categories, reviewed every year. An interest that
        has ended stays on the register for six months. Untick “Public” for an entry the board
        agrees not to publish.
      </p>
      <div className="records-toolbar">
        <div className="field">
          <label className="field__label" htmlFor={dateField}>
            Register as at
          </label>
          <DateInput id={dateField} value={asOf} onChange={setAsOf} />
        </div>
      </div>
      {!loaded ? (
        <p role="status">Reading the register of interests…</p>
      ) : inOffice.length === 0 ? (
        <p className="empty-state">
          Nobody is in office on {formatLongDate(date)}. Add members in the register first.
        </p>
      ) : (
        <>
          <ConfirmationRound
            board={board}
            members={inOfficeToday}
            confirmations={confirmations}
            today={today}
          />
          <h3 className="records-subheading">Add an interest</h3>
          <AddInterestForm boardId={board.id} members={inOffice} today={today} />
          {inOffice.map((member) => (
            <MemberInterests
              key={member.id}
              member={member}
              interests={interests}
              confirmations={confirmations}
              asOf={date}
              today={today}
              focused={member.id === focusedMemberId}
            />
          ))}
        </>
      )}
    </section>
  );
}
