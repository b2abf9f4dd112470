import { useMemo } from 'react';
import { meetingQuorum, type Board, type Meeting } from '@shared/model';
import { selectBoardMembers, useMembersStore, useMinutesStore } from '../../stores';

export function QuorumStatus({ board, meeting }: { board: Board; meeting: Meeting }) {
  const members = useMembersStore(useMemo(() => selectBoardMembers(board.id), [board.id]));
  const attendance = useMinutesStore((state) => state.attendance);
  const quorum = useMemo(
    () => meetingQuorum(board, meeting, members, attendance),
    [board, meeting, members, attendance],
  );
  const who = `voting ${quorum.votingPresent === 1 ? 'member' : 'members'}`;
  // "voting members" is marked so the status strip of a narrow window can leave it to screen readers.
  return (
    <p role="status" className={quorum.quorate ? 'quorum quorum--ok' : 'quorum quorum--warning'}>
      <strong>{quorum.quorate ? 'Quorate.' : 'Not quorate.'}</strong> {quorum.votingPresent}{' '}
      <span className="quorum__who">{who}</span> present; {quorum.required} needed.
    </p>
  );
}
