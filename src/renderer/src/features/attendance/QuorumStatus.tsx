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
  const counts = `${quorum.votingPresent} voting ${quorum.votingPresent === 1 ? 'member' : 'members'} present; ${quorum.required} needed.`;
  return (
    <p role="status" className={quorum.quorate ? 'quorum quorum--ok' : 'quorum quorum--warning'}>
      <strong>{quorum.quorate ? 'Quorate.' : 'Not quorate.'}</strong> {counts}
    </p>
  );
}
